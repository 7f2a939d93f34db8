package org.annals.timeline.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An article as timeline-service knows it: its date as ingest-service established it. */
@Entity
@Table(name = "article")
public class KnownArticle extends PanacheEntityBase {

  @Id
  public UUID id;

  public String title;

  public String source;

  @Column(name = "published_date")
  public LocalDate publishedDate;

  @Column(name = "published_granularity", nullable = false)
  public String publishedGranularity;

  @Column(name = "analysed_at", nullable = false)
  public Instant analysedAt;

  /** The stored text every offset refers to. */
  public String text;

  /** For an article without its own date: the day one of its events placed it on. */
  @Column(name = "placed_date")
  public LocalDate placedDate;

  @Column(name = "placed_by_event")
  public UUID placedByEvent;

  /** The day relative expressions are anchored on: its own date when known to the day, else where it was placed. */
  public LocalDate anchorDate() {
    return "DAY".equals(publishedGranularity) ? publishedDate : placedDate;
  }
}
