package org.annals.ingest.domain;

/** How precisely an article's publication date is known. */
public enum DateGranularity {
  DAY, MONTH, NONE
}
