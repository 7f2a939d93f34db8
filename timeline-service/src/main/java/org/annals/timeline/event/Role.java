package org.annals.timeline.event;

/** What part an entity plays in an event. */
public enum Role {
  /** Who does it: the attacker, the speaker, the visitor. */
  ACTOR,
  /** Who it is done to: the attacked, the accused, the visited. */
  TARGET,
  /** Anyone else named as taking part. */
  PARTICIPANT
}
