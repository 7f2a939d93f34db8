package org.annals.eval.seeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.eval.api.AnnalsApi;
import org.annals.eval.api.Corpus;
import org.annals.eval.report.Results;

/**
 * {@code ./annals eval seeds GOLD DIR}: the articles of a seed-gold reading posted through the gateway
 * and their analysis read back through the public API: entities and surfaces (as
 * {@code ./annals check entities} scores them in-process), time expressions, and events with their
 * dates, sources, actors and timelines.
 */
public final class SeedsEval {

  /** The plain-text header a seed file may start with ("date 2023-01-31"), as ingestion reads it. */
  private static final Pattern DATE_LINE = Pattern.compile("\\Adate (\\d{4}-\\d{2}(-\\d{2})?)\\R");

  private SeedsEval() {}

  public static Map<String, Object> run(AnnalsApi api, Path goldFile, Path dir, Path results) throws IOException {
    JsonNode gold = new ObjectMapper().readTree(goldFile.toFile());
    List<Corpus.Doc> docs = new ArrayList<>();
    for (Map.Entry<String, JsonNode> article : iterable(gold.get("articles"))) {
      String text = Files.readString(dir.resolve(article.getValue().get("file").asText()));
      Matcher header = DATE_LINE.matcher(text);
      docs.add(header.find() ? new Corpus.Doc(article.getKey(), text.substring(header.end()), header.group(1))
          : new Corpus.Doc(article.getKey(), text, null));
    }
    Map<String, Corpus.Analysed> analysed = Corpus.analyse(api, docs, Duration.ofSeconds(60));
    Map<String, String> texts = new LinkedHashMap<>();
    Map<String, String> articleIds = new LinkedHashMap<>();
    analysed.forEach((key, doc) -> {
      texts.put(key, doc.stored());
      articleIds.put(key, doc.articleId());
    });

    SeedEntityScore entities = SeedEntityScore.of(gold, texts, mentions(api, articleIds));
    List<Map<String, Object>> timexes = timexes(api, gold.path("timexes"), articleIds);
    List<JsonNode> events = events(api, articleIds.values());
    Map<String, Set<String>> timelines = new HashMap<>();
    for (String entity : SeedEventScore.participantIds(events)) {
      Set<String> onTimeline = new HashSet<>();
      api.get("/api/v1/timelines/" + entity + "?limit=1000").path("events")
          .forEach(entry -> onTimeline.add(entry.path("eventId").asText()));
      timelines.put(entity, onTimeline);
    }
    SeedEventScore eventScore = SeedEventScore.of(gold.get("events"), articleIds, events, timelines);

    System.out.println("Entities (through /api/v1/entities and their mentions)");
    System.out.print(entities.table());
    System.out.println();
    System.out.println("Time expressions (/api/v1/timexes); an undated article's must not be anchored on a"
        + " day it was not published");
    long timexesRight = timexes.stream().filter(t -> Boolean.TRUE.equals(t.get("right"))).count();
    timexes.forEach(t -> System.out.printf("  %-4s %-16s gold %-12s ours %-14s %-16s %s%n", t.get("article"),
        t.get("text"), t.get("gold"), t.get("value"), t.get("anchoring"),
        Boolean.TRUE.equals(t.get("right")) ? "ok" : "X"));
    System.out.printf("  %d/%d right%n%n", timexesRight, timexes.size());
    System.out.println("Events (/api/v1/events, /api/v1/timelines): " + events.size() + " events in these articles");
    System.out.print(eventScore.table());

    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("gold", goldFile.toString());
    figures.put("articles", articleIds);
    figures.put("entities", entities.summary());
    figures.put("timexes", Map.of("right", timexesRight, "total", timexes.size(), "rows", timexes));
    figures.put("events", Map.of("systemEvents", events.size(), "totals", eventScore.totals(),
        "rows", eventScore.rows()));
    Path written = Results.write(results, "seeds", figures);
    System.out.printf("%nResults: %s%n", written);
    return figures;
  }

