package org.annals.timeline.time;

/**
 * A time expression in a text: character span (UTF-16 offsets into the stored text), TIMEX3 type and
 * value, and how the value was anchored.
 */
public record Timex(int start, int end, String text, String type, String value, Anchoring anchoring) {

  /** How a value was obtained. */
  public enum Anchoring {
    /** The text states it fully ("28 January 2023", "2023"). */
    ABSOLUTE,
    /** Relative to the publication date ("Saturday", "last week"). */
    PUBLICATION_DATE,
    /**
     * Relative to the day an undated article was placed on, when one of its events matched a dated
     * report of the same event.
     */
    ALIGNED,
    /** Relative, and the article has no date yet: left unresolved ("XXXX-WXX-6"), to be anchored later. */
    UNANCHORED,
    /** A duration, a set or a reference such as PRESENT_REF: anchoring does not apply. */
    NONE
  }
}
