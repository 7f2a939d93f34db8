package org.annals.ingest.domain;

/** How an article was submitted. */
public enum SubmissionFormat {
  JSON_TEXT, JSON_HTML, PLAIN_TEXT, HTML
}
