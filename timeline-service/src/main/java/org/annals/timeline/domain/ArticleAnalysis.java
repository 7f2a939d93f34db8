package org.annals.timeline.domain;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.annals.common.problem.ProblemException;
import org.annals.timeline.time.Timex;
import org.annals.timeline.time.TimexExtractor;

/**
 * Analyses an article for timeline-service: extracts its time expressions (outside any transaction)
 * and replaces what was stored for it. Idempotent. Relative expressions are anchored only on a
 * publication date known to the day; an article dated to the month or not at all keeps them unanchored.
 */
@ApplicationScoped
public class ArticleAnalysis {

  private final TimexExtractor extractor;

  public ArticleAnalysis(TimexExtractor extractor) {
    this.extractor = extractor;
  }

  /** What the analysis found; events come with event extraction. */
  public record Result(int timexes, int events) {}

  public Result analyse(UUID articleId, String text, String title, String source, LocalDate publishedAt,
      String granularity) {
    if (text == null || text.isBlank()) {
      throw ProblemException.invalidField("text", "required: the article's stored text");
    }
    String precision = granularity == null ? "NONE" : granularity;
    if (!List.of("DAY", "MONTH", "NONE").contains(precision)) {
      throw ProblemException.invalidField("publishedGranularity", "must be DAY, MONTH or NONE");
    }
    if (!precision.equals("NONE") && publishedAt == null) {
      throw ProblemException.invalidField("publishedAt", "required when publishedGranularity is " + precision);
    }
    List<Timex> timexes = extractor.extract(text, precision.equals("DAY") ? publishedAt : null);
    QuarkusTransaction.requiringNew().run(() -> {
      StoredTimex.delete("articleId", articleId);
      KnownArticle article = KnownArticle.findById(articleId);
      if (article == null) {
        article = new KnownArticle();
        article.id = articleId;
      }
      article.title = title;
      article.source = source;
      article.publishedDate = precision.equals("NONE") ? null : publishedAt;
      article.publishedGranularity = precision;
      article.analysedAt = Instant.now();
      article.persist();
      for (Timex timex : timexes) {
        StoredTimex row = new StoredTimex();
        row.articleId = articleId;
        row.start = timex.start();
        row.end = timex.end();
        row.text = timex.text();
        row.type = timex.type();
        row.value = timex.value();
        row.anchoring = timex.anchoring().name();
        row.persist();
      }
    });
    return new Result(timexes.size(), 0);
  }

  public void delete(UUID articleId) {
    QuarkusTransaction.requiringNew().run(() -> {
      StoredTimex.delete("articleId", articleId);
      KnownArticle.deleteById(articleId);
    });
  }

  public List<StoredTimex> timexesOf(UUID articleId) {
    if (KnownArticle.findById(articleId) == null) {
      throw ProblemException.notFound("analysed article", articleId);
    }
    return StoredTimex.list("articleId = ?1 order by start, id", articleId);
  }
}
