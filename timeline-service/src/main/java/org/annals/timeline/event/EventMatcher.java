package org.annals.timeline.event;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Decides whether a mention reports an event already known, and how well it fits. Kinds must be
 * compatible, dates and places must not contradict, and then shared participants, the same place or
 * day, the same article and shared words make the case. Speech acts join only the same speaker's
 * saying of the same thing.
 */
public final class EventMatcher {

  /** The evidence a match needs: for instance the same place and one shared participant. */
  static final double THRESHOLD = 2.5;
  private static final String PERSON = "PERSON";
  private static final int MAX_ARTICLE_GAP_DAYS = 21;
  private static final int SAME_NEWS_CYCLE_DAYS = 3;
  /** How far back "the crash" of an article reaches for the crash it means. */
  public static final int REFERABLE_DAYS = 14;

  private EventMatcher() {}

  /**
   * A mention as the matcher sees it: what it found, in which article, dated when, about which event
   * (and of what kind), and every entity the article names (with what they are part of).
   */
  public record Mention(FoundEvent found, UUID articleId, LocalDate articleDate, UUID aboutEvent, EventKind aboutKind,
      Set<UUID> articleEntities) {}

  /**
   * Events known with no place and no party that the mention fits as well as {@code chosen}: the same
   * event, first told bare ("the drone attack of 28 January hit a city") before a full report came in.
   */
  public static List<EventProfile> alsoFitting(Mention mention, EventProfile chosen,
      Collection<EventProfile> candidates) {
    if (mention.found().kind().speech()) {
      return List.of();
    }
    return candidates.stream().filter(c -> !c.id().equals(chosen.id()) && c.bare()
        && score(mention, c).orElse(0) >= THRESHOLD).toList();
  }

  /** The best-fitting event among the candidates, if any fits. */
  public static Optional<EventProfile> best(Mention mention, Collection<EventProfile> candidates) {
    EventProfile best = null;
    double bestScore = 0;
    List<EventProfile> referable = new ArrayList<>();
    for (EventProfile candidate : candidates) {
      OptionalDouble score = score(mention, candidate);
      if (score.isPresent() && referable(mention, candidate)) {
        referable.add(candidate);
      }
      if (score.isPresent() && score.getAsDouble() >= THRESHOLD && score.getAsDouble() > bestScore) {
        best = candidate;
        bestScore = score.getAsDouble();
      }
    }
    if (best == null && referable.size() == 1) {
      // "The crash" in the days after the only crash in the news that shares this article's subjects.
      best = referable.get(0);
    }
    return Optional.ofNullable(best);
  }

  /**
   * Whether "the crash" of an undated sentence can point at this event: a dated event of the same kind,
   * reported in the fortnight before the article, about something the article names.
   */
  private static boolean referable(Mention mention, EventProfile event) {
    LocalDate when = mention.articleDate();
    return mention.found().anaphoric() && !mention.found().date().known() && when != null
        && mention.found().kind() == event.kind() && event.date().known()
        && !event.date().start().isAfter(when) && !event.date().end().isBefore(when.minusDays(REFERABLE_DAYS))
        && namesPartOf(mention, event);
  }

  /**
   * Whether one side names no place and no party itself, and its article names the other side's place
   * or one of its parties.
   */
  private static boolean namedAcross(Mention mention, EventProfile event) {
    FoundEvent found = mention.found();
    if (found.location() == null && found.participants().isEmpty()) {
      return namesPartOf(mention, event);
    }
    return event.bare() && (found.location() != null && event.named().contains(found.location().entityId())
        || found.participants().stream().anyMatch(p -> event.named().contains(p.entity().entityId())));
  }

  /** Whether the mention's article names the event's place or one of its parties. */
  private static boolean namesPartOf(Mention mention, EventProfile event) {
    Set<UUID> named = mention.articleEntities();
    return event.location() != null && named.contains(event.location().entity())
        || event.parties().stream().anyMatch(p -> named.contains(p.entity()));
  }

