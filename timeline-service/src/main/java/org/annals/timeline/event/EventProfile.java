package org.annals.timeline.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What is known of a stored event when a new mention may join it: its kind and date, who takes part,
 * where, the words of its reports, which articles its evidence comes from (and the days they are
 * anchored on), which events, of which kinds, it is about, and, for an event known with no place and
 * no party ("the drone attack of 28 January hit a city"), every entity its articles name.
 */
public record EventProfile(UUID id, EventKind kind, EventDate date, List<Party> parties, Place location,
    Set<String> words, boolean hypothetical, Set<UUID> articles, Set<LocalDate> articleDates, Set<UUID> about,
    Set<EventKind> aboutKinds, Set<UUID> named) {

  boolean bare() {
    return location == null && parties.isEmpty();
  }

  /** An entity in a role, with its type and what it is part of. */
  public record Party(UUID entity, String type, List<UUID> within, Role role) {

    boolean related(UUID other, List<UUID> otherWithin) {
      return entity.equals(other) || within.contains(other) || otherWithin.contains(entity);
    }
  }

  /** A place, with what it lies in. */
  public record Place(UUID entity, List<UUID> within) {

    boolean related(Place other) {
      return entity.equals(other.entity) || within.contains(other.entity) || other.within.contains(entity);
    }
  }
}
