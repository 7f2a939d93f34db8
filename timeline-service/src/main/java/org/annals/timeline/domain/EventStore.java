package org.annals.timeline.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.annals.timeline.event.Certainty;
import org.annals.timeline.event.EventDate;
import org.annals.timeline.event.EventKind;
import org.annals.timeline.event.EventMatcher;
import org.annals.timeline.event.EventProfile;
import org.annals.timeline.event.EventSummary;
import org.annals.timeline.event.FoundEvent;
import org.annals.timeline.event.Placement;
import org.annals.timeline.event.Role;
import org.annals.timeline.event.Words;

/**
 * Keeps events consistent with their evidence. An article's mentions replace what it said before; each
 * mention joins the known event it fits best ({@link EventMatcher}) or starts a new one; every event
 * touched is then derived again from its evidence (kind, date, place, certainty, summary), grouped into
 * stories, and undated articles whose events now have a dated report are placed in time.
 *
 * <p>Callers run this inside a transaction; one advisory lock serialises writers, because two articles
 * about one event, analysed at once, must not each start it.
 */
@ApplicationScoped
public class EventStore {

  private static final long WRITE_LOCK = 0x616e6e616c73L;
  private static final int MAX_CANDIDATES = 200;
  private static final int STORY_DAYS = 7;
  private static final Set<String> SUPPORTED_ORIGINS = Set.of("ABSOLUTE", "PUBLICATION_DATE", "ALIGNED");

  private final EntityManager em;
  private final ObjectMapper json;

  public EventStore(EntityManager em, ObjectMapper json) {
    this.em = em;
    this.json = json;
  }

  /** An undated article to analyse again, anchored on the day one of its events placed it. */
  public record PlacementDue(UUID articleId, LocalDate placedDate, UUID byEvent) {}

