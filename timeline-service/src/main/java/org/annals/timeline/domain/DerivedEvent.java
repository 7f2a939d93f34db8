package org.annals.timeline.domain;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.annals.timeline.event.Certainty;
import org.annals.timeline.event.EventDate;
import org.annals.timeline.event.EventKind;
import org.annals.timeline.event.EventSummary;
import org.annals.timeline.event.Role;

/**
 * What an event is according to its evidence: the kind most reports give, the most precise date, the
 * strongest claim, the place most reports name and a one-line summary. Worked out from the rows alone,
 * so that what evidence makes of an event can be checked without a database.
 */
record DerivedEvent(EventKind kind, EventDate date, Certainty certainty, UUID locationEntityId, String locationName,
    int sourceCount, int articleCount, String summary) {

  private static final int NAMES_PER_ROLE = 4;

  /** The event that at least one mention, and the participants they name, describe. */
  static DerivedEvent of(List<EventMention> mentions, List<EventParticipant> participants) {
    EventKind kind = mainKind(mentions);
    Optional<EventMention> place = mainPlace(mentions);
    String locationName = place.map(m -> m.locationName).orElse(null);
    return new DerivedEvent(kind, date(mentions),
        strongest(mentions.stream().map(m -> Certainty.valueOf(m.certainty)).toList()),
        place.map(m -> m.locationEntityId).orElse(null), locationName, mentions.size(),
        (int) mentions.stream().map(m -> m.articleId).distinct().count(),
        summary(kind, mentions, participants, locationName));
  }

  void applyTo(Event event) {
    event.kind = kind.name();
    event.cameo = kind.cameo();
    event.dateValue = date.value();
    event.dateStart = date.start();
    event.dateEnd = date.end();
    event.dateGranularity = date.granularity();
    event.dateOrigin = date.origin();
    event.certainty = certainty.name();
    event.locationEntityId = locationEntityId;
    event.locationName = locationName;
    event.sourceCount = sourceCount;
    event.articleCount = articleCount;
    event.summary = summary;
  }

  /** The kind most reports give; an attack rather than the explosion it caused. */
  static EventKind mainKind(List<EventMention> mentions) {
    Map<EventKind, Long> counts = mentions.stream()
        .collect(Collectors.groupingBy(m -> EventKind.valueOf(m.kind), Collectors.counting()));
    if (counts.containsKey(EventKind.ATTACK)) {
      return EventKind.ATTACK;
    }
    return counts.entrySet().stream().max(Map.Entry.<EventKind, Long>comparingByValue()
        .thenComparing(e -> -e.getKey().ordinal())).orElseThrow().getKey();
  }

  /**
   * The most precise date the reports that affirm the event give (a denial's or a plan's date says less);
   * an unplaced weekday when no report gives a day.
   */
  static EventDate date(List<EventMention> mentions) {
    List<EventMention> affirming = mentions.stream().filter(m -> !Certainty.DENIED.name().equals(m.certainty))
        .toList();
    List<EventMention> pool = affirming.isEmpty() ? mentions : affirming;
    Optional<EventMention> known = pool.stream().filter(m -> m.dateStart != null)
        .min(Comparator.comparingLong((EventMention m) -> m.dateEnd.toEpochDay() - m.dateStart.toEpochDay())
            .thenComparing(m -> m.dateStart));
    return known.or(() -> pool.stream().filter(m -> m.dateValue != null).findFirst())
        .map(m -> new EventDate(null,
            m.dateStart != null && "DAY".equals(m.dateGranularity) ? m.dateStart.toString() : m.dateValue,
            m.dateStart, m.dateEnd, m.dateGranularity, m.dateOrigin))
        .orElse(EventDate.NONE);
  }

  /** The strongest claim among the reports; denied only when every report denies it. */
  static Certainty strongest(List<Certainty> certainties) {
    return certainties.stream().filter(c -> c != Certainty.DENIED).min(Comparator.naturalOrder())
        .orElse(Certainty.DENIED);
  }

  /** The mention naming the place most reports name, the first of them on a tie. */
  private static Optional<EventMention> mainPlace(List<EventMention> mentions) {
    Map<UUID, Long> places = mentions.stream().filter(m -> m.locationEntityId != null)
        .collect(Collectors.groupingBy(m -> m.locationEntityId, LinkedHashMap::new, Collectors.counting()));
    return places.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .flatMap(place -> mentions.stream().filter(m -> place.equals(m.locationEntityId)).findFirst());
  }

  /** Worded from the trigger the reports of the main kind use most, the longest on a tie. */
  static String summary(EventKind kind, List<EventMention> mentions, List<EventParticipant> participants,
      String locationName) {
    Map<String, Long> phrases = mentions.stream().filter(m -> EventKind.valueOf(m.kind) == kind)
        .collect(Collectors.groupingBy(m -> m.triggerText.toLowerCase(Locale.ROOT), Collectors.counting()));
    String phrase = phrases.entrySet().stream()
        .max(Map.Entry.<String, Long>comparingByValue().thenComparing(e -> e.getKey().length()))
        .map(Map.Entry::getKey).orElse(null);
    return EventSummary.of(kind, phrase, namesIn(participants, Role.ACTOR), namesIn(participants, Role.TARGET),
        locationName);
  }

  /** The names in a role, most often named first, marked "(alleged)" or "(denied)" when no report asserts them. */
  static List<String> namesIn(List<EventParticipant> participants, Role role) {
    Map<UUID, List<EventParticipant>> byEntity = participants.stream().filter(p -> p.role.equals(role.name()))
        .collect(Collectors.groupingBy(p -> p.entityId, LinkedHashMap::new, Collectors.toList()));
    return byEntity.values().stream()
        .sorted(Comparator.comparingInt((List<EventParticipant> rows) -> -rows.size()))
        .limit(NAMES_PER_ROLE)
        .map(rows -> {
          Certainty certainty = strongest(rows.stream().map(r -> Certainty.valueOf(r.certainty)).toList());
          String name = rows.get(0).entityName;
          return switch (certainty) {
            case ALLEGED -> name + " (alleged)";
            case DENIED -> name + " (denied)";
            case HYPOTHETICAL -> name + " (possible)";
            default -> name;
          };
        }).toList();
  }
}
