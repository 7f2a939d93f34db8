package org.annals.timeline.event;

/** How surely a source presents an event, strongest first. */
public enum Certainty {
  /** Stated in the outlet's own voice. */
  ASSERTED,
  /** Attributed to a source that says so ("X said", "according to X"). */
  REPORTED,
  /** Claimed, suspected or hedged ("claims", "allegedly", "appears to"). */
  ALLEGED,
  /** Possible, planned or conditional ("could", "will", "if"). */
  HYPOTHETICAL,
  /** Denied or negated ("denied any involvement", "played no role"). */
  DENIED
}
