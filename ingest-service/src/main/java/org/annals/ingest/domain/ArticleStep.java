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

/** One pipeline step of one article: its status, attempts and last error. */
@Entity
@Table(name = "article_step")
public class ArticleStep extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "article_id", nullable = false)
  public UUID articleId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public PipelineStep step;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public StepStatus status;

  @Column(nullable = false)
  public int attempts;

  @Column(name = "last_error")
  public String lastError;

  /** A short summary of what the step produced, such as "14 mentions". */
  public String result;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
