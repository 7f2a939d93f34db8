package org.annals.timeline.domain;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.annals.common.api.Params;
import org.annals.common.problem.ProblemException;
import org.annals.contract.ArticleAnnotation;
import org.annals.contract.TimelineArticle;
import org.annals.nlp.AnnotationFormat;
import org.annals.nlp.MalformedAnnotationException;
import org.annals.timeline.event.EntityMention;
import org.annals.timeline.event.EventExtractor;
import org.annals.timeline.event.FoundEvent;
import org.annals.timeline.time.Timex;
import org.annals.timeline.time.TimexExtractor;

/**
 * Analyses an article for timeline-service on the annotation entity-service made of it: SUTime and the
 * event rules run outside any transaction, then what was stored for the article is replaced and its
 * events merged with those already known. Idempotent. Relative expressions are anchored on a
 * publication date known to the day; an article dated to the month or not at all keeps them unanchored
 * until one of its events is matched with a dated report, which queues it to be placed
 * ({@link Placements}): read again, from its stored annotation, against that day.
 */
@ApplicationScoped
public class ArticleAnalysis {

  /** The length of article_mention.entity_type and event_participant.entity_type. */
  private static final int MAX_TYPE = 32;
  private static final int MAX_KIND = 64;

  private final TimexExtractor reader;
  private final EventExtractor events;
  private final EventStore store;
  private final AnnotationFormat format;
  private final Placements placements;
  private final WriteLocks locks;

  public ArticleAnalysis(TimexExtractor reader, EventExtractor events, EventStore store, AnnotationFormat format,
      Placements placements, WriteLocks locks) {
    this.reader = reader;
    this.events = events;
    this.store = store;
    this.format = format;
    this.placements = placements;
    this.locks = locks;
  }

  /** What the analysis found. */
  public record Result(int timexes, int events) {}

  public Result analyse(UUID articleId, TimelineArticle request) {
    String text = request.text();
    if (text == null || text.isBlank()) {
      throw ProblemException.invalidField("text", "required: the article's stored text");
    }
    String precision = request.publishedGranularity() == null ? "NONE" : request.publishedGranularity();
    if (!List.of("DAY", "MONTH", "NONE").contains(precision)) {
      throw ProblemException.invalidField("publishedGranularity", "must be DAY, MONTH or NONE");
    }
    if (!precision.equals("NONE") && request.publishedAt() == null) {
      throw ProblemException.invalidField("publishedAt", "required when publishedGranularity is " + precision);
    }
    Params.inRange(request.publishedAt(), "publishedAt");
    List<EntityMention> mentions = EntityMention.of(request.mentions(), text.length());
    for (int i = 0; i < mentions.size(); i++) {
      if (mentions.get(i).entityType().length() > MAX_TYPE) {
        throw ProblemException.invalidField("mentions[" + i + "].entityType", "at most " + MAX_TYPE + " characters");
      }
      if (mentions.get(i).entityKind() != null && mentions.get(i).entityKind().length() > MAX_KIND) {
        throw ProblemException.invalidField("mentions[" + i + "].entityKind", "at most " + MAX_KIND + " characters");
      }
    }
    byte[] annotation = annotationBytes(request.annotation());
    Annotation document = decode(annotation, text);
    LocalDate anchor = precision.equals("DAY") ? request.publishedAt() : null;
    return read(articleId, document, mentions, anchor, false, article -> {
      article.title = request.title();
      article.source = request.source();
      article.publishedDate = precision.equals("NONE") ? null : request.publishedAt();
      article.publishedGranularity = precision;
      article.text = text;
      article.placedDate = null;
      article.placedByEvent = null;
    }, () -> {
      ArticleMention.delete("articleId", articleId);
      mentions.forEach(m -> ArticleMention.of(articleId, m).persist());
      ArticleAnnotationRow row = ArticleAnnotationRow.findById(articleId);
      if (row == null) {
        row = new ArticleAnnotationRow();
        row.articleId = articleId;
      }
      row.version = AnnotationFormat.VERSION;
      row.data = annotation;
      row.persist();
      // Read anew from its own date, or still undated: a placement queued before no longer applies.
      PlacementTask.deleteById(articleId);
    });
  }

