package org.annals.timeline.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.annals.timeline.event.EntityMention;

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

  /** Kept to analyse the article again once it is placed in time. */
  public String text;

  /** The resolved mentions entity-service gave, as JSON, for the same reason. */
  public String mentions;

  /** For an article without its own date: the day one of its events placed it on. */
  @Column(name = "placed_date")
  public LocalDate placedDate;

  @Column(name = "placed_by_event")
  public UUID placedByEvent;

  /** The day relative expressions are anchored on: its own date when known to the day, else where it was placed. */
  public LocalDate anchorDate() {
    return "DAY".equals(publishedGranularity) ? publishedDate : placedDate;
  }

  /**
   * The entities the article names, from the mentions kept, read as its analysis read them; none when
   * they cannot be read.
   */
  public Set<UUID> namedEntities(ObjectMapper json) {
    try {
      return EntityMention.entities(EntityMention.parse(json.readTree(mentions == null ? "[]" : mentions),
          text == null ? 0 : text.length()));
    } catch (JsonProcessingException e) {
      return Set.of();
    }
  }
}
