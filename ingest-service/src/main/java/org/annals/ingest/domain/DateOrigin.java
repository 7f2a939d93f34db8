package org.annals.ingest.domain;

/** Where an article's publication date came from. */
public enum DateOrigin {
  /** The publishedAt field of a JSON submission. */
  FIELD,
  /** A first line "date YYYY-MM-DD" or "date YYYY-MM" of a plain-text submission. */
  HEADER_LINE,
  /** A publication-date meta tag, time element or JSON-LD datePublished of an HTML page. */
  HTML_META,
  NONE
}
