package org.annals.entity.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.annals.common.api.Cursors;
import org.annals.common.problem.ProblemException;
import org.annals.entity.api.EntityViews;

/** Reads of entities, their mentions and their neighbours, with keyset pagination. */
@ApplicationScoped
public class EntityQueries {

  private static final List<String> TYPES = List.of("COUNTRY", "CITY", "STATE_OR_PROVINCE", "LOCATION",
      "ORGANIZATION", "PERSON");

  private final EntityManager entityManager;

  public EntityQueries(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  public CanonicalEntity get(UUID id) {
    CanonicalEntity entity = CanonicalEntity.findById(id);
    if (entity == null) {
      throw ProblemException.notFound("entity", id);
    }
    return entity;
  }

  /** Entities whose name or an alias starts with {@code name} (any case), by name. */
  @SuppressWarnings("unchecked")
  public EntityViews.Page search(String name, String type, int limit, String cursor) {
    List<String> where = new ArrayList<>(List.of("e.merged_into IS NULL"));
    if (type != null) {
      String wanted = type.strip().toUpperCase(Locale.ROOT);
      if (!TYPES.contains(wanted)) {
        throw ProblemException.invalidField("type", "must be one of " + TYPES);
      }
      where.add("e.type = :type");
    }
    if (name != null) {
      where.add("e.id IN (SELECT a.entity_id FROM entity_alias a WHERE a.normalized LIKE :name ESCAPE '\\')");
    }
    String[] after = cursor == null ? null : Cursors.decode(cursor, 2);
    if (after != null) {
      try {
        UUID.fromString(after[1]);
      } catch (IllegalArgumentException e) {
        throw Cursors.invalid();
      }
    }
    if (after != null) {
      where.add("(lower(e.name), e.id) > (:afterName, CAST(:afterId AS uuid))");
    }
    Query query = entityManager.createNativeQuery("SELECT e.id, e.name, e.type, e.kind, e.wikidata,"
        + " (SELECT count(*) FROM mention m WHERE m.entity_id = e.id) FROM entity e WHERE "
        + String.join(" AND ", where) + " ORDER BY lower(e.name), e.id LIMIT :limit");
    if (type != null) {
      query.setParameter("type", type.strip().toUpperCase(Locale.ROOT));
    }
    if (name != null) {
      query.setParameter("name", EntityAlias.normalize(name).replace("\\", "\\\\").replace("%", "\\%")
          .replace("_", "\\_") + "%");
    }
    if (after != null) {
      query.setParameter("afterName", after[0]);
      query.setParameter("afterId", after[1]);
    }
    query.setParameter("limit", limit + 1);
    List<Object[]> rows = query.getResultList();
    List<EntityViews.Summary> items = new ArrayList<>();
    for (int i = 0; i < Math.min(limit, rows.size()); i++) {
      Object[] r = rows.get(i);
      items.add(new EntityViews.Summary((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
          ((Number) r[5]).longValue()));
    }
    String next = rows.size() > limit
        ? Cursors.encode(items.get(limit - 1).name().toLowerCase(Locale.ROOT), items.get(limit - 1).id()) : null;
    return new EntityViews.Page(items, next);
  }

  @SuppressWarnings("unchecked")
  public EntityViews.Detail detail(CanonicalEntity entity) {
    List<Object[]> aliases = entityManager.createNativeQuery("""
        SELECT a.alias, a.kind, (SELECT count(*) FROM mention m WHERE m.entity_id = a.entity_id
                                 AND lower(m.text) = lower(a.alias))
        FROM entity_alias a WHERE a.entity_id = ?1 AND a.kind <> 'ROLE' ORDER BY a.kind, a.alias""")
        .setParameter(1, entity.id).getResultList();
    List<String> roles = entityManager.createNativeQuery("""
        SELECT role FROM (SELECT role, count(*) AS c FROM mention WHERE entity_id = ?1 AND role IS NOT NULL
                          GROUP BY role
                          UNION ALL SELECT alias, 0 FROM entity_alias WHERE entity_id = ?1 AND kind = 'ROLE') r
        GROUP BY role ORDER BY max(c) DESC, role""").setParameter(1, entity.id).getResultList();
    Object[] counts = (Object[]) entityManager.createNativeQuery("""
        SELECT count(DISTINCT m.article_id), count(*), min(a.analysed_at), max(a.analysed_at)
        FROM mention m JOIN analysed_article a ON a.id = m.article_id WHERE m.entity_id = ?1""")
        .setParameter(1, entity.id).getSingleResult();
    return new EntityViews.Detail(entity.id, entity.name, entity.type, entity.kind, entity.wikidata, entity.iso,
        reference(entity.partOf), reference(entity.mergedInto), entity.origin,
        aliases.stream().map(r -> new EntityViews.AliasCount((String) r[0], (String) r[1],
            ((Number) r[2]).longValue())).toList(),
        roles, ((Number) counts[0]).longValue(), ((Number) counts[1]).longValue(), instant(counts[2]),
        instant(counts[3]));
  }

  public EntityViews.MentionPage mentions(UUID entityId, int limit, String cursor) {
    long after = 0;
    if (cursor != null) {
      try {
        after = Long.parseLong(Cursors.decode(cursor, 1)[0]);
      } catch (NumberFormatException e) {
        throw Cursors.invalid();
      }
    }
    List<Mention> rows = Mention.find("entityId = ?1 and id > ?2 order by id", entityId, after).page(0, limit + 1)
        .list();
    List<EntityViews.MentionView> items = rows.stream().limit(limit).map(m -> new EntityViews.MentionView(
        m.articleId, m.text, m.start, m.end, m.sentence, m.resolution, m.confidence, m.role)).toList();
    String next = rows.size() > limit ? Cursors.encode(rows.get(limit - 1).id) : null;
    return new EntityViews.MentionPage(items, next);
  }

  /** The entity's administrative history, oldest first. */
  public List<EntityViews.Change> changes(UUID entityId) {
    return EntityChange.<EntityChange>list("entityId = ?1 order by changedAt, id", entityId).stream()
        .map(c -> new EntityViews.Change(c.action, c.detail, c.actor, c.changedAt)).toList();
  }

  @SuppressWarnings("unchecked")
  public List<EntityViews.Related> related(UUID entityId, int limit) {
    List<Object[]> rows = entityManager.createNativeQuery("""
        SELECT e.id, e.name, e.type, count(DISTINCT other.article_id) AS articles
        FROM mention mine JOIN mention other ON other.article_id = mine.article_id AND other.entity_id <> mine.entity_id
        JOIN entity e ON e.id = other.entity_id
        WHERE mine.entity_id = ?1
        GROUP BY e.id, e.name, e.type ORDER BY articles DESC, e.name LIMIT ?2""")
        .setParameter(1, entityId).setParameter(2, limit).getResultList();
    return rows.stream().map(r -> new EntityViews.Related((UUID) r[0], (String) r[1], (String) r[2],
        ((Number) r[3]).longValue())).toList();
  }

  private EntityViews.Reference reference(UUID id) {
    if (id == null) {
      return null;
    }
    CanonicalEntity other = CanonicalEntity.findById(id);
    return other == null ? null : new EntityViews.Reference(other.id, other.name, other.type);
  }

  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof java.time.OffsetDateTime dateTime) {
      return dateTime.toInstant();
    }
    return null;
  }
}
