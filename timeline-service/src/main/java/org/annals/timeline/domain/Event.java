package org.annals.timeline.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One real-world event. Everything but the id is derived from its evidence ({@link EventMention}) and
 * recomputed whenever that changes; an event without evidence is deleted.
 */
@Entity
@Table(name = "event")
public class Event extends PanacheEntityBase {

  @Id
  public UUID id;

  /** Moves with every update: a writer that read an older one lost a race and writes again ({@link WriteLocks}). */
  @Version
  public long version;

  @Column(nullable = false)
  public String kind;

  public String cameo;

  @Column(nullable = false)
  public String summary;

  @Column(name = "date_value")
  public String dateValue;

  @Column(name = "date_start")
  public LocalDate dateStart;

  @Column(name = "date_end")
  public LocalDate dateEnd;

  @Column(name = "date_granularity", nullable = false)
  public String dateGranularity;

  @Column(name = "date_origin", nullable = false)
  public String dateOrigin;

  @Column(nullable = false)
  public String certainty;

  @Column(name = "location_entity_id")
  public UUID locationEntityId;

  @Column(name = "location_name")
  public String locationName;

  @Column(name = "story_id")
  public UUID storyId;

  @Column(name = "source_count", nullable = false)
  public int sourceCount;

  @Column(name = "article_count", nullable = false)
  public int articleCount;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
