package org.annals.timeline.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.annals.common.api.Cursors;
import org.annals.common.api.Params;
import org.annals.common.problem.ProblemException;
import org.annals.timeline.api.EventViews;
import org.annals.timeline.api.EventViews.ClaimView;
import org.annals.timeline.api.EventViews.DateView;
import org.annals.timeline.api.EventViews.EntityRef;
import org.annals.timeline.api.EventViews.EventItem;
import org.annals.timeline.api.EventViews.ParticipantView;
import org.annals.timeline.event.Certainty;
import org.annals.timeline.event.EventKind;
import org.annals.timeline.event.Role;
import org.hibernate.jpa.HibernateHints;

/**
 * Reads events, stories and timelines for the public API. Events are listed in time order, undated ones
 * last, with keyset cursors on (first day, id), so a page never skips or repeats an event.
 */
@ApplicationScoped
public class EventQueries {

  /** Where undated events sort: after every dated one. */
  private static final LocalDate UNDATED = LocalDate.of(9999, 12, 31);
  /** Where stories without a dated event sort when latest come first: last. */
  private static final LocalDate NEVER = LocalDate.of(1, 1, 1);
  private static final String EVENT_ORDER = "COALESCE(e.date_start, DATE '9999-12-31')";

  private final EntityManager em;

  public EventQueries(EntityManager em) {
    this.em = em;
  }

  /** Which events to list; every part is optional. */
  public record EventFilter(LocalDate from, LocalDate to, UUID entity, EventKind kind, UUID story, UUID article) {

    public EventFilter {
      if (from != null && to != null && from.isAfter(to)) {
        throw ProblemException.invalidField("from", "must not be after to");
      }
    }

    public static EventFilter forEntity(UUID entity, LocalDate from, LocalDate to) {
      return new EventFilter(from, to, entity, null, null, null);
    }
  }

  public EventViews.EventPage events(EventFilter filter, int limit, String cursor) {
    Page page = page(filter, limit, cursor);
    return new EventViews.EventPage(items(page.events()), page.nextCursor());
  }

  public EventViews.EventDetail event(UUID id) {
    Event event = Event.findById(id);
    if (event == null) {
      throw ProblemException.notFound("event", id);
    }
    List<EventMention> mentions = EventMention.list("eventId = ?1 order by articleId, triggerStart", id);
    Map<Long, List<EventParticipant>> byMention = EventParticipant.<EventParticipant>list("eventId", id).stream()
        .collect(Collectors.groupingBy(p -> p.mentionId));
    List<EventViews.SourceView> sources = new ArrayList<>();
    for (EventMention m : mentions) {
      List<Row> rows = byMention.getOrDefault(m.id, List.of()).stream().map(p -> Row.of(p, m.articleId)).toList();
      sources.add(new EventViews.SourceView(m.articleId, m.outlet, m.kind,
          new EventViews.TriggerView(m.triggerText, m.triggerStart, m.triggerEnd), m.sentence, m.sentenceStart,
          m.sentenceEnd, m.certainty, ref(m.claimantEntityId, m.claimantName, null), dateOf(m),
          ref(m.locationEntityId, m.locationName, null), participants(rows)));
    }
    EventItem item = items(List.of(event)).get(0);
    return new EventViews.EventDetail(item.id(), item.kind(), item.cameo(), item.summary(), item.date(),
        item.certainty(), item.location(), item.participants(), item.sourceCount(), item.articleCount(),
        item.storyId(), aboutOf(mentions), sources, claims(event.id, mentions));
  }

