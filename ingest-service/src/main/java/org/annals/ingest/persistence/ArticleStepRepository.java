package org.annals.ingest.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.annals.ingest.domain.ArticleStep;
import org.annals.ingest.domain.PipelineStep;

@ApplicationScoped
public class ArticleStepRepository implements PanacheRepository<ArticleStep> {

  public List<ArticleStep> forArticle(UUID articleId) {
    return list("articleId = ?1 order by step", articleId);
  }

  public ArticleStep find(UUID articleId, PipelineStep step) {
    return find("articleId = ?1 and step = ?2", articleId, step).firstResult();
  }
}
