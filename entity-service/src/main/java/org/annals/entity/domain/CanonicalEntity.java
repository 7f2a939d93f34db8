package org.annals.entity.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A canonical entity (Iran, Mossad, Patrick Ryder): from the knowledge base, or discovered in articles. */
@Entity
@Table(name = "entity")
public class CanonicalEntity extends PanacheEntityBase {

  @Id
  public UUID id;

  @Column(name = "kb_id")
  public String kbId;

  @Column(nullable = false)
  public String name;

  @Column(nullable = false)
  public String type;

  public String kind;

  public String wikidata;

  public String iso;

  @Column(name = "part_of")
  public UUID partOf;

  @Column(nullable = false)
  public boolean matchable;

  /** Set when an admin merged this entity into another: the survivor. */
  @Column(name = "merged_into")
  public UUID mergedInto;

  @Column(nullable = false)
  public String origin;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
