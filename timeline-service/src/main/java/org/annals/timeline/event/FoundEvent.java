package org.annals.timeline.event;

import java.util.List;

/**
 * One event mention found in an article: trigger and sentence (offsets into the text), kind, the date
 * the text gives it, location, participants, and how surely and by whom it is said. {@code about} is
 * the index, in the same article's list, of the event a speech act is about (or -1). {@code anaphoric}:
 * a noun trigger the text refers back with ("the crash", "Wednesday's attack"), naming an event the
 * reader is expected to know.
 */
public record FoundEvent(EventKind kind, int triggerStart, int triggerEnd, String trigger, int sentenceStart,
    int sentenceEnd, String sentence, Certainty certainty, EntityMention claimant, String outlet, EventDate date,
    EntityMention location, List<Participant> participants, int about, boolean anaphoric) {

  /** An entity in a role, as this mention presents it. */
  public record Participant(EntityMention entity, Role role, Certainty certainty) {}

  FoundEvent withAbout(int index) {
    return new FoundEvent(kind, triggerStart, triggerEnd, trigger, sentenceStart, sentenceEnd, sentence, certainty,
        claimant, outlet, date, location, participants, index, anaphoric);
  }
}