  /** How well the mention fits the event; empty when they cannot be one event. */
  public static OptionalDouble score(Mention mention, EventProfile event) {
    FoundEvent found = mention.found();
    if (!found.kind().compatibleWith(event.kind()) || found.kind().speech() && found.kind() != event.kind()) {
      return OptionalDouble.empty();
    }
    if ((found.certainty() == Certainty.HYPOTHETICAL) != event.hypothetical()) {
      return OptionalDouble.empty();
    }
    if (!found.date().compatible(event.date())) {
      return OptionalDouble.empty();
    }
    if (farApart(mention, event)) {
      return OptionalDouble.empty();
    }
    double score = 0;
    if (found.date().known() && event.date().known()) {
      score += "DAY".equals(found.date().granularity()) && "DAY".equals(event.date().granularity()) ? 2 : 1;
    } else if (found.date().weekday().isPresent() && event.date().known()) {
      score += 1;
    } else if (!found.date().known() && mention.articleDate() != null && event.date().known()
        && (event.date().start().isAfter(mention.articleDate())
            || event.date().end().isBefore(mention.articleDate().minusDays(14)))) {
      // An undated report of something recent, in an article of a known day, speaks of the days before it.
      score -= 1;
    }
    if (found.location() != null && event.location() != null) {
      EventProfile.Place place = new EventProfile.Place(found.location().entityId(), found.location().within());
      if (place.related(event.location())) {
        score += 2;
      } else {
        return OptionalDouble.empty();
      }
    }
    if (!found.kind().speech() && !found.kind().compatibleWith(EventKind.ATTACK) && differentActors(found, event)) {
      return OptionalDouble.empty();
    }
    int shared = 0;
    boolean sharedActor = false;
    for (FoundEvent.Participant p : found.participants()) {
      for (EventProfile.Party party : event.parties()) {
        if (party.related(p.entity().entityId(), p.entity().within())) {
          if (p.role() == party.role()) {
            shared++;
            sharedActor |= p.role() == Role.ACTOR;
          }
        }
      }
    }
    score += Math.min(shared, 3);
    if (!found.kind().speech() && !found.kind().compatibleWith(EventKind.ATTACK) && samePersonActs(found, event)) {
      // One person's visit, meeting or arrest is rarely told of twice for two different occasions at once.
      score += 1.5;
    }
    score += 3 * Words.jaccard(Words.of(found.sentence()), event.words());
    if (namedAcross(mention, event)) {
      // "The drone attack of 28 January hit a city" in an article about Isfahan: the article says where.
      score += 1;
    }
    if (found.kind().speech()) {
      // The same speaker saying the same thing: about the same event, or about nothing else. Spokespeople
      // of one government denying one strike are that government's one denial.
      boolean sameSubject = mention.aboutEvent() != null && event.about().contains(mention.aboutEvent())
          || mention.aboutEvent() == null && event.about().isEmpty() && sameOccasion(mention, event)
          || sameDatedSaying(mention, event);
      return sharedActor && sameSubject ? OptionalDouble.of(Math.max(score, THRESHOLD)) : OptionalDouble.empty();
    }
    if (event.articles().contains(mention.articleId())) {
      // Within one article, a compatible mention is the article's event told again ("the strike").
      score += THRESHOLD;
    }
    return OptionalDouble.of(score);
  }

  /**
   * Whether the doers named on both sides cannot be the same: people with no one in common ("Burns
   * visited" and "Blinken visited" are two visits), or, where no person is named, bodies none of which
   * contains another. Who carried out an attack is disputed between sources, so violence is not judged so.
   */
  static boolean differentActors(FoundEvent found, EventProfile event) {
    List<FoundEvent.Participant> mine = found.participants().stream()
        .filter(p -> p.role() == Role.ACTOR && p.certainty() != Certainty.DENIED).toList();
    List<EventProfile.Party> theirs = event.parties().stream().filter(p -> p.role() == Role.ACTOR).toList();
    if (differentPeople(found, event, true) || differentPeople(found, event, false)) {
      return true;
    }
    return people(mine).isEmpty() && !mine.isEmpty() && !theirs.isEmpty() && mine.stream().noneMatch(p -> theirs
        .stream().anyMatch(t -> t.related(p.entity().entityId(), p.entity().within())));
  }

