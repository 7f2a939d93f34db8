package org.annals.entity.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An article whose mentions are stored here; deleting it deletes them. */
@Entity
@Table(name = "analysed_article")
public class AnalysedArticle extends PanacheEntityBase {

  @Id
  public UUID id;

  public String language;

  @Column(name = "mention_count", nullable = false)
  public int mentionCount;

  @Column(name = "analysed_at", nullable = false)
  public Instant analysedAt;
}
