package org.annals.ingest.domain;

public enum LanguageOrigin {
  /** Given by the client. */
  FIELD,
  /** Detected from the text. */
  DETECTED
}
