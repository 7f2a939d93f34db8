package org.annals.ingest.domain;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.annals.common.problem.ProblemException;
import org.annals.ingest.config.IngestConfig;
import org.annals.ingest.dedupe.Fingerprints;
import org.annals.ingest.persistence.ArticleRepository;
import org.annals.ingest.persistence.ArticleStepRepository;
import org.annals.ingest.persistence.PipelineTaskRepository;

/**
 * Stores, deletes and re-queues articles. Every change to an article and the outbox task that carries
 * it downstream are written in one transaction: nothing is stored without being sent, nor sent twice.
 */
@ApplicationScoped
public class ArticleService {

  private static final int NEAR_DUPLICATE_CANDIDATES = 20;

  private final ArticlePreparer preparer;
  private final ArticleRepository articles;
  private final ArticleStepRepository steps;
  private final PipelineTaskRepository tasks;
  private final IngestConfig config;
  private final Clock clock;
  private final MeterRegistry metrics;

  public ArticleService(ArticlePreparer preparer, ArticleRepository articles, ArticleStepRepository steps,
      PipelineTaskRepository tasks, IngestConfig config, Clock clock, MeterRegistry metrics) {
    this.preparer = preparer;
    this.articles = articles;
    this.steps = steps;
    this.tasks = tasks;
    this.config = config;
    this.clock = clock;
    this.metrics = metrics;
  }

  /** Checks and prepares outside any transaction (language detection is CPU work), then stores. */
  public Submission submit(ArticleInput input, String requestId) {
    return storeAll(List.of(preparer.prepare(input)), requestId).get(0);
  }

  /**
   * Stores checked drafts in one transaction, so that they are all stored or, when anything fails,
   * none is: an answer of "nothing was changed" is then true. A text repeated among them is stored once.
   */
  public List<Submission> storeAll(List<ArticleDraft> drafts, String requestId) {
    List<Submission> stored = QuarkusTransaction.requiringNew().call(() -> {
      // Locked in one order by every request, so that two batches sharing texts cannot deadlock.
      drafts.stream().map(ArticleDraft::contentHash).distinct().sorted().forEach(articles::lockContentHash);
      return drafts.stream().map(draft -> store(draft, requestId)).toList();
    });
    stored.forEach(submission -> metrics.counter("annals.articles.submitted", "outcome",
        !submission.created() ? "duplicate" : submission.nearDuplicateOf() != null ? "near_duplicate" : "new")
        .increment());
    return stored;
  }

  private Submission store(ArticleDraft draft, String requestId) {
    var existing = articles.findByContentHash(draft.contentHash());
    if (existing.isPresent()) {
      return new Submission(existing.get(), false, existing.get().id, null, null);
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    long[] bandKeys = Fingerprints.bandKeys(draft.minHash());
    UUID nearDuplicateOf = null;
    Double similarity = null;
    for (UUID candidate : articles.bandCandidates(bandKeys, NEAR_DUPLICATE_CANDIDATES)) {
      double estimate = Fingerprints.similarity(draft.minHash(),
          Fingerprints.fromBytes(articles.findById(candidate).minhash));
      if (estimate >= config.dedupe().nearDuplicateThreshold() && (similarity == null || estimate > similarity)) {
        nearDuplicateOf = candidate;
        similarity = estimate;
      }
    }

    Article article = new Article();
    article.id = UUID.randomUUID();
    article.submittedAs = draft.format();
    article.text = draft.text();
    article.title = draft.title();
    article.url = draft.url();
    article.source = draft.source();
    article.language = draft.language();
    article.languageOrigin = draft.languageOrigin();
    article.languageConfidence = draft.languageConfidence();
    article.wordCount = draft.wordCount();
    article.publishedDate = draft.publication().date();
    article.publishedInstant = draft.publication().instant();
    article.publishedGranularity = draft.publication().granularity();
    article.publishedOrigin = draft.publication().origin();
    article.contentHash = draft.contentHash();
    article.minhash = draft.minHash().length == 0 ? null : Fingerprints.toBytes(draft.minHash());
    article.nearDuplicateOf = nearDuplicateOf;
    article.nearDuplicateSimilarity = similarity;
    article.ingestedAt = now;
    article.updatedAt = now;
    boolean analysed = config.analysedLanguages().contains(draft.language());
    article.status = analysed ? ArticleStatus.PENDING : ArticleStatus.UNSUPPORTED_LANGUAGE;
    articles.persist(article);
    articles.saveBands(article.id, bandKeys);
    if (analysed) {
      for (PipelineStep step : PipelineStep.values()) {
        ArticleStep row = new ArticleStep();
        row.articleId = article.id;
        row.step = step;
        row.status = StepStatus.PENDING;
        row.updatedAt = now;
        steps.persist(row);
      }
      tasks.enqueue(article.id, TaskKind.ANALYZE, requestId, now);
    }
    return new Submission(article, true, null, nearDuplicateOf, similarity);
  }

  public Article get(UUID id) {
    return articles.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("article", id));
  }

  public List<ArticleStep> stepsOf(UUID id) {
    return steps.forArticle(id);
  }

  /** Deletes the article here at once, and downstream through the pipeline. */
  @Transactional
  public void delete(UUID id, String requestId) {
    Article article = articles.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("article", id));
    tasks.removeIdleAnalyses(id);
    articles.delete(article);
    tasks.enqueue(id, TaskKind.DELETE, requestId, clock.instant());
  }

  /** Sends the article through the pipeline again; its earlier analysis downstream is replaced. */
  @Transactional
  public Article reprocess(UUID id, String requestId) {
    Article article = articles.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("article", id));
    if (article.status == ArticleStatus.UNSUPPORTED_LANGUAGE) {
      throw new ProblemException(409, "unsupported-language", "Language not analysed",
          "This article is in '" + article.language + "', which the analysis does not support ("
              + String.join(", ", config.analysedLanguages()) + "); there is nothing to reprocess.");
    }
    Instant now = clock.instant();
    tasks.removeIdleAnalyses(id);
    for (PipelineStep step : PipelineStep.values()) {
      ArticleStep row = steps.find(id, step);
      if (row == null) {
        row = new ArticleStep();
        row.articleId = id;
        row.step = step;
        steps.persist(row);
      }
      row.status = StepStatus.PENDING;
      row.attempts = 0;
      row.lastError = null;
      row.result = null;
      row.updatedAt = now;
    }
    article.status = ArticleStatus.PENDING;
    article.updatedAt = now;
    tasks.enqueue(id, TaskKind.ANALYZE, requestId, now);
    return article;
  }
}
