package org.annals.timeline.event;

import java.util.List;
import java.util.Locale;

/** The one-line summary of an event, made from what its evidence agrees on. */
public final class EventSummary {

  private EventSummary() {}

  /**
   * @param phrase the trigger phrase the reports use most ("drone attack")
   * @param actors who did it, strongest claims first, each with its certainty when not asserted
   */
  public static String of(EventKind kind, String phrase, List<String> actors, List<String> targets, String location) {
    StringBuilder line = new StringBuilder();
    if (kind.speech()) {
      line.append(label(kind));
      if (!actors.isEmpty()) {
        line.append(" by ").append(String.join(", ", actors));
      }
      if (!targets.isEmpty()) {
        line.append(" against ").append(String.join(", ", targets));
      }
      return line.toString();
    }
    String head = phrase == null || phrase.isBlank() ? label(kind) : phrase.strip();
    line.append(Character.toUpperCase(head.charAt(0))).append(head.substring(1));
    if (!targets.isEmpty()) {
      line.append(kind == EventKind.VISIT ? " to " : kind.compatibleWith(EventKind.ATTACK) ? " on " : " with ")
          .append(String.join(", ", targets));
    }
    if (location != null && !targets.contains(location)) {
      line.append(" in ").append(location);
    }
    if (!actors.isEmpty()) {
      line.append(kind.compatibleWith(EventKind.ATTACK) || kind == EventKind.KILLING ? "; actor: " : " by ")
          .append(String.join(", ", actors));
    }
    return line.toString();
  }

  private static String label(EventKind kind) {
    String name = kind.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
