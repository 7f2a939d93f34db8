package org.annals.timeline.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** An entity taking part in an event according to one mention, in a role, with that mention's certainty. */
@Entity
@Table(name = "event_participant")
public class EventParticipant extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "mention_id", nullable = false)
  public Long mentionId;

  @Column(name = "event_id", nullable = false)
  public UUID eventId;

  @Column(name = "entity_id", nullable = false)
  public UUID entityId;

  @Column(name = "entity_name", nullable = false)
  public String entityName;

  @Column(name = "entity_type")
  public String entityType;

  @Column(name = "entity_within")
  public String entityWithin;

  @Column(nullable = false)
  public String role;

  @Column(nullable = false)
  public String certainty;
}