  /** The events involving an entity (as a participant or as the place), in time order. */
  public EventViews.Timeline timeline(EventFilter filter, int limit, String cursor) {
    UUID entity = filter.entity();
    EntityRef known = entityRef(entity).orElseThrow(() -> new ProblemException(404, "not-found", "Not found",
        "No event names entity " + entity + ": timeline-service knows an entity from the events it takes part"
            + " in or took place in."));
    Page page = page(filter, limit, cursor);
    List<Event> shown = page.events();
    Map<UUID, List<Row>> rows = participantRows(shown.stream().map(e -> e.id).toList());
    List<EventItem> items = items(shown, rows);
    List<EventViews.TimelineEntry> entries = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      Event event = shown.get(i);
      EventItem item = items.get(i);
      List<Row> own = rows.getOrDefault(event.id, List.of()).stream().filter(r -> r.entityId.equals(entity)).toList();
      String role;
      String roleCertainty;
      if (own.isEmpty()) {
        role = "LOCATION";
        roleCertainty = event.certainty;
      } else {
        Role main = mainRole(own);
        role = main.name();
        roleCertainty = EventStore.strongest(own.stream().filter(r -> r.role == main).map(r -> r.certainty).toList())
            .name();
      }
      entries.add(new EventViews.TimelineEntry(event.id, item.date(), item.kind(), item.summary(), role,
          roleCertainty, item.certainty(), item.location(), item.participants(), item.sourceCount(),
          item.articleCount()));
    }
    return new EventViews.Timeline(known, entries, page.nextCursor());
  }

  public EventViews.StoryPage stories(UUID entity, int limit, String cursor) {
    StringBuilder sql = new StringBuilder("""
        SELECT * FROM (
          SELECT s.id, s.title, COUNT(e.id) AS events, MIN(e.date_start) AS first_day,
                 COALESCE(MAX(e.date_end), DATE '0001-01-01') AS last_day,
                 (SELECT COUNT(DISTINCT m.article_id) FROM event_mention m JOIN event x ON x.id = m.event_id
                   WHERE x.story_id = s.id) AS articles
            FROM story s JOIN event e ON e.story_id = s.id
           GROUP BY s.id, s.title) t
         WHERE true
        """);
    List<Object> params = new ArrayList<>();
    if (entity != null) {
      sql.append(" AND EXISTS (SELECT 1 FROM event e JOIN event_participant p ON p.event_id = e.id"
          + " WHERE e.story_id = t.id AND p.entity_id = ?)");
      params.add(entity);
    }
    if (cursor != null) {
      String[] parts = Cursors.decode(cursor, 2);
      LocalDate last = parseDay(parts[0]);
      UUID id = parseId(parts[1]);
      sql.append(" AND (t.last_day < ? OR t.last_day = ? AND t.id > ?)");
      params.add(last);
      params.add(last);
      params.add(id);
    }
    sql.append(" ORDER BY t.last_day DESC, t.id LIMIT ?");
    params.add(limit + 1);
    List<EventViews.StoryItem> items = new ArrayList<>();
    List<LocalDate> lastDays = new ArrayList<>();
    for (Object row : bind(em.createNativeQuery(sql.toString()), params).getResultList()) {
      Object[] r = (Object[]) row;
      LocalDate lastDay = day(r[4]);
      lastDays.add(lastDay);
      items.add(new EventViews.StoryItem((UUID) r[0], (String) r[1], ((Number) r[2]).intValue(),
          ((Number) r[5]).intValue(), day(r[3]), NEVER.equals(lastDay) ? null : lastDay));
    }
    String next = items.size() > limit ? Cursors.encode(lastDays.get(limit - 1), items.get(limit - 1).id()) : null;
    return new EventViews.StoryPage(items.subList(0, Math.min(limit, items.size())), next);
  }

  public EventViews.StoryDetail story(UUID id) {
    Story story = Story.findById(id);
    if (story == null) {
      throw ProblemException.notFound("story", id);
    }
    List<Event> events = em.createQuery("from Event e where e.storyId = ?1 order by coalesce(e.dateStart, ?2), e.id",
        Event.class).setParameter(1, id).setParameter(2, UNDATED).getResultList();
    long articles = EventMention.<EventMention>stream("eventId in ?1", events.stream().map(e -> e.id).toList())
        .map(m -> m.articleId).distinct().count();
    LocalDate from = events.stream().map(e -> e.dateStart).filter(Objects::nonNull).min(Comparator.naturalOrder())
        .orElse(null);
    LocalDate to = events.stream().map(e -> e.dateEnd).filter(Objects::nonNull).max(Comparator.naturalOrder())
        .orElse(null);
    return new EventViews.StoryDetail(new EventViews.StoryItem(story.id, story.title, events.size(), (int) articles,
        from, to), items(events));
  }

  /** One page of events in time order, with the cursor of the next when there is one. */
  private record Page(List<Event> events, String nextCursor) {}

  private Page page(EventFilter filter, int limit, String cursor) {
    List<Event> events = fetch(filter, limit + 1, cursor);
    String next = events.size() > limit ? cursorOf(events.get(limit - 1)) : null;
    return new Page(events.subList(0, Math.min(limit, events.size())), next);
  }

  private List<Event> fetch(EventFilter filter, int fetch, String cursor) {
    StringBuilder sql = new StringBuilder("SELECT e.* FROM event e WHERE true");
    List<Object> params = new ArrayList<>();
    if (filter.from() != null) {
      sql.append(" AND e.date_end >= ?");
      params.add(filter.from());
    }
    if (filter.to() != null) {
      sql.append(" AND e.date_start <= ?");
      params.add(filter.to());
    }
    if (filter.kind() != null) {
      sql.append(" AND e.kind = ?");
      params.add(filter.kind().name());
    }
    if (filter.story() != null) {
      sql.append(" AND e.story_id = ?");
      params.add(filter.story());
    }
    if (filter.entity() != null) {
      // The entity's events from its two indexes; an OR of the two tests read every event.
      sql.append(" AND e.id IN (SELECT p.event_id FROM event_participant p WHERE p.entity_id = ?"
          + " UNION ALL SELECT l.id FROM event l WHERE l.location_entity_id = ?)");
      params.add(filter.entity());
      params.add(filter.entity());
    }
    if (filter.article() != null) {
      sql.append(" AND EXISTS (SELECT 1 FROM event_mention m WHERE m.event_id = e.id AND m.article_id = ?)");
      params.add(filter.article());
    }
    if (cursor != null) {
      String[] parts = Cursors.decode(cursor, 2);
      sql.append(" AND (").append(EVENT_ORDER).append(", e.id) > (?, ?)");
      params.add(parseDay(parts[0]));
      params.add(parseId(parts[1]));
    }
    sql.append(" ORDER BY ").append(EVENT_ORDER).append(", e.id LIMIT ?");
    params.add(fetch);
    @SuppressWarnings("unchecked")
    List<Event> events = bind(em.createNativeQuery(sql.toString(), Event.class), params)
        .setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
    return events;
  }

  private static Query bind(Query query, List<Object> params) {
    for (int i = 0; i < params.size(); i++) {
      query.setParameter(i + 1, params.get(i));
    }
    return query;
  }

  private static String cursorOf(Event event) {
    return Cursors.encode(event.dateStart == null ? UNDATED : event.dateStart, event.id);
  }

  private static LocalDate parseDay(String value) {
    try {
      // Out of the years 1 to 9999 no cursor was issued, and PostgreSQL refuses such a day.
      return Params.inRange(LocalDate.parse(value), "cursor");
    } catch (java.time.format.DateTimeParseException | ProblemException e) {
      throw Cursors.invalid();
    }
  }

  private static UUID parseId(String value) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw Cursors.invalid();
    }
  }

  private static LocalDate day(Object value) {
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    return (LocalDate) value;
  }

  private List<EventItem> items(List<Event> events) {
    return items(events, participantRows(events.stream().map(e -> e.id).toList()));
  }

  private static List<EventItem> items(List<Event> events, Map<UUID, List<Row>> rows) {
    return events.stream().map(e -> new EventItem(e.id, e.kind, e.cameo, e.summary,
        new DateView(e.dateValue, e.dateStart, e.dateEnd, e.dateGranularity, e.dateOrigin, null), e.certainty,
        ref(e.locationEntityId, e.locationName, null), participants(rows.getOrDefault(e.id, List.of())),
        e.sourceCount, e.articleCount, e.storyId)).toList();
  }

  /** One participant row with the article of its mention. */
  private record Row(UUID eventId, UUID entityId, String name, String type, Role role, Certainty certainty,
      UUID articleId) {

    static Row of(EventParticipant p, UUID articleId) {
      return new Row(p.eventId, p.entityId, p.entityName, p.entityType, Role.valueOf(p.role),
          Certainty.valueOf(p.certainty), articleId);
    }
  }

  private Map<UUID, List<Row>> participantRows(Collection<UUID> eventIds) {
    if (eventIds.isEmpty()) {
      return Map.of();
    }
    // Only the columns a view shows: loading whole managed entities cost more than the query itself.
    @SuppressWarnings("unchecked")
    List<Object[]> found = em.createNativeQuery("SELECT p.event_id, p.entity_id, p.entity_name, p.entity_type,"
        + " p.role, p.certainty, m.article_id FROM event_participant p JOIN event_mention m ON m.id = p.mention_id"
        + " WHERE p.event_id IN (?1) ORDER BY p.id").setParameter(1, eventIds).getResultList();
    return found.stream().map(r -> new Row((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3],
        Role.valueOf((String) r[4]), Certainty.valueOf((String) r[5]), (UUID) r[6]))
        .collect(Collectors.groupingBy(Row::eventId));
  }

  /**
   * Participants over all sources: one per entity and role, with the strongest certainty a source gives
   * it and how many articles name it so; actors first, then targets, then the rest, best attested first.
   */
  private static List<ParticipantView> participants(List<Row> rows) {
    Map<List<Object>, List<Row>> groups = rows.stream()
        .collect(Collectors.groupingBy(r -> List.of(r.entityId, r.role), LinkedHashMap::new, Collectors.toList()));
    return groups.values().stream().map(group -> {
      Row first = group.get(0);
      Certainty certainty = EventStore.strongest(group.stream().map(Row::certainty).toList());
      int articles = (int) group.stream().map(Row::articleId).distinct().count();
      return new ParticipantView(new EntityRef(first.entityId, first.name, first.type), first.role.name(),
          certainty.name(), articles);
    }).sorted(Comparator.comparing((ParticipantView p) -> Role.valueOf(p.role()))
        .thenComparing(p -> Certainty.valueOf(p.certainty()) == Certainty.DENIED)
        .thenComparing(p -> -p.articles())).toList();
  }

  /** The role an entity has in most of the sources that name it, denials counting last. */
  private static Role mainRole(List<Row> rows) {
    Function<Role, Long> affirmed = role -> rows.stream()
        .filter(r -> r.role == role && r.certainty != Certainty.DENIED).count();
    return rows.stream().map(Row::role).distinct()
        .max(Comparator.comparing(affirmed).thenComparing(role -> -role.ordinal())).orElseThrow();
  }

  private static DateView dateOf(EventMention m) {
    return new DateView(m.dateValue, m.dateStart, m.dateEnd, m.dateGranularity, m.dateOrigin, m.dateText);
  }

  private static EntityRef ref(UUID id, String name, String type) {
    return id == null ? null : new EntityRef(id, name, type);
  }

  /** The entity as the events name it; empty when no event does. */
  private Optional<EntityRef> entityRef(UUID entity) {
    List<EventParticipant> named = EventParticipant.find("entityId", entity).page(0, 1).list();
    if (!named.isEmpty()) {
      return Optional.of(new EntityRef(entity, named.get(0).entityName, named.get(0).entityType));
    }
    List<Event> placed = Event.find("locationEntityId", entity).page(0, 1).list();
    return placed.stream().findFirst().map(event -> new EntityRef(entity, event.locationName, null));
  }

  /** For a speech act: the event most of its sources are about. */
  private static UUID aboutOf(List<EventMention> mentions) {
    return mentions.stream().map(m -> m.aboutEventId).filter(Objects::nonNull)
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())).entrySet().stream()
        .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }

  /**
   * What each source claims: its reports attributed to someone ("US officials said Mossad carried it
   * out") and the statements and denials about the event, each as its own claim even when they contradict.
   */
  private List<ClaimView> claims(UUID eventId, List<EventMention> mentions) {
    List<ClaimView> claims = new ArrayList<>();
    Set<List<Object>> seen = new HashSet<>();
    for (EventMention m : mentions) {
      if (m.claimantEntityId != null) {
        ClaimView claim = new ClaimView(ref(m.claimantEntityId, m.claimantName, null), m.outlet, m.kind, m.certainty,
            m.sentence, m.articleId, null);
        if (seen.add(List.of(m.claimantEntityId, m.articleId, m.sentenceStart))) {
          claims.add(claim);
        }
      }
    }
    List<EventMention> about = EventMention.list("aboutEventId = ?1 and eventId <> ?1 order by articleId, triggerStart",
        eventId);
    Map<Long, List<EventParticipant>> speakers = about.isEmpty() ? Map.of()
        : EventParticipant.<EventParticipant>list("mentionId in ?1 and role = ?2",
            about.stream().map(m -> m.id).toList(), Role.ACTOR.name()).stream()
            .collect(Collectors.groupingBy(p -> p.mentionId));
    for (EventMention m : about) {
      Optional<EntityRef> by = Optional.ofNullable(ref(m.claimantEntityId, m.claimantName, null))
          .or(() -> speakers.getOrDefault(m.id, List.of()).stream().findFirst()
              .map(p -> new EntityRef(p.entityId, p.entityName, p.entityType)));
      if (seen.add(List.of(by.map(EntityRef::id).map(Object::toString).orElse(""), m.articleId, m.sentenceStart))) {
        claims.add(new ClaimView(by.orElse(null), m.outlet, m.kind, m.certainty, m.sentence, m.articleId, m.eventId));
      }
    }
    return claims;
  }
}
