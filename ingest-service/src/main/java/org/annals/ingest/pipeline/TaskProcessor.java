package org.annals.ingest.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.annals.common.requestid.RequestIds;
import org.annals.contract.EntityAnalysis;
import org.annals.contract.EntityAnalysisRequest;
import org.annals.contract.TimelineArticle;
import org.annals.contract.TimelineResult;
import org.annals.ingest.client.EntityServiceClient;
import org.annals.ingest.client.TimelineServiceClient;
import org.annals.ingest.config.IngestConfig;
import org.annals.ingest.domain.Article;
import org.annals.ingest.domain.ArticleStatus;
import org.annals.ingest.domain.ArticleStep;
import org.annals.ingest.domain.PipelineStep;
import org.annals.ingest.domain.PipelineTask;
import org.annals.ingest.domain.StepStatus;
import org.annals.ingest.domain.TaskKind;
import org.annals.ingest.persistence.ArticleRepository;
import org.annals.ingest.persistence.ArticleStepRepository;
import org.annals.ingest.persistence.PipelineTaskRepository;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Carries one claimed task out: the analysis (entity-service, then timeline-service with the mentions)
 * or the deletion downstream. Each state change is its own short transaction; no transaction is held
 * across a remote call. A task is removed only once its work is done (or the article is FAILED), so a
 * crash at any point means the task is tried again, and the idempotent downstream calls make that safe.
 */
@ApplicationScoped
public class TaskProcessor {

  private static final Logger LOG = Logger.getLogger(TaskProcessor.class);
  private static final String ENTITY_SERVICE = "entity-service";
  private static final String TIMELINE_SERVICE = "timeline-service";

  private final PipelineTaskRepository tasks;
  private final ArticleRepository articles;
  private final ArticleStepRepository steps;
  private final EntityServiceClient entityService;
  private final TimelineServiceClient timelineService;
  private final ObjectMapper json;
  private final IngestConfig config;
  private final MeterRegistry metrics;

  public TaskProcessor(PipelineTaskRepository tasks, ArticleRepository articles, ArticleStepRepository steps,
      @RestClient EntityServiceClient entityService, @RestClient TimelineServiceClient timelineService,
      ObjectMapper json, IngestConfig config, MeterRegistry metrics) {
    this.tasks = tasks;
    this.articles = articles;
    this.steps = steps;
    this.entityService = entityService;
    this.timelineService = timelineService;
    this.json = json;
    this.config = config;
    this.metrics = metrics;
  }

  public void process(long taskId) {
    PipelineTask task = QuarkusTransaction.requiringNew().call(() -> tasks.findById(taskId));
    if (task == null) {
      return;
    }
    RequestIds.bind(task.requestId != null ? task.requestId : RequestIds.create());
    try {
      if (task.kind == TaskKind.DELETE) {
        deleteDownstream(task);
      } else {
        analyse(task);
      }
    } catch (RuntimeException e) {
      // Nothing is lost: the lease runs out and the task is tried again.
      LOG.errorf(e, "Task %d for article %s failed unexpectedly", task.id, task.articleId);
    } finally {
      RequestIds.bind(null);
    }
  }

  private void deleteDownstream(PipelineTask task) {
    try {
      entityService.delete(task.articleId);
    } catch (RuntimeException e) {
      retryLater(task, null, DownstreamFailure.of(ENTITY_SERVICE, e));
      return;
    }
    try {
      timelineService.delete(task.articleId);
    } catch (RuntimeException e) {
      retryLater(task, null, DownstreamFailure.of(TIMELINE_SERVICE, e));
      return;
    }
    QuarkusTransaction.requiringNew().run(() -> tasks.deleteById(task.id));
    metrics.counter("annals.pipeline.tasks", "kind", "delete", "outcome", "done").increment();
    LOG.infof("Article %s removed downstream", task.articleId);
  }

