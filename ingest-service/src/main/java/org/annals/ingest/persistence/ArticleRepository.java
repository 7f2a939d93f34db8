package org.annals.ingest.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.annals.ingest.domain.Article;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, UUID> {

  public Optional<Article> findByContentHash(String contentHash) {
    return find("contentHash", contentHash).firstResultOptional();
  }

  public Optional<Article> findForUpdate(UUID id) {
    return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
  }

  /**
   * Serialises concurrent submissions of the same text until the transaction ends, so two identical
   * posts arriving together store one article, not two.
   */
  public void lockContentHash(String contentHash) {
    long key = ByteBuffer.wrap(HexFormat.of().parseHex(contentHash.substring(0, 16))).getLong();
    getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, key).getSingleResult();
  }

  /** Stores the LSH band keys of an article's MinHash signature. */
  public void saveBands(UUID articleId, long[] keys) {
    for (int band = 0; band < keys.length; band++) {
      getEntityManager().createNativeQuery("INSERT INTO article_band (article_id, band, band_key) VALUES (?1, ?2, ?3)")
          .setParameter(1, articleId).setParameter(2, (short) band).setParameter(3, keys[band]).executeUpdate();
    }
  }

  /** Articles sharing at least one band key with the given ones, most shared bands first. */
  @SuppressWarnings("unchecked")
  public List<UUID> bandCandidates(long[] keys, int limit) {
    if (keys.length == 0) {
      return List.of();
    }
    StringBuilder pairs = new StringBuilder();
    for (int band = 0; band < keys.length; band++) {
      if (band > 0) {
        pairs.append(',');
      }
      // Values are numbers computed here, never client input.
      pairs.append('(').append(band).append(',').append(keys[band]).append(')');
    }
    return getEntityManager().createNativeQuery(
            "SELECT article_id FROM article_band WHERE (band, band_key) IN (" + pairs + ")"
                + " GROUP BY article_id ORDER BY count(*) DESC LIMIT " + limit, UUID.class)
        .getResultList();
  }
}
