package org.annals.ingest.domain;

public enum TaskKind {
  /** Send the article through every step; replaces an earlier analysis downstream. */
  ANALYZE,
  /** Remove the article's analysis downstream. */
  DELETE
}