  private void analyse(PipelineTask task) {
    Article article = QuarkusTransaction.requiringNew().call(() -> articles.findById(task.articleId));
    if (article == null) {
      // Deleted meanwhile: its DELETE task, queued after this one, cleans up downstream.
      QuarkusTransaction.requiringNew().run(() -> tasks.deleteById(task.id));
      return;
    }
    EntityAnalysis entities = readAnalysis(task.entityAnalysis);
    if (entities == null) {
      mark(task.articleId, PipelineStep.ENTITIES, StepStatus.PROCESSING, null, null);
      EntityAnalysis answer;
      try {
        answer = entityService.analyse(article.id, new EntityAnalysisRequest(article.text, article.language));
      } catch (RuntimeException e) {
        retryLater(task, PipelineStep.ENTITIES, DownstreamFailure.of(ENTITY_SERVICE, e));
        return;
      }
      if (answer == null || answer.mentions() == null || answer.annotation() == null) {
        retryLater(task, PipelineStep.ENTITIES,
            new DownstreamFailure(false, ENTITY_SERVICE + " answered without the mentions and annotation"));
        return;
      }
      entities = answer;
      String stored = write(answer);
      int count = answer.mentions().size();
      QuarkusTransaction.requiringNew().run(() -> {
        PipelineTask current = tasks.findById(task.id);
        if (current != null) {
          current.entityAnalysis = stored;
        }
        updateStep(task.articleId, PipelineStep.ENTITIES, StepStatus.DONE, null, count + " mentions");
      });
    }
    mark(task.articleId, PipelineStep.TIMELINE, StepStatus.PROCESSING, null, null);
    TimelineResult answer;
    try {
      answer = timelineService.analyse(article.id, new TimelineArticle(article.text, article.title, article.source,
          article.publishedDate, article.publishedGranularity == null ? null : article.publishedGranularity.name(),
          entities.mentions(), entities.annotation()));
    } catch (RuntimeException e) {
      retryLater(task, PipelineStep.TIMELINE, DownstreamFailure.of(TIMELINE_SERVICE, e));
      return;
    }
    String events = answer != null ? answer.events() + " events" : null;
    QuarkusTransaction.requiringNew().run(() -> {
      updateStep(task.articleId, PipelineStep.TIMELINE, StepStatus.DONE, null, events);
      tasks.deleteById(task.id);
    });
    metrics.counter("annals.pipeline.tasks", "kind", "analyze", "outcome", "done").increment();
    LOG.infof("Article %s analysed", task.articleId);
  }

  /**
   * Records a failed try. An unavailable service costs the article nothing: it waits with backoff. A
   * failure on the article counts, and after the configured attempts the article is FAILED.
   */
  private void retryLater(PipelineTask claimed, PipelineStep step, DownstreamFailure failure) {
    IngestConfig.Pipeline settings = config.pipeline();
    boolean gaveUp = QuarkusTransaction.requiringNew().call(() -> {
      PipelineTask task = tasks.findById(claimed.id);
      if (task == null) {
        return false;
      }
      task.lastError = failure.message();
      task.leaseUntil = null;
      if (!failure.unavailable()) {
        task.failures++;
      }
      boolean failed = task.failures >= settings.maxAttempts();
      if (step != null) {
        updateStep(task.articleId, step, failed ? StepStatus.FAILED : StepStatus.PENDING, failure.message(), null);
      }
      if (failed) {
        tasks.delete(task);
      } else {
        task.nextAttemptAt = Instant.now().plus(Backoff.after(task.tries, settings.backoffBase(),
            settings.backoffMax()));
      }
      return failed;
    });
    metrics.counter("annals.pipeline.tasks", "kind", claimed.kind.name().toLowerCase(), "outcome",
        gaveUp ? "failed" : failure.unavailable() ? "waiting" : "retry").increment();
    if (gaveUp) {
      LOG.errorf("Article %s: giving up after %d failures: %s", claimed.articleId, settings.maxAttempts(),
          failure.message());
    } else {
      LOG.warnf("Article %s: %s; trying again later", claimed.articleId, failure.message());
    }
  }

  private void mark(UUID articleId, PipelineStep step, StepStatus status, String error, String result) {
    QuarkusTransaction.requiringNew().run(() -> updateStep(articleId, step, status, error, result));
  }

  /** Updates one step and the article's overall status with it; call inside a transaction. */
  private void updateStep(UUID articleId, PipelineStep step, StepStatus status, String error, String result) {
    ArticleStep row = steps.find(articleId, step);
    Article article = articles.findById(articleId);
    if (row == null || article == null) {
      return;
    }
    Instant now = Instant.now();
    row.status = status;
    if (status == StepStatus.PROCESSING) {
      row.attempts++;
    } else {
      row.lastError = error;
      row.result = result;
    }
    row.updatedAt = now;
    article.status = overall(steps.forArticle(articleId));
    article.updatedAt = now;
  }

  static ArticleStatus overall(List<ArticleStep> all) {
    if (all.stream().anyMatch(s -> s.status == StepStatus.FAILED)) {
      return ArticleStatus.FAILED;
    }
    if (all.stream().allMatch(s -> s.status == StepStatus.DONE)) {
      return ArticleStatus.DONE;
    }
    if (all.stream().anyMatch(s -> s.status == StepStatus.PROCESSING || s.status == StepStatus.DONE)) {
      return ArticleStatus.PROCESSING;
    }
    return ArticleStatus.PENDING;
  }

  /** The entity step's stored answer; null when there is none (or it cannot be read: the step runs again). */
  private EntityAnalysis readAnalysis(String stored) {
    if (stored == null) {
      return null;
    }
    try {
      return json.readValue(stored, EntityAnalysis.class);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private String write(EntityAnalysis analysis) {
    try {
      return json.writeValueAsString(analysis);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an entity analysis that cannot be written as JSON", e);
    }
  }
}
