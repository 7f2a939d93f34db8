package org.annals.timeline.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An undated article an event now dates, waiting to be read again from that day ({@link Placements}). */
@Entity
@Table(name = "placement_task")
public class PlacementTask extends PanacheEntityBase {

  @Id
  @Column(name = "article_id")
  public UUID articleId;

  @Column(name = "placed_date", nullable = false)
  public LocalDate placedDate;

  @Column(name = "placed_by_event", nullable = false)
  public UUID placedByEvent;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  /** While set and in the future, one replica is placing the article. */
  @Column(name = "lease_until")
  public Instant leaseUntil;
}
