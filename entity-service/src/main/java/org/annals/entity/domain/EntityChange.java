package org.annals.entity.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The audit trail of administrative changes to entities. */
@Entity
@Table(name = "entity_change")
public class EntityChange extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "entity_id", nullable = false)
  public UUID entityId;

  @Column(nullable = false)
  public String action;

  @Column(nullable = false)
  public String detail;

  @Column(nullable = false)
  public String actor;

  @Column(name = "changed_at", nullable = false)
  public Instant changedAt;
}
