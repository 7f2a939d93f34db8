package org.annals.timeline.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Puts related events in one story: a speech act with the event it is about, events an article
 * reports together about the same participants, and events within a week at one place. Only the
 * stories the events touched are cleaned up and retitled, so that writers of other events do not
 * contend for every story.
 */
@ApplicationScoped
public class StoryGrouping {

  private static final int STORY_DAYS = 7;

  private final EntityManager em;

  public StoryGrouping(EntityManager em) {
    this.em = em;
  }

  /** The stories the events are in now. */
  public Set<UUID> storiesOf(Collection<UUID> events) {
    if (events.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(em.createQuery("select distinct e.storyId from Event e where e.id in ?1"
        + " and e.storyId is not null", UUID.class).setParameter(1, events).getResultList());
  }

  /**
   * Groups the touched events with the events they are linked to; {@code former} are the stories they
   * were in before their evidence changed, which may have lost events.
   */
  public void group(Set<UUID> touched, Set<UUID> former) {
    Set<UUID> affected = new HashSet<>(former);
    for (UUID id : touched) {
      Event event = Event.findById(id);
      if (event == null) {
        continue;
      }
      List<Event> linked = linked(event);
      Set<UUID> stories = StoryMerge.merged(event, linked);
      Map<UUID, Story> known = stories.isEmpty() ? Map.of()
          : Story.<Story>list("id in ?1", stories).stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
      UUID story = StoryMerge.survivor(stories.stream().map(known::get).filter(Objects::nonNull).toList())
          .map(s -> s.id).orElseGet(this::newStory);
      event.storyId = story;
      linked.forEach(e -> e.storyId = story);
      if (!stories.isEmpty()) {
        em.flush();
        em.createQuery("update Event e set e.storyId = ?1 where e.storyId in ?2")
            .setParameter(1, story).setParameter(2, stories).executeUpdate();
      }
      affected.addAll(stories);
      affected.add(story);
    }
    em.flush();
    if (!affected.isEmpty()) {
      em.createNativeQuery("DELETE FROM story s WHERE s.id IN (?1)"
          + " AND NOT EXISTS (SELECT 1 FROM event e WHERE e.story_id = s.id)").setParameter(1, affected)
          .executeUpdate();
      retitle(affected);
    }
  }

  /** The events the event is linked to, in no particular order. */
  private List<Event> linked(Event event) {
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
        """, UUID.class).setParameter(1, event.id).getResultList());
    if (event.dateStart != null && event.locationEntityId != null) {
      linked.addAll(em.createQuery("select e.id from Event e where e.locationEntityId = ?1 and e.id <> ?2"
              + " and e.dateStart between ?3 and ?4", UUID.class)
          .setParameter(1, event.locationEntityId).setParameter(2, event.id)
          .setParameter(3, event.dateStart.minusDays(STORY_DAYS)).setParameter(4, event.dateStart.plusDays(STORY_DAYS))
          .getResultList());
    }
    return linked.isEmpty() ? List.of() : Event.list("id in ?1", linked);
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
  private void retitle(Set<UUID> stories) {
    em.createNativeQuery("""
        UPDATE story s SET title = best.summary, updated_at = now()
        FROM (SELECT DISTINCT ON (story_id) story_id, summary FROM event WHERE story_id IN (?1)
              ORDER BY story_id, source_count DESC, created_at) best
        WHERE best.story_id = s.id AND s.title IS DISTINCT FROM best.summary
        """).setParameter(1, stories).executeUpdate();
  }
}