  /** People named on both sides, as doers or as the others taking part, with no one in common. */
  private static boolean differentPeople(FoundEvent found, EventProfile event, boolean actors) {
    Set<UUID> mine = people(found.participants().stream()
        .filter(p -> (p.role() == Role.ACTOR) == actors && p.certainty() != Certainty.DENIED).toList());
    Set<UUID> theirs = event.parties().stream().filter(p -> (p.role() == Role.ACTOR) == actors)
        .filter(p -> PERSON.equals(p.type())).map(EventProfile.Party::entity).collect(Collectors.toSet());
    return !mine.isEmpty() && !theirs.isEmpty() && Collections.disjoint(mine, theirs);
  }

  private static boolean samePersonActs(FoundEvent found, EventProfile event) {
    Set<UUID> mine = people(found.participants().stream().filter(p -> p.role() == Role.ACTOR).toList());
    return event.parties().stream().anyMatch(p -> p.role() == Role.ACTOR && mine.contains(p.entity()));
  }

  private static Set<UUID> people(List<FoundEvent.Participant> participants) {
    return participants.stream().filter(p -> PERSON.equals(p.entity().entityType())).map(p -> p.entity().entityId())
        .collect(Collectors.toSet());
  }

  /**
   * A report whose own date says nothing, in an article anchored weeks away from every article the
   * event is known from, is about something else: news reports what happened in the days before it.
   */
  private static boolean farApart(Mention mention, EventProfile event) {
    LocalDate when = mention.articleDate();
    if (when == null || mention.found().date().known() || event.articleDates().isEmpty()) {
      return false;
    }
    return event.articleDates().stream().allMatch(d -> Math.abs(ChronoUnit.DAYS.between(d, when)) > MAX_ARTICLE_GAP_DAYS);
  }

  /**
   * Whether a statement about nothing the article names can be the same saying as a known one: told in
   * the same article, dated on both sides (the dates were checked to agree), or reported within days.
   */
  private static boolean sameOccasion(Mention mention, EventProfile event) {
    if (event.articles().contains(mention.articleId()) || mention.found().date().known() && event.date().known()) {
      return true;
    }
    LocalDate when = mention.articleDate();
    return when != null && event.articleDates().stream()
        .anyMatch(d -> Math.abs(ChronoUnit.DAYS.between(d, when)) <= SAME_NEWS_CYCLE_DAYS);
  }

  /**
   * One speaker's saying on a given day about the same kind of thing, told by two articles that each
   * have their own event for that thing: "the Kremlin on Friday denied a role in the plane crash" of an
   * undated article and a report of that Friday's denial about the crash, whichever came first. Such a
   * match is what places the undated article in time.
   */
  private static boolean sameDatedSaying(Mention mention, EventProfile event) {
    return mention.aboutKind() != null && aDay(mention.found().date()) && aDay(event.date())
        && event.aboutKinds().stream().anyMatch(k -> k.compatibleWith(mention.aboutKind()));
  }

  private static boolean aDay(EventDate date) {
    return date.weekday().isPresent() || date.known() && "DAY".equals(date.granularity());
  }

  /** Ids of a comma-separated list, as stored. */
  public static List<UUID> ids(String stored) {
    if (stored == null || stored.isBlank()) {
      return List.of();
    }
    return java.util.Arrays.stream(stored.split(",")).map(UUID::fromString).toList();
  }

  public static String stored(Collection<UUID> ids) {
    return String.join(",", ids.stream().map(UUID::toString).toList());
  }
}
