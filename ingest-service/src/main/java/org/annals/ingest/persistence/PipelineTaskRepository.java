package org.annals.ingest.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.annals.ingest.domain.PipelineTask;
import org.annals.ingest.domain.TaskKind;

@ApplicationScoped
public class PipelineTaskRepository implements PanacheRepository<PipelineTask> {

  public PipelineTask enqueue(UUID articleId, TaskKind kind, String requestId, Instant now) {
    PipelineTask task = new PipelineTask();
    task.articleId = articleId;
    task.kind = kind;
    task.requestId = requestId;
    task.nextAttemptAt = now;
    task.createdAt = now;
    persist(task);
    return task;
  }

  /**
   * Claims due tasks for this dispatcher: a lease instead of a long transaction, so a replica that dies
   * mid-call only delays its tasks until the lease runs out. {@code SKIP LOCKED} lets replicas claim
   * side by side, and a task waits while an older task of the same article is unfinished, so the
   * analysis and the deletion of one article never overtake each other.
   */
  @SuppressWarnings("unchecked")
  public List<Long> claim(int limit, Duration lease) {
    // Materialised: as an IN (...) subquery the planner may run it again per row and claim past the limit.
    return getEntityManager().createNativeQuery("""
            WITH due AS MATERIALIZED (
              SELECT t.id FROM pipeline_task t
              WHERE t.next_attempt_at <= now() AND (t.lease_until IS NULL OR t.lease_until < now())
                AND NOT EXISTS (SELECT 1 FROM pipeline_task older
                                WHERE older.article_id = t.article_id AND older.id < t.id)
              ORDER BY t.next_attempt_at, t.id
              LIMIT ?2
              FOR UPDATE SKIP LOCKED)
            UPDATE pipeline_task SET lease_until = now() + make_interval(secs => ?1), tries = tries + 1
            FROM due WHERE pipeline_task.id = due.id
            RETURNING pipeline_task.id""", Long.class)
        .setParameter(1, (double) lease.toSeconds())
        .setParameter(2, limit)
        .getResultList();
  }

  /** Drops an article's analysis tasks that no dispatcher holds; one in flight finishes first. */
  public long removeIdleAnalyses(UUID articleId) {
    return delete("articleId = ?1 and kind = ?2 and (leaseUntil is null or leaseUntil < ?3)",
        articleId, TaskKind.ANALYZE, Instant.now());
  }

  public long countFor(UUID articleId) {
    return count("articleId", articleId);
  }
}
