package org.annals.ingest.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.ingest.domain.Article;

/** The article listing: filters, PostgreSQL full-text search and keyset pagination. */
@ApplicationScoped
public class ArticleSearch {

  private final EntityManager entityManager;

  public ArticleSearch(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** Up to {@code limit} articles after {@code after} (null: from the newest). */
  @SuppressWarnings("unchecked")
  public List<Article> search(ArticleFilter filter, ListCursor after, int limit) {
    List<String> where = new ArrayList<>();
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (filter.source() != null) {
      where.add("lower(source) = lower(:source)");
      parameters.put("source", filter.source());
    }
    if (filter.publishedFrom() != null) {
      where.add("published_date >= :publishedFrom");
      parameters.put("publishedFrom", filter.publishedFrom());
    }
    if (filter.publishedTo() != null) {
      where.add("published_date <= :publishedTo");
      parameters.put("publishedTo", filter.publishedTo());
    }
    if (filter.status() != null) {
      where.add("status = :status");
      parameters.put("status", filter.status().name());
    }
    if (filter.language() != null) {
      where.add("language = :language");
      parameters.put("language", filter.language());
    }
    if (filter.query() != null) {
      where.add("search_vector @@ websearch_to_tsquery('english'::regconfig, :query)");
      parameters.put("query", filter.query());
    }
    if (after != null) {
      where.add("(ingested_at, id) < (:afterTime, :afterId)");
      parameters.put("afterTime", after.ingestedAt());
      parameters.put("afterId", after.id());
    }
    String sql = "SELECT * FROM article" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
        + " ORDER BY ingested_at DESC, id DESC LIMIT :limit";
    Query query = entityManager.createNativeQuery(sql, Article.class);
    parameters.forEach(query::setParameter);
    query.setParameter("limit", limit);
    return query.getResultList();
  }
}