  /** Every mention in these articles, read entity by entity (only entities with mentions are asked). */
  static Map<String, List<SeedEntityScore.Resolved>> mentions(AnnalsApi api, Map<String, String> articleIds) {
    Map<String, String> keyOf = new HashMap<>();
    articleIds.forEach((key, id) -> keyOf.put(id, key));
    Map<String, List<SeedEntityScore.Resolved>> found = new LinkedHashMap<>();
    articleIds.keySet().forEach(key -> found.put(key, new ArrayList<>()));
    List<JsonNode> entities = new ArrayList<>();
    api.forEachItem("/api/v1/entities?limit=200", entity -> {
      if (entity.path("mentionCount").asLong() > 0) {
        entities.add(entity);
      }
    });
    for (JsonNode entity : entities) {
      String id = entity.get("id").asText();
      List<JsonNode> ours = new ArrayList<>();
      api.forEachItem("/api/v1/entities/" + id + "/mentions?limit=200", mention -> {
        if (keyOf.containsKey(mention.path("articleId").asText())) {
          ours.add(mention);
        }
      });
      if (ours.isEmpty()) {
        continue;
      }
      JsonNode detail = api.get("/api/v1/entities/" + id);
      List<String> aliases = new ArrayList<>();
      detail.path("aliases").forEach(alias -> aliases.add(alias.path("alias").asText()));
      for (JsonNode mention : ours) {
        found.get(keyOf.get(mention.get("articleId").asText())).add(new SeedEntityScore.Resolved(
            mention.get("start").asInt(), mention.get("end").asInt(), detail.path("name").asText(),
            detail.path("type").asText(), detail.path("wikidata").asText(null), aliases, detail.path("type").asText(),
            mention.path("resolution").asText()));
      }
    }
    return found;
  }

  /**
   * Each gold time expression against the article's first one with the same text: a gold value must be
   * given exactly; a gold null (an undated article) must not be anchored on a publication date.
   */
  static List<Map<String, Object>> timexes(AnnalsApi api, JsonNode gold, Map<String, String> articleIds) {
    Map<String, JsonNode> byArticle = new HashMap<>();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (JsonNode expected : gold) {
      String key = expected.get("article").asText();
      JsonNode found = byArticle.computeIfAbsent(key, k -> api.get("/api/v1/timexes?article=" + articleIds.get(k)));
      JsonNode match = null;
      for (JsonNode timex : found) {
        if (timex.path("text").asText().equalsIgnoreCase(expected.get("text").asText())) {
          match = timex;
          break;
        }
      }
      String goldValue = expected.path("value").asText(null);
      String value = match == null ? null : match.path("value").asText(null);
      String anchoring = match == null ? null : match.path("anchoring").asText(null);
      boolean right = match != null && (goldValue != null ? goldValue.equals(value)
          : !"PUBLICATION_DATE".equals(anchoring));
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("article", key);
      row.put("text", expected.get("text").asText());
      row.put("gold", goldValue == null ? "(undated)" : goldValue);
      row.put("value", match == null ? "not found" : String.valueOf(value));
      row.put("anchoring", anchoring == null ? "-" : anchoring);
      row.put("right", right);
      rows.add(row);
    }
    return rows;
  }

  /** The details of every event with a source in these articles. */
  static List<JsonNode> events(AnnalsApi api, java.util.Collection<String> articleIds) {
    Set<String> ids = new java.util.LinkedHashSet<>();
    for (String article : articleIds) {
      api.forEachItem("/api/v1/events?limit=200&article=" + article, event -> ids.add(event.get("id").asText()));
    }
    List<JsonNode> events = new ArrayList<>();
    ids.forEach(id -> events.add(api.get("/api/v1/events/" + id)));
    return events;
  }

  private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
    return object::fields;
  }
}
