package org.annals.ingest.domain;

/** The analysis steps, in the order they run. */
public enum PipelineStep {
  /** entity-service finds and resolves mentions. */
  ENTITIES,
  /** timeline-service extracts time expressions and events from the text and the mentions. */
  TIMELINE
}
