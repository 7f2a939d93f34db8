package org.annals.ingest.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An outbox row: work for the dispatcher, written in the same transaction as the article change. */
@Entity
@Table(name = "pipeline_task")
public class PipelineTask extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "article_id", nullable = false)
  public UUID articleId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public TaskKind kind;

  /** The X-Request-Id of the request that caused the task, passed on to the downstream calls. */
  @Column(name = "request_id")
  public String requestId;

  /** Every try, including those that found a downstream service unavailable. */
  @Column(nullable = false)
  public int tries;

  /** Tries that failed on the article itself; the article is FAILED when they reach the limit. */
  @Column(nullable = false)
  public int failures;

  @Column(name = "next_attempt_at", nullable = false)
  public Instant nextAttemptAt;

  @Column(name = "lease_until")
  public Instant leaseUntil;

  @Column(name = "last_error")
  public String lastError;

  /** entity-service's answer (an EntityAnalysis), kept so a retry of the timeline step does not redo the entity step. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "entity_analysis")
  public String entityAnalysis;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
