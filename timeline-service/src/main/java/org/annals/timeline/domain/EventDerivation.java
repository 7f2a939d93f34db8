package org.annals.timeline.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Keeps a stored event what its evidence makes of it ({@link DerivedEvent}). */
@ApplicationScoped
public class EventDerivation {

  /** Derives an event's attributes from its evidence again, or deletes it when none is left. */
  public void derive(UUID id) {
    Event event = Event.findById(id);
    if (event == null) {
      return;
    }
    List<EventMention> mentions = EventMention.list("eventId", id);
    if (mentions.isEmpty()) {
      event.delete();
      return;
    }
    DerivedEvent.of(mentions, EventParticipant.list("eventId", id)).applyTo(event);
    event.updatedAt = Instant.now();
  }
}
