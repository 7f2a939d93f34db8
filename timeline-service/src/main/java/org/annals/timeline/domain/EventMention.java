package org.annals.timeline.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** Evidence of an event in one article: where it is said, how surely, by whom, and what it dates. */
@Entity
@Table(name = "event_mention")
public class EventMention extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "event_id", nullable = false)
  public UUID eventId;

  @Column(name = "article_id", nullable = false)
  public UUID articleId;

  @Column(nullable = false)
  public String kind;

  @Column(name = "trigger_start", nullable = false)
  public int triggerStart;

  @Column(name = "trigger_end", nullable = false)
  public int triggerEnd;

  @Column(name = "trigger_text", nullable = false)
  public String triggerText;

  @Column(name = "sentence_start", nullable = false)
  public int sentenceStart;

  @Column(name = "sentence_end", nullable = false)
  public int sentenceEnd;

  @Column(nullable = false)
  public String sentence;

  @Column(nullable = false)
  public String certainty;

  @Column(name = "claimant_entity_id")
  public UUID claimantEntityId;

  @Column(name = "claimant_name")
  public String claimantName;

  public String outlet;

  @Column(name = "date_text")
  public String dateText;

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

  @Column(name = "location_entity_id")
  public UUID locationEntityId;

  @Column(name = "location_name")
  public String locationName;

  @Column(name = "location_within")
  public String locationWithin;

  /** For a speech act: the event its words are about. */
  @Column(name = "about_event_id")
  public UUID aboutEventId;

  /** The events an article gives evidence for. */
  public static Set<UUID> eventsOf(UUID articleId) {
    return new LinkedHashSet<>(getEntityManager()
        .createQuery("select distinct m.eventId from EventMention m where m.articleId = ?1", UUID.class)
        .setParameter(1, articleId).getResultList());
  }
}
