package org.annals.timeline.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.annals.common.api.Params;
import org.annals.common.problem.ProblemException;
import org.annals.common.text.InputText;
import org.annals.timeline.event.EntityMention;
import org.annals.timeline.event.EventExtractor;
import org.annals.timeline.event.FoundEvent;
import org.annals.timeline.time.Timex;
import org.annals.timeline.time.TimexExtractor;
import org.jboss.logging.Logger;

/**
 * Analyses an article for timeline-service: reads it once (time expressions and events, outside any
 * transaction), then replaces what was stored for it and merges its events with those already known.
 * Idempotent. Relative expressions are anchored on a publication date known to the day; an article
 * dated to the month or not at all keeps them unanchored until one of its events is matched with a
 * dated report, which places it in time: it is then read again from that day.
 */
@ApplicationScoped
public class ArticleAnalysis {

  private static final Logger LOG = Logger.getLogger(ArticleAnalysis.class);
  /** The length of event_participant.entity_type. */
  private static final int MAX_TYPE = 32;

  private final TimexExtractor reader;
  private final EventExtractor events;
  private final EventStore store;
  private final ObjectMapper json;

  public ArticleAnalysis(TimexExtractor reader, EventExtractor events, EventStore store, ObjectMapper json) {
    this.reader = reader;
    this.events = events;
    this.store = store;
    this.json = json;
  }

  /** What the analysis found. */
  public record Result(int timexes, int events) {}

  /** The article as ingest-service sends it. */
  public record Request(String text, String title, String source, LocalDate publishedAt, String granularity,
      JsonNode mentions) {}

  public Result analyse(UUID articleId, Request request) {
    if (request.text() == null || request.text().isBlank()) {
      throw ProblemException.invalidField("text", "required: the article's stored text");
    }
    String precision = request.granularity() == null ? "NONE" : request.granularity();
    if (!List.of("DAY", "MONTH", "NONE").contains(precision)) {
      throw ProblemException.invalidField("publishedGranularity", "must be DAY, MONTH or NONE");
    }
    if (!precision.equals("NONE") && request.publishedAt() == null) {
      throw ProblemException.invalidField("publishedAt", "required when publishedGranularity is " + precision);
    }
    Params.inRange(request.publishedAt(), "publishedAt");
    if (request.mentions() != null && !request.mentions().isArray()) {
      throw ProblemException.invalidField("mentions", "must be the array of mentions entity-service returned");
    }
    if (request.mentions() != null) {
      requireText("mentions", request.mentions());
      for (int i = 0; i < request.mentions().size(); i++) {
        if (request.mentions().get(i).path("entityType").asText("").length() > MAX_TYPE) {
          throw ProblemException.invalidField("mentions[" + i + "].entityType", "at most " + MAX_TYPE + " characters");
        }
      }
    }
    String mentions = request.mentions() == null ? "[]" : request.mentions().toString();
    Result result = read(articleId, request.text(), precision.equals("DAY") ? request.publishedAt() : null, false,
        article -> {
          article.title = request.title();
          article.source = request.source();
          article.publishedDate = precision.equals("NONE") ? null : request.publishedAt();
          article.publishedGranularity = precision;
          article.text = request.text();
          article.mentions = mentions;
          article.placedDate = null;
          article.placedByEvent = null;
        }, mentions);
    placeWhatIsDue(articleId);
    return result;
  }

  /**
   * Reads the text against {@code anchor} and replaces the article's time expressions and evidence in
   * one transaction, after {@code update} has set the article's own fields.
   */
  private Result read(UUID articleId, String text, LocalDate anchor, boolean aligned,
      java.util.function.Consumer<KnownArticle> update, String mentionsJson) {
    List<EntityMention> mentions = EntityMention.parse(parse(mentionsJson), text.length());
    TimexExtractor.Reading reading = reader.read(EntityMention.unhyphenated(text, mentions), anchor);
    List<Timex> timexes = aligned ? reading.timexes().stream().map(ArticleAnalysis::aligned).toList()
        : reading.timexes();
    List<FoundEvent> found = events.extract(new EventExtractor.Article(reading.document(), text, timexes, mentions,
        anchor));
    int eventCount = QuarkusTransaction.requiringNew().call(() -> {
      store.lock();
      KnownArticle article = KnownArticle.findById(articleId);
      if (aligned && (article == null || article.placedDate != null)) {
        // Deleted, or placed by an analysis running at the same time, while this one read it.
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
      return store.replace(article, found, EntityMention.entities(mentions));
    });
    return new Result(timexes.size(), eventCount);
  }

  private static Timex aligned(Timex timex) {
    return timex.anchoring() == Timex.Anchoring.PUBLICATION_DATE
        ? new Timex(timex.start(), timex.end(), timex.text(), timex.type(), timex.value(), Timex.Anchoring.ALIGNED)
        : timex;
  }

  /**
   * Places the undated articles this one's events now date, each read again from its day. Every
   * article is placed at most once, so this ends.
   */
  private void placeWhatIsDue(UUID articleId) {
    List<EventStore.PlacementDue> due = new ArrayList<>(
        QuarkusTransaction.requiringNew().call(() -> store.placementsDue(articleId)));
    while (!due.isEmpty()) {
      EventStore.PlacementDue next = due.remove(0);
      KnownArticle article = QuarkusTransaction.requiringNew().call(() -> KnownArticle.findById(next.articleId()));
      if (article == null || article.placedDate != null || article.text == null) {
        continue;
      }
      LOG.infof("article %s placed on %s by event %s", next.articleId(), next.placedDate(), next.byEvent());
      read(article.id, article.text, next.placedDate(), true, a -> {
        a.placedDate = next.placedDate();
        a.placedByEvent = next.byEvent();
      }, article.mentions);
      due.addAll(QuarkusTransaction.requiringNew().call(() -> store.placementsDue(next.articleId())));
    }
  }

  /**
   * The mentions are kept as JSON for a later reading, so the mapper's check of every string does not
   * reach them: each string and key in them passes the same test of text here.
   */
  private static void requireText(String path, JsonNode node) {
    if (node.isTextual()) {
      InputText.require(path, node.textValue());
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        requireText(path + "[" + i + "]", node.get(i));
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        InputText.requireLine(path, field.getKey());
        requireText(path + "." + field.getKey(), field.getValue());
      }
    }
  }

  private JsonNode parse(String mentions) {
    try {
      return json.readTree(mentions == null ? "[]" : mentions);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void delete(UUID articleId) {
    QuarkusTransaction.requiringNew().run(() -> {
      store.lock();
      store.remove(articleId);
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
