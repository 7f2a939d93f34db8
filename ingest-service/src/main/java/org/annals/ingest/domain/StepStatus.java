package org.annals.ingest.domain;

public enum StepStatus {
  PENDING, PROCESSING, DONE, FAILED
}
