package org.annals.timeline.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.annals.timeline.event.EntityMention;
import org.annals.timeline.event.EventMatcher;

/** A resolved entity mention of an article, as entity-service gave it: kept to read the article again. */
@Entity
@Table(name = "article_mention")
public class ArticleMention extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "article_id", nullable = false)
  public UUID articleId;

  @Column(name = "start_offset", nullable = false)
  public int start;

  @Column(name = "end_offset", nullable = false)
  public int end;

  @Column(nullable = false)
  public String text;

  @Column(name = "entity_id", nullable = false)
  public UUID entityId;

  @Column(name = "entity_name", nullable = false)
  public String entityName;

  @Column(name = "entity_type", nullable = false)
  public String entityType;

  @Column(name = "entity_kind")
  public String entityKind;

  /** The containing entities, nearest first, comma-separated as elsewhere in this schema. */
  @Column(name = "entity_within", nullable = false)
  public String entityWithin;

  static ArticleMention of(UUID articleId, EntityMention mention) {
    ArticleMention row = new ArticleMention();
    row.articleId = articleId;
    row.start = mention.start();
    row.end = mention.end();
    row.text = mention.text();
    row.entityId = mention.entityId();
    row.entityName = mention.entityName();
    row.entityType = mention.entityType();
    row.entityKind = mention.entityKind();
    row.entityWithin = EventMatcher.stored(mention.within());
    return row;
  }

  /** The entities each article names anywhere, in one query. */
  static Map<UUID, Set<UUID>> entitiesByArticle(Collection<UUID> articleIds) {
    Map<UUID, Set<UUID>> named = new HashMap<>();
    if (articleIds.isEmpty()) {
      return named;
    }
    getEntityManager().createQuery("select distinct m.articleId, m.entityId from ArticleMention m"
            + " where m.articleId in ?1", Object[].class).setParameter(1, articleIds).getResultList()
        .forEach(row -> named.computeIfAbsent((UUID) row[0], a -> new HashSet<>()).add((UUID) row[1]));
    return named;
  }

  EntityMention mention() {
    return new EntityMention(start, end, text, entityId, entityName, entityType, entityKind,
        EventMatcher.ids(entityWithin));
  }
}
