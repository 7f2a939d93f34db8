package org.annals.ingest.domain;

/** Where an article is in the analysis pipeline, over all its steps. */
public enum ArticleStatus {
  PENDING, PROCESSING, DONE, FAILED,
  /** Stored, but in a language the analysis does not support: it is never sent downstream. */
  UNSUPPORTED_LANGUAGE
}
