package org.annals.timeline.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.annals.timeline.event.Certainty;
import org.annals.timeline.event.EventDate;
import org.annals.timeline.event.EventKind;
import org.annals.timeline.event.EventMatcher;
import org.annals.timeline.event.EventProfile;
import org.annals.timeline.event.FoundEvent;
import org.annals.timeline.event.Role;
import org.annals.timeline.event.Words;

/**
 * The known events a mention may report, as {@link EventProfile}s for {@link EventMatcher}. They are
 * loaded together, a fixed number of queries however many there are, because this runs for every
 * mention of every article and the store only grows.
 */
@ApplicationScoped
public class CandidateEvents {

  private static final int MAX_CANDIDATES = 200;
  /** Stands in for "none" in an IN list, which may not be empty. */
  private static final UUID NOTHING = new UUID(0, 0);

  private final EntityManager em;

  public CandidateEvents(EntityManager em) {
    this.em = em;
  }

  /**
   * Known events of a compatible kind that share an entity with the mention, or that the article
   * already gives evidence for; and, in the days the mention can be about (its own, or the fortnight
   * before its article for "the crash"), events known bare and events of what its article names when
   * the mention points back at an event or names nothing itself. The most recently changed first.
   */
  public List<EventProfile> of(FoundEvent mention, KnownArticle article, Set<UUID> named) {
    Set<UUID> entities = new HashSet<>(Set.of(NOTHING));
    for (FoundEvent.Participant p : mention.participants()) {
      entities.add(p.entity().entityId());
      entities.addAll(p.entity().within());
    }
    if (mention.location() != null) {
      entities.add(mention.location().entityId());
      entities.addAll(mention.location().within());
    }
    Set<UUID> context = new HashSet<>(Set.of(NOTHING));
    if (mention.anaphoric() || mention.participants().isEmpty() && mention.location() == null) {
      context.addAll(named);
    }
    LocalDate anchor = article.anchorDate();
    boolean around = mention.date().known() || mention.anaphoric() && anchor != null;
    LocalDate from = mention.date().known() ? mention.date().start()
        : around ? anchor.minusDays(EventMatcher.REFERABLE_DAYS) : LocalDate.EPOCH;
    LocalDate to = mention.date().known() ? mention.date().end() : around ? anchor : LocalDate.EPOCH;
    List<String> kinds = Arrays.stream(EventKind.values()).filter(k -> k.compatibleWith(mention.kind()))
        .map(Enum::name).toList();
    List<Event> events = em.createQuery("select e from Event e where e.kind in ?1 and (e.locationEntityId in ?2"
            + " or e.id in (select p.eventId from EventParticipant p where p.entityId in ?2)"
            + " or e.id in (select m.eventId from EventMention m where m.articleId = ?3)"
            + " or ?6 = true and e.dateStart <= ?5 and e.dateEnd >= ?4 and (e.locationEntityId in ?7"
            + " or e.id in (select p.eventId from EventParticipant p where p.entityId in ?7)"
            + " or e.locationEntityId is null and not exists (select p from EventParticipant p where p.eventId = e.id)))"
            + " order by e.updatedAt desc", Event.class)
        .setParameter(1, kinds).setParameter(2, entities).setParameter(3, article.id).setParameter(4, from)
        .setParameter(5, to).setParameter(6, around).setParameter(7, context).setMaxResults(MAX_CANDIDATES)
        .getResultList();
    return events.isEmpty() ? List.of() : profiles(events);
  }

  /** Profiles of the events, in their order, from their evidence loaded in one query a table. */
  private List<EventProfile> profiles(List<Event> events) {
    Set<UUID> ids = events.stream().map(e -> e.id).collect(Collectors.toSet());
    List<EventMention> mentions = EventMention.list("eventId in ?1 order by id", ids);
    Map<UUID, List<EventParticipant>> participants = EventParticipant
        .<EventParticipant>list("eventId in ?1 order by id", ids).stream()
        .collect(Collectors.groupingBy(p -> p.eventId));
    Set<UUID> aboutIds = idsIn(mentions, m -> m.aboutEventId);
    Map<UUID, EventKind> aboutKinds = aboutIds.isEmpty() ? Map.of()
        : Event.<Event>list("id in ?1", aboutIds).stream()
            .collect(Collectors.toMap(e -> e.id, e -> EventKind.valueOf(e.kind)));
    Set<UUID> articleIds = idsIn(mentions, m -> m.articleId);
    Map<UUID, KnownArticle> articles = articleIds.isEmpty() ? Map.of()
        : KnownArticle.<KnownArticle>list("id in ?1", articleIds).stream()
            .collect(Collectors.toMap(a -> a.id, Function.identity()));
    Map<UUID, Set<UUID>> named = ArticleMention.entitiesByArticle(articleIds);
    Map<UUID, List<EventMention>> byEvent = mentions.stream().collect(Collectors.groupingBy(m -> m.eventId));
    return events.stream().map(e -> profile(e, byEvent.getOrDefault(e.id, List.of()),
        participants.getOrDefault(e.id, List.of()), aboutKinds, articles, named)).toList();
  }

  private static Set<UUID> idsIn(List<EventMention> mentions, Function<EventMention, UUID> id) {
    return mentions.stream().map(id).filter(Objects::nonNull).collect(Collectors.toSet());
  }

  private EventProfile profile(Event event, List<EventMention> mentions, List<EventParticipant> participants,
      Map<UUID, EventKind> kindOf, Map<UUID, KnownArticle> known, Map<UUID, Set<UUID>> namedBy) {
    Set<String> words = new HashSet<>();
    Set<UUID> articles = new HashSet<>();
    Set<UUID> about = new HashSet<>();
    Set<EventKind> aboutKinds = new HashSet<>();
    List<UUID> locationWithin = List.of();
    for (EventMention m : mentions) {
      words.addAll(Words.of(m.sentence));
      articles.add(m.articleId);
      if (m.aboutEventId != null) {
        about.add(m.aboutEventId);
        if (kindOf.containsKey(m.aboutEventId)) {
          aboutKinds.add(kindOf.get(m.aboutEventId));
        }
      }
      if (m.locationEntityId != null && m.locationEntityId.equals(event.locationEntityId)) {
        locationWithin = EventMatcher.ids(m.locationWithin);
      }
    }
    List<EventProfile.Party> parties = participants.stream()
        .filter(p -> !Certainty.DENIED.name().equals(p.certainty))
        .map(p -> new EventProfile.Party(p.entityId, p.entityType, EventMatcher.ids(p.entityWithin),
            Role.valueOf(p.role)))
        .toList();
    EventDate date = new EventDate(null, event.dateValue, event.dateStart, event.dateEnd, event.dateGranularity,
        event.dateOrigin);
    EventProfile.Place place = event.locationEntityId == null ? null
        : new EventProfile.Place(event.locationEntityId, locationWithin);
    Set<LocalDate> articleDates = new HashSet<>();
    Set<UUID> named = new HashSet<>();
    for (UUID id : articles) {
      KnownArticle article = known.get(id);
      if (article != null && article.anchorDate() != null) {
        articleDates.add(article.anchorDate());
      }
      if (article != null && place == null && parties.isEmpty()) {
        named.addAll(namedBy.getOrDefault(id, Set.of()));
      }
    }
    return new EventProfile(event.id, EventKind.valueOf(event.kind), date, parties, place, words,
        Certainty.HYPOTHETICAL.name().equals(event.certainty), articles, articleDates, about, aboutKinds, named);
  }
}
