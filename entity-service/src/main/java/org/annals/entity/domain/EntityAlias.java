package org.annals.entity.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.annals.entity.kb.KnowledgeBase;

/** A name an entity goes by. */
@Entity
@Table(name = "entity_alias")
public class EntityAlias extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "entity_id", nullable = false)
  public UUID entityId;

  @Column(nullable = false)
  public String alias;

  @Column(nullable = false)
  public String normalized;

  /** NAME, ALIAS, DEMONYM, DESCRIPTOR or ROLE. */
  @Column(nullable = false)
  public String kind;

  /** KB, ADMIN or OBSERVED. */
  @Column(nullable = false)
  public String origin;

  public static EntityAlias of(UUID entityId, String alias, String kind, String origin) {
    EntityAlias row = new EntityAlias();
    row.entityId = entityId;
    row.alias = alias;
    row.normalized = normalize(alias);
    row.kind = kind;
    row.origin = origin;
    return row;
  }

  /** The same folding as the knowledge base's index, so stored and shipped names compare alike. */
  public static String normalize(String name) {
    return KnowledgeBase.key(name);
  }
}
