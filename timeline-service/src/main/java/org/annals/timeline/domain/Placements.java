package org.annals.timeline.domain;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.annals.timeline.config.TimelineConfig;
import org.jboss.logging.Logger;

/**
 * The queue of undated articles an event now dates. An analysis queues them in the transaction that
 * stored its events; a worker on any replica claims one at a time (a lease, so a replica that dies
 * mid-way leaves it to another) and reads it again from its stored annotation against that day.
 * Idempotent: an article placed already, gone, or queued twice is placed at most once.
 */
@ApplicationScoped
public class Placements {

  private static final Logger LOG = Logger.getLogger(Placements.class);

  private final EntityManager em;
  private final Instance<ArticleAnalysis> analysis;
  private final TimelineConfig config;

  /** {@code analysis} is looked up when used: it queues here, and this places through it. */
  public Placements(EntityManager em, Instance<ArticleAnalysis> analysis, TimelineConfig config) {
    this.em = em;
    this.analysis = analysis;
    this.config = config;
  }

  /** Queues the placements; call inside the transaction that made them due. */
  void queue(List<EventStore.PlacementDue> due) {
    for (EventStore.PlacementDue next : due) {
      em.createNativeQuery("INSERT INTO placement_task (article_id, placed_date, placed_by_event, created_at)"
              + " VALUES (?1, ?2, ?3, now()) ON CONFLICT (article_id) DO NOTHING")
          .setParameter(1, next.articleId()).setParameter(2, next.placedDate()).setParameter(3, next.byEvent())
          .executeUpdate();
    }
  }

  @Scheduled(every = "${annals.timeline.placements.every}", delayed = "${annals.timeline.placements.every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void drain() {
    for (Optional<PlacementTask> task = claim(); task.isPresent(); task = claim()) {
      PlacementTask next = task.get();
      try {
        if (analysis.get().place(next.articleId, next.placedDate, next.placedByEvent)) {
          LOG.infof("article %s placed on %s by event %s", next.articleId, next.placedDate, next.placedByEvent);
        }
        QuarkusTransaction.requiringNew().run(() -> PlacementTask.deleteById(next.articleId));
      } catch (RuntimeException e) {
        // The lease runs out and the placement is tried again, here or on another replica.
        LOG.errorf(e, "placing article %s failed", next.articleId);
        return;
      }
    }
  }

  /** The oldest placement no replica holds, leased to this one. */
  private Optional<PlacementTask> claim() {
    Duration lease = config.placements().lease();
    return QuarkusTransaction.requiringNew().call(() -> {
      List<?> claimed = em.createNativeQuery("""
          UPDATE placement_task SET lease_until = ?1
          WHERE article_id = (SELECT article_id FROM placement_task
                              WHERE lease_until IS NULL OR lease_until < now()
                              ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
          RETURNING article_id""", UUID.class)
          .setParameter(1, Instant.now().plus(lease)).getResultList();
      return claimed.stream().findFirst().map(id -> (PlacementTask) PlacementTask.findById(id));
    });
  }
}