  /** The bytes of an annotation of the format and version this service reads, or a 400 that says why not. */
  private static byte[] annotationBytes(ArticleAnnotation annotation) {
    if (annotation == null) {
      throw ProblemException.invalidField("annotation", "required: entity-service's annotation of the text");
    }
    if (!AnnotationFormat.NAME.equals(annotation.format())) {
      throw ProblemException.invalidField("annotation.format", "must be " + AnnotationFormat.NAME);
    }
    if (annotation.version() != AnnotationFormat.VERSION) {
      throw ProblemException.invalidField("annotation.version", "version " + annotation.version()
          + " is unknown here; this service reads version " + AnnotationFormat.VERSION);
    }
    if (annotation.data() == null) {
      throw ProblemException.invalidField("annotation.data", "required: the encoded annotation");
    }
    try {
      return Base64.getDecoder().decode(annotation.data());
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField("annotation.data", "must be base64");
    }
  }

  private Annotation decode(byte[] annotation, String text) {
    try {
      return format.decode(annotation, text);
    } catch (MalformedAnnotationException e) {
      throw ProblemException.invalidField("annotation.data", "is no annotation of the text: " + e.getMessage());
    }
  }

  /**
   * Places an undated article on the day an event dated it: its stored annotation is read again against
   * that day, its stored mentions with it. Answers false when there is nothing to place (the article
   * is gone, placed already, or stored before annotations were kept).
   */
  boolean place(UUID articleId, LocalDate day, UUID byEvent) {
    Stored stored = QuarkusTransaction.requiringNew().call(() -> {
      KnownArticle article = KnownArticle.findById(articleId);
      ArticleAnnotationRow annotation = ArticleAnnotationRow.findById(articleId);
      if (article == null || article.placedDate != null || annotation == null
          || annotation.version != AnnotationFormat.VERSION) {
        return null;
      }
      return new Stored(article.text, annotation.data, ArticleMention.<ArticleMention>list("articleId = ?1 order by start",
          articleId).stream().map(ArticleMention::mention).toList());
    });
    if (stored == null) {
      return false;
    }
    read(articleId, format.decode(stored.annotation(), stored.text()), stored.mentions(), day, true, article -> {
      article.placedDate = day;
      article.placedByEvent = byEvent;
    }, () -> {});
    return true;
  }

  private record Stored(String text, byte[] annotation, List<EntityMention> mentions) {}

  /**
   * Reads the annotated text against {@code anchor} and replaces the article's time expressions and
   * evidence in one transaction, after {@code update} has set the article's own fields and {@code rows}
   * written what hangs off it; queues the undated articles its events now date.
   */
  private Result read(UUID articleId, Annotation document, List<EntityMention> mentions, LocalDate anchor,
      boolean aligned, Consumer<KnownArticle> update, Runnable rows) {
    String text = document.get(CoreAnnotations.TextAnnotation.class);
    TimexExtractor.Reading reading = reader.read(document, anchor);
    List<Timex> timexes = aligned ? reading.timexes().stream().map(ArticleAnalysis::aligned).toList()
        : reading.timexes();
    List<FoundEvent> found = events.extract(new EventExtractor.Article(reading.document(), text, timexes, mentions,
        anchor));
    int eventCount = ConflictRetry.run("analysis of article " + articleId, () -> QuarkusTransaction.requiringNew().call(() -> {
      locks.forArticle(articleId, found, mentions);
      KnownArticle article = KnownArticle.findById(articleId);
      if (aligned && (article == null || article.placedDate != null)) {
        // Deleted, or placed by another replica, while this one read it.
        return 0;
      }
      StoredTimex.delete("articleId", articleId);
      if (article == null) {
        article = new KnownArticle();
        article.id = articleId;
      }
      update.accept(article);
      article.analysedAt = Instant.now();
      article.persist();
      rows.run();
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
      int count = store.replace(article, found, EntityMention.entities(mentions));
      placements.queue(store.placementsDue(articleId));
      return count;
    }));
    return new Result(timexes.size(), eventCount);
  }

  private static Timex aligned(Timex timex) {
    return timex.anchoring() == Timex.Anchoring.PUBLICATION_DATE
        ? new Timex(timex.start(), timex.end(), timex.text(), timex.type(), timex.value(), Timex.Anchoring.ALIGNED)
        : timex;
  }

  public void delete(UUID articleId) {
    ConflictRetry.run("removal of article " + articleId, () -> QuarkusTransaction.requiringNew().call(() -> {
      locks.forArticle(articleId);
      store.remove(articleId);
      StoredTimex.delete("articleId", articleId);
      return KnownArticle.deleteById(articleId);
    }));
  }

  public List<StoredTimex> timexesOf(UUID articleId) {
    if (KnownArticle.findById(articleId) == null) {
      throw ProblemException.notFound("analysed article", articleId);
    }
    return StoredTimex.list("articleId = ?1 order by start, id", articleId);
  }
}
