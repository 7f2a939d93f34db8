package org.annals.timeline.event;

import java.util.List;

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
      line.append(capitalised(kind.label()));
      if (!actors.isEmpty()) {
        line.append(" by ").append(String.join(", ", actors));
      }
      if (!targets.isEmpty()) {
        line.append(" against ").append(String.join(", ", targets));
      }
      return line.toString();
    }
    line.append(capitalised(nounPhrase(kind, phrase)));
    if (!targets.isEmpty()) {
      line.append(' ').append(targetPreposition(kind)).append(' ').append(String.join(", ", targets));
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

  /** The reports' own words when they name the event with a noun ("drone strike"), else the kind's name. */
  private static String nounPhrase(EventKind kind, String phrase) {
    if (phrase == null || phrase.isBlank()) {
      return kind.label();
    }
    String[] words = phrase.strip().split("\\s+");
    return EventLexicon.eventNoun(words[words.length - 1]) ? phrase.strip() : kind.label();
  }

  private static String targetPreposition(EventKind kind) {
    return switch (kind) {
      case VISIT -> "to";
      case MEETING, NEGOTIATION, AGREEMENT -> "with";
      case ARREST, KILLING, SUMMONS, INVESTIGATION -> "of";
      case ARMS_SUPPLY, AID -> "to";
      default -> "on";
    };
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
