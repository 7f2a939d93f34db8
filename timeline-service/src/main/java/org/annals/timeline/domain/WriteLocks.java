package org.annals.timeline.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.annals.timeline.event.EntityMention;
import org.annals.timeline.event.FoundEvent;

/**
 * Serialises only the writes that could merge with each other. An article's mentions can join known
 * events that share an entity with them (or one those entities lie in) and, when they name nothing or
 * point back ("the attack"), events of what the article names or events known bare. So a write locks one
 * key per such entity, one for its article, and a shared key for bare and backward-pointing mentions:
 * two replicas analysing articles about different places and parties run at once; two articles about one
 * event wait for each other, and the second sees the first's event instead of starting its own.
 *
 * <p>Keys are PostgreSQL transaction-scoped advisory locks taken in ascending order, so that two writers
 * never wait on each other in a cycle. Updates of one event by writers holding different keys (an event
 * reached through different entities) are caught by the event's version ({@link Event#version}) and the
 * write is tried again ({@link ConflictRetry}).
 */
@ApplicationScoped
public class WriteLocks {

  private static final String BARE = "bare";

  private final EntityManager em;

  public WriteLocks(EntityManager em) {
    this.em = em;
  }

  /** Locks what writing the article's {@code found} events can touch; call first in the transaction. */
  void forArticle(UUID articleId, List<FoundEvent> found, List<EntityMention> mentions) {
    lock(keys(articleId, found, mentions));
  }

  /** Locks what removing the article's evidence can touch: its own events, reached through it. */
  void forArticle(UUID articleId) {
    lock(Set.of("article:" + articleId));
  }

  static Set<String> keys(UUID articleId, List<FoundEvent> found, List<EntityMention> mentions) {
    Set<String> keys = new TreeSet<>();
    keys.add("article:" + articleId);
    boolean bare = false;
    for (FoundEvent event : found) {
      for (FoundEvent.Participant p : event.participants()) {
        addEntity(keys, p.entity());
      }
      if (event.location() != null) {
        addEntity(keys, event.location());
      }
      bare |= event.anaphoric() || event.participants().isEmpty() && event.location() == null;
    }
    if (bare) {
      keys.add(BARE);
      mentions.forEach(m -> keys.add("entity:" + m.entityId()));
    }
    return keys;
  }

  private static void addEntity(Collection<String> keys, EntityMention entity) {
    keys.add("entity:" + entity.entityId());
    entity.within().forEach(container -> keys.add("entity:" + container));
  }

  private void lock(Set<String> keys) {
    TreeSet<Long> ids = new TreeSet<>();
    keys.forEach(key -> ids.add(UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).getMostSignificantBits()));
    for (long id : ids) {
      em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, id).getSingleResult();
    }
  }
}