  public void lock() {
    em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, WRITE_LOCK).getSingleResult();
  }

  /**
   * Replaces the article's evidence with {@code found}; {@code named} are the entities the article
   * names anywhere. Answers how many events the article now gives evidence for.
   */
  public int replace(KnownArticle article, List<FoundEvent> found, Set<UUID> named) {
    Set<UUID> touched = new LinkedHashSet<>(eventsOf(article.id));
    // A mention read again that fits no other event keeps its own: re-analysing does not renumber events.
    Map<String, UUID> previous = new HashMap<>();
    for (EventMention m : EventMention.<EventMention>list("articleId", article.id)) {
      previous.put(m.kind + "@" + m.triggerStart, m.eventId);
    }
    EventMention.delete("articleId", article.id);
    em.flush();
    Map<Integer, UUID> eventOf = new HashMap<>();
    for (int i : processingOrder(found)) {
      FoundEvent mention = found.get(i);
      UUID about = mention.about() >= 0 ? eventOf.get(mention.about()) : null;
      EventMatcher.Mention candidate = new EventMatcher.Mention(mention, article.id, article.anchorDate(), about,
          mention.about() >= 0 ? found.get(mention.about()).kind() : null, named);
      List<EventProfile> candidates = candidates(mention, article, named);
      Optional<EventProfile> best = EventMatcher.best(candidate, candidates);
      Event event = best.map(p -> (Event) Event.findById(p.id()))
          .or(() -> Optional.ofNullable(previous.get(mention.kind().name() + "@" + mention.triggerStart()))
              .map(id -> (Event) Event.findById(id)))
          .orElseGet(() -> newEvent(mention));
      best.ifPresent(chosen -> EventMatcher.alsoFitting(candidate, chosen, candidates)
          .forEach(bare -> touched.addAll(absorb(bare.id(), event.id))));
      store(article, mention, event.id, about);
      eventOf.put(i, event.id);
      touched.add(event.id);
      derive(event.id);
    }
    for (UUID id : touched) {
      derive(id);
    }
    group(touched);
    return new HashSet<>(eventOf.values()).size();
  }

  /** Moves the evidence of one event to another, which it turned out to be; answers both. */
  private Set<UUID> absorb(UUID from, UUID into) {
    em.flush();
    em.createQuery("update EventMention m set m.eventId = ?1 where m.eventId = ?2").setParameter(1, into)
        .setParameter(2, from).executeUpdate();
    em.createQuery("update EventMention m set m.aboutEventId = ?1 where m.aboutEventId = ?2").setParameter(1, into)
        .setParameter(2, from).executeUpdate();
    em.createQuery("update EventParticipant p set p.eventId = ?1 where p.eventId = ?2").setParameter(1, into)
        .setParameter(2, from).executeUpdate();
    // Mentions and participants loaded before the update must not be read with their old event.
    em.clear();
    return Set.of(from, into);
  }

  /** Removes an article's evidence; events left without any disappear. */
  public void remove(UUID articleId) {
    Set<UUID> touched = eventsOf(articleId);
    EventMention.delete("articleId", articleId);
    em.flush();
    for (UUID id : touched) {
      derive(id);
    }
    group(touched);
  }

  /**
   * Undated articles (the given one included) with evidence in an event that a report from another
   * article dates to the day: they can now be placed in time.
   */
  public List<PlacementDue> placementsDue(UUID articleId) {
    List<PlacementDue> due = new ArrayList<>();
    Set<UUID> articles = new LinkedHashSet<>();
    articles.add(articleId);
    for (UUID event : eventsOf(articleId)) {
      EventMention.<EventMention>list("eventId", event).forEach(m -> articles.add(m.articleId));
    }
    for (UUID candidate : articles) {
      KnownArticle article = KnownArticle.findById(candidate);
      if (article == null || "DAY".equals(article.publishedGranularity) || article.placedDate != null) {
        continue;
      }
      anchorEvent(candidate).ifPresent(event -> {
        LocalDate placed = Placement.placedDate(event.dateStart, EventKind.valueOf(event.kind),
            weekdaysOf(candidate));
        if (fitsPublishedMonth(article, placed)) {
          due.add(new PlacementDue(candidate, placed, event.id));
        }
      });
    }
    return due;
  }

  private static boolean fitsPublishedMonth(KnownArticle article, LocalDate placed) {
    return !"MONTH".equals(article.publishedGranularity) || article.publishedDate == null
        || placed.getYear() == article.publishedDate.getYear() && placed.getMonth() == article.publishedDate.getMonth();
  }

  /** The event of this article that another article dates to the day, with the most evidence here. */
  private Optional<Event> anchorEvent(UUID articleId) {
    Event best = null;
    long bestCount = 0;
    for (UUID id : eventsOf(articleId)) {
      Event event = Event.findById(id);
      if (event == null || event.dateStart == null || !"DAY".equals(event.dateGranularity)) {
        continue;
      }
      List<EventMention> mentions = EventMention.list("eventId", id);
      boolean datedElsewhere = mentions.stream().anyMatch(m -> !m.articleId.equals(articleId) && m.dateStart != null
          && event.dateStart.equals(m.dateStart) && SUPPORTED_ORIGINS.contains(m.dateOrigin));
      long here = mentions.stream().filter(m -> m.articleId.equals(articleId)).count();
      if (datedElsewhere && here > bestCount) {
        best = event;
        bestCount = here;
      }
    }
    return Optional.ofNullable(best);
  }

  private static Set<DayOfWeek> weekdaysOf(UUID articleId) {
    Set<DayOfWeek> days = new HashSet<>();
    for (StoredTimex timex : StoredTimex.<StoredTimex>list("articleId", articleId)) {
      if (timex.value != null && timex.value.matches("XXXX-WXX-[1-7].*")) {
        days.add(DayOfWeek.of(timex.value.charAt(9) - '0'));
      }
    }
    return days;
  }

  @SuppressWarnings("unchecked")
  private Set<UUID> eventsOf(UUID articleId) {
    return new LinkedHashSet<>(em.createQuery("select distinct m.eventId from EventMention m where m.articleId = ?1")
        .setParameter(1, articleId).getResultList());
  }

  /**
   * The most telling mentions first, so that an article's main event is matched on its date and place
   * before "the attack" further down joins it; speech acts last, once what they are about is stored.
   */
  private static List<Integer> processingOrder(List<FoundEvent> found) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      order.add(i);
    }
    Function<FoundEvent, Integer> weight = f -> (f.kind().speech() ? -100 : 0) + (f.date().known() ? 4 : 0)
        + (f.date().value() != null ? 2 : 0) + (f.location() != null ? 2 : 0) + f.participants().size();
    order.sort(Comparator.comparing((Integer i) -> -weight.apply(found.get(i))).thenComparing(i -> i));
    return order;
  }

  /**
   * Known events of a compatible kind that share an entity with the mention, or that the article
   * already gives evidence for; and, in the days the mention can be about (its own, or the fortnight
   * before its article for "the crash"), events known bare and events of what its article names when
   * the mention points back at an event or names nothing itself.
   */
  @SuppressWarnings("unchecked")
  private List<EventProfile> candidates(FoundEvent mention, KnownArticle article, Set<UUID> named) {
    UUID nothing = new UUID(0, 0);
    Set<UUID> entities = new HashSet<>(Set.of(nothing));
    for (FoundEvent.Participant p : mention.participants()) {
      entities.add(p.entity().entityId());
      entities.addAll(p.entity().within());
    }
    if (mention.location() != null) {
      entities.add(mention.location().entityId());
      entities.addAll(mention.location().within());
    }
    Set<UUID> context = new HashSet<>(Set.of(nothing));
    if (mention.anaphoric() || mention.participants().isEmpty() && mention.location() == null) {
      context.addAll(named);
    }
    LocalDate anchor = article.anchorDate();
    boolean around = mention.date().known() || mention.anaphoric() && anchor != null;
    LocalDate from = mention.date().known() ? mention.date().start()
        : around ? anchor.minusDays(EventMatcher.REFERABLE_DAYS) : LocalDate.EPOCH;
    LocalDate to = mention.date().known() ? mention.date().end() : around ? anchor : LocalDate.EPOCH;
    List<String> kinds = java.util.Arrays.stream(EventKind.values()).filter(k -> k.compatibleWith(mention.kind()))
        .map(Enum::name).toList();
    List<UUID> ids = em.createQuery("select e.id from Event e where e.kind in ?1 and (e.locationEntityId in ?2"
            + " or e.id in (select p.eventId from EventParticipant p where p.entityId in ?2)"
            + " or e.id in (select m.eventId from EventMention m where m.articleId = ?3)"
            + " or ?6 = true and e.dateStart <= ?5 and e.dateEnd >= ?4 and (e.locationEntityId in ?7"
            + " or e.id in (select p.eventId from EventParticipant p where p.entityId in ?7)"
            + " or e.locationEntityId is null and not exists (select p from EventParticipant p where p.eventId = e.id)))"
            + " order by e.updatedAt desc")
        .setParameter(1, kinds).setParameter(2, entities).setParameter(3, article.id).setParameter(4, from)
        .setParameter(5, to).setParameter(6, around).setParameter(7, context).setMaxResults(MAX_CANDIDATES)
        .getResultList();
    return ids.stream().map(this::profile).flatMap(Optional::stream).toList();
  }

  private Optional<EventProfile> profile(UUID id) {
    Event event = Event.findById(id);
    if (event == null) {
      return Optional.empty();
    }
    List<EventMention> mentions = EventMention.list("eventId", id);
    List<EventParticipant> participants = EventParticipant.list("eventId", id);
    Set<String> words = new HashSet<>();
    Set<UUID> articles = new HashSet<>();
    Set<UUID> about = new HashSet<>();
    Set<EventKind> aboutKinds = new HashSet<>();
    List<UUID> locationWithin = List.of();
    for (EventMention m : mentions) {
      words.addAll(Words.of(m.sentence));
      articles.add(m.articleId);
      if (m.aboutEventId != null && about.add(m.aboutEventId)) {
        Event subject = Event.findById(m.aboutEventId);
        if (subject != null) {
          aboutKinds.add(EventKind.valueOf(subject.kind));
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
    for (UUID article : articles) {
      KnownArticle known = KnownArticle.findById(article);
      if (known != null && known.anchorDate() != null) {
        articleDates.add(known.anchorDate());
      }
      if (known != null && place == null && parties.isEmpty()) {
        named.addAll(known.namedEntities(json));
      }
    }
    return Optional.of(new EventProfile(event.id, EventKind.valueOf(event.kind), date, parties, place, words,
        Certainty.HYPOTHETICAL.name().equals(event.certainty), articles, articleDates, about, aboutKinds, named));
  }

  private Event newEvent(FoundEvent mention) {
    Event event = new Event();
    event.id = UUID.randomUUID();
    event.kind = mention.kind().name();
    event.cameo = mention.kind().cameo();
    event.summary = mention.kind().description();
    event.dateGranularity = "NONE";
    event.dateOrigin = "NONE";
    event.certainty = mention.certainty().name();
    event.createdAt = Instant.now();
    event.updatedAt = event.createdAt;
    event.persist();
    return event;
  }

  private void store(KnownArticle article, FoundEvent found, UUID eventId, UUID about) {
    EventMention m = new EventMention();
    m.eventId = eventId;
    m.articleId = article.id;
    m.kind = found.kind().name();
    m.triggerStart = found.triggerStart();
    m.triggerEnd = found.triggerEnd();
    m.triggerText = found.trigger();
    m.sentenceStart = found.sentenceStart();
    m.sentenceEnd = found.sentenceEnd();
    m.sentence = found.sentence();
    m.certainty = found.certainty().name();
    if (found.claimant() != null) {
      m.claimantEntityId = found.claimant().entityId();
      m.claimantName = found.claimant().entityName();
    }
    m.outlet = found.outlet() != null ? found.outlet() : article.source;
    EventDate date = found.date();
    m.dateText = date.text();
    m.dateValue = date.value();
    m.dateStart = date.start();
    m.dateEnd = date.end();
    m.dateGranularity = date.granularity();
    m.dateOrigin = date.origin();
    if (found.location() != null) {
      m.locationEntityId = found.location().entityId();
      m.locationName = found.location().entityName();
      m.locationWithin = EventMatcher.stored(found.location().within());
    }
    m.aboutEventId = about;
    m.persist();
    for (FoundEvent.Participant p : found.participants()) {
      EventParticipant row = new EventParticipant();
      row.mentionId = m.id;
      row.eventId = eventId;
      row.entityId = p.entity().entityId();
      row.entityName = p.entity().entityName();
      row.entityType = p.entity().entityType();
      row.entityWithin = EventMatcher.stored(p.entity().within());
      row.role = p.role().name();
      row.certainty = p.certainty().name();
      row.persist();
    }
  }

  /** Derives an event's attributes from its evidence again, or deletes it when none is left. */
  private void derive(UUID id) {
    Event event = Event.findById(id);
    if (event == null) {
      return;
    }
    List<EventMention> mentions = EventMention.list("eventId", id);
    if (mentions.isEmpty()) {
      event.delete();
      return;
    }
    EventKind kind = mainKind(mentions);
    event.kind = kind.name();
    event.cameo = kind.cameo();
    deriveDate(event, mentions);
    event.certainty = strongest(mentions.stream().map(m -> Certainty.valueOf(m.certainty)).toList()).name();
    Map<UUID, Long> places = mentions.stream().filter(m -> m.locationEntityId != null)
        .collect(Collectors.groupingBy(m -> m.locationEntityId, LinkedHashMap::new, Collectors.counting()));
    Optional<UUID> place = places.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    event.locationEntityId = place.orElse(null);
    event.locationName = place.flatMap(p -> mentions.stream().filter(m -> p.equals(m.locationEntityId)).findFirst())
        .map(m -> m.locationName).orElse(null);
    event.sourceCount = mentions.size();
    event.articleCount = (int) mentions.stream().map(m -> m.articleId).distinct().count();
    event.summary = summary(event, kind, mentions);
    event.updatedAt = Instant.now();
  }

  /** The kind most reports give; an attack rather than the explosion it caused. */
  private static EventKind mainKind(List<EventMention> mentions) {
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
  private static void deriveDate(Event event, List<EventMention> mentions) {
    List<EventMention> affirming = mentions.stream().filter(m -> !Certainty.DENIED.name().equals(m.certainty))
        .toList();
    List<EventMention> pool = affirming.isEmpty() ? mentions : affirming;
    Optional<EventMention> known = pool.stream().filter(m -> m.dateStart != null)
        .min(Comparator.comparingLong((EventMention m) -> m.dateEnd.toEpochDay() - m.dateStart.toEpochDay())
            .thenComparing(m -> m.dateStart));
    Optional<EventMention> chosen = known.or(() -> pool.stream().filter(m -> m.dateValue != null).findFirst());
    if (chosen.isEmpty()) {
      event.dateValue = null;
      event.dateStart = null;
      event.dateEnd = null;
      event.dateGranularity = "NONE";
      event.dateOrigin = "NONE";
      return;
    }
    EventMention m = chosen.get();
    event.dateValue = m.dateStart != null && "DAY".equals(m.dateGranularity) ? m.dateStart.toString() : m.dateValue;
    event.dateStart = m.dateStart;
    event.dateEnd = m.dateEnd;
    event.dateGranularity = m.dateGranularity;
    event.dateOrigin = m.dateOrigin;
  }

  /** The strongest claim among the reports; denied only when every report denies it. */
  public static Certainty strongest(List<Certainty> certainties) {
    return certainties.stream().filter(c -> c != Certainty.DENIED).min(Comparator.naturalOrder())
        .orElse(Certainty.DENIED);
  }

  private static String summary(Event event, EventKind kind, List<EventMention> mentions) {
    List<EventParticipant> participants = EventParticipant.list("eventId", event.id);
    Map<String, Long> phrases = mentions.stream().filter(m -> EventKind.valueOf(m.kind) == kind)
        .collect(Collectors.groupingBy(m -> m.triggerText.toLowerCase(java.util.Locale.ROOT), Collectors.counting()));
    String phrase = phrases.entrySet().stream()
        .max(Map.Entry.<String, Long>comparingByValue().thenComparing(e -> e.getKey().length()))
        .map(Map.Entry::getKey).orElse(null);
    return EventSummary.of(kind, phrase, namesIn(participants, Role.ACTOR), namesIn(participants, Role.TARGET),
        event.locationName);
  }

  /** The names in a role, most often named first, marked "(alleged)" or "(denied)" when no report asserts them. */
  private static List<String> namesIn(List<EventParticipant> participants, Role role) {
    Map<UUID, List<EventParticipant>> byEntity = participants.stream().filter(p -> p.role.equals(role.name()))
        .collect(Collectors.groupingBy(p -> p.entityId, LinkedHashMap::new, Collectors.toList()));
    return byEntity.values().stream()
        .sorted(Comparator.comparingInt((List<EventParticipant> rows) -> -rows.size()))
        .limit(4)
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

  /**
   * Puts related events in one story: a speech act with the event it is about, events an article
   * reports together about the same participants, and events within a week at one place.
   */
  @SuppressWarnings("unchecked")
  private void group(Set<UUID> touched) {
    for (UUID id : touched) {
      Event event = Event.findById(id);
      if (event == null) {
        continue;
      }
      Set<UUID> linked = new HashSet<>(em.createNativeQuery("""
          SELECT DISTINCT other.event_id FROM event_mention mine
            JOIN event_mention other ON other.event_id <> mine.event_id
             AND (other.about_event_id = mine.event_id OR mine.about_event_id = other.event_id)
          WHERE mine.event_id = ?1
          UNION
          SELECT DISTINCT op.event_id FROM event_participant mp
            JOIN event_participant op ON op.entity_id = mp.entity_id AND op.event_id <> mp.event_id
            JOIN event_mention mm ON mm.id = mp.mention_id
            JOIN event_mention om ON om.id = op.mention_id AND om.article_id = mm.article_id
          WHERE mp.event_id = ?1 AND mp.entity_type <> 'COUNTRY'
          """, UUID.class).setParameter(1, id).getResultList());
      if (event.dateStart != null && event.locationEntityId != null) {
        linked.addAll(em.createQuery("select e.id from Event e where e.locationEntityId = ?1 and e.id <> ?2"
                + " and e.dateStart between ?3 and ?4")
            .setParameter(1, event.locationEntityId).setParameter(2, id)
            .setParameter(3, event.dateStart.minusDays(STORY_DAYS)).setParameter(4, event.dateStart.plusDays(STORY_DAYS))
            .getResultList());
      }
      Set<UUID> stories = new LinkedHashSet<>();
      if (event.storyId != null) {
        stories.add(event.storyId);
      }
      for (UUID other : linked) {
        Event e = Event.findById(other);
        if (e != null && e.storyId != null) {
          stories.add(e.storyId);
        }
      }
      UUID story = stories.stream().map(s -> (Story) Story.findById(s)).filter(s -> s != null)
          .min(Comparator.comparing((Story s) -> s.createdAt)).map(s -> s.id).orElseGet(this::newStory);
      event.storyId = story;
      for (UUID other : linked) {
        Event e = Event.findById(other);
        if (e != null) {
          e.storyId = story;
        }
      }
      if (!stories.isEmpty()) {
        em.flush();
        em.createQuery("update Event e set e.storyId = ?1 where e.storyId in ?2")
            .setParameter(1, story).setParameter(2, stories).executeUpdate();
      }
    }
    em.flush();
    em.createNativeQuery("DELETE FROM story s WHERE NOT EXISTS (SELECT 1 FROM event e WHERE e.story_id = s.id)")
        .executeUpdate();
    retitle();
  }

  private UUID newStory() {
    Story story = new Story();
    story.id = UUID.randomUUID();
    story.title = "";
    story.createdAt = Instant.now();
    story.updatedAt = story.createdAt;
    story.persist();
    return story.id;
  }

  /** A story is named after its best-reported event. */
  private void retitle() {
    em.createNativeQuery("""
        UPDATE story s SET title = best.summary, updated_at = now()
        FROM (SELECT DISTINCT ON (story_id) story_id, summary FROM event WHERE story_id IS NOT NULL
              ORDER BY story_id, source_count DESC, created_at) best
        WHERE best.story_id = s.id AND s.title IS DISTINCT FROM best.summary
        """).executeUpdate();
  }
}
