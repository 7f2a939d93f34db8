package org.annals.eval.timelines;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annals.eval.api.AnnalsApi;
import org.annals.eval.api.Corpus;
import org.annals.eval.api.SystemEvents;
import org.annals.eval.report.JsonLines;
import org.annals.eval.report.Results;

/**
 * {@code ./annals eval timelines FILE}: entity timelines, one corpus per line
 * ({@code {corpus, target_entities, docs: [{doc, dct, text, events}], timelines: [{entity, entries:
 * [{rank, date, mentions: [{doc, start, end, text}]}]}]}}). Each corpus is analysed alone; each target
 * entity is looked up by name, its timeline read from /api/v1/timelines and scored by
 * {@link TimelineScore} against the gold one, entries paired through the events' sources.
 */
public final class TimelinesEval {

  private TimelinesEval() {}

  public static Map<String, Object> run(AnnalsApi api, Path file, Path results) throws IOException {
    TimelineScore total = new TimelineScore();
    List<Map<String, Object>> rows = new ArrayList<>();
    System.out.printf("%-14s %-28s %5s %6s %6s %18s %8s %8s%n", "CORPUS", "ENTITY", "GOLD", "OURS", "PAIRED",
        "EVENTS P/R/F1", "DATES", "ORDER");
    for (JsonNode corpus : JsonLines.read(file)) {
      String name = JsonLines.required(corpus, "corpus", "a corpus").asText();
      List<Corpus.Doc> docs = Corpus.docs(JsonLines.required(corpus, "docs", name), name);
      Map<String, Corpus.Analysed> analysed = Corpus.analyse(api, docs, Duration.ofSeconds(60));
      SystemEvents events = SystemEvents.of(api, analysed.values().stream().map(Corpus.Analysed::articleId).toList());
      for (JsonNode timeline : JsonLines.required(corpus, "timelines", name)) {
        String entity = timeline.get("entity").asText();
        List<TimelineScore.GoldEntry> gold = goldEntries(timeline, analysed);
        String entityId = entityId(api, entity);
        List<TimelineScore.SystemEntry> ours = entityId == null ? List.of() : systemEntries(api, entityId, events);
        TimelineScore score = new TimelineScore();
        score.add(gold, ours);
        total.add(gold, ours);
        System.out.printf("%-14s %-28s %5d %6d %6s %18s %8s %8s%n", name, entity, gold.size(), ours.size(),
            score.summary().get("paired"), score.eventsFound().cells().strip().replaceAll("\\s+", "/"),
            percent(score.dateAccuracy(), (int) score.summary().get("paired")),
            percent(score.orderAgreement(), (int) score.summary().get("orderPairs")));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("corpus", name);
        row.put("entity", entity);
        row.put("entityId", entityId);
        row.put("score", score.summary());
        rows.add(row);
      }
    }
    System.out.printf("%nAll timelines: events found P %.1f R %.1f F1 %.1f, dates right %s of %s paired events,"
            + " pairwise order %s of %s pairs%n", 100 * total.eventsFound().precision(),
        100 * total.eventsFound().recall(), 100 * total.eventsFound().f1(), total.summary().get("datesRight"),
        total.summary().get("paired"), total.summary().get("orderAgreeing"), total.summary().get("orderPairs"));
    System.out.println("reference (SemEval-2015 Task 4, its own test set and temporal-awareness F1): best system"
        + " 7.85 (track A), 25.36 (track B)");

    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("file", file.toString());
    figures.put("timelines", rows);
    figures.put("score", total.summary());
    figures.put("reference", Map.of("testSet", "SemEval-2015 Task 4 (not this file; temporal-awareness F1)",
        "bestTrackA", 7.85, "bestTrackB", 25.36));
    Path written = Results.write(results, "timelines", figures);
    System.out.printf("%nResults: %s%n", written);
    return figures;
  }

  /** A share in percent, or "-" when there was nothing to count. */
  private static String percent(double share, int counted) {
    return counted == 0 ? "-" : String.format("%.1f%%", 100 * share);
  }

  static List<TimelineScore.GoldEntry> goldEntries(JsonNode timeline, Map<String, Corpus.Analysed> analysed) {
    List<TimelineScore.GoldEntry> entries = new ArrayList<>();
    for (JsonNode entry : timeline.path("entries")) {
      List<TimelineScore.Span> mentions = new ArrayList<>();
      for (JsonNode mention : entry.path("mentions")) {
        Corpus.Analysed doc = analysed.get(mention.get("doc").asText());
        if (doc == null) {
          throw new IllegalArgumentException("timeline of " + timeline.get("entity").asText() + " names document "
              + mention.get("doc").asText() + ", which the corpus does not have");
        }
        int[] span = doc.alignment().span(mention.get("start").asInt(), mention.get("end").asInt());
        if (span != null) {
          mentions.add(new TimelineScore.Span(doc.articleId(), span[0], span[1]));
        }
      }
      entries.add(new TimelineScore.GoldEntry(entry.get("rank").asInt(), entry.path("date").asText(null), mentions));
    }
    return entries;
  }

  /** The entity whose name or alias is the gold name: an exact name first, else the most mentioned. */
  static String entityId(AnnalsApi api, String name) {
    JsonNode page = api.get("/api/v1/entities?limit=50&name=" + AnnalsApi.encode(name));
    JsonNode best = null;
    for (JsonNode entity : page.path("items")) {
      if (entity.path("name").asText().equalsIgnoreCase(name)) {
        return entity.get("id").asText();
      }
      if (best == null || entity.path("mentionCount").asLong() > best.path("mentionCount").asLong()) {
        best = entity;
      }
    }
    return best == null ? null : best.get("id").asText();
  }

  static List<TimelineScore.SystemEntry> systemEntries(AnnalsApi api, String entityId, SystemEvents events) {
    List<TimelineScore.SystemEntry> entries = new ArrayList<>();
    for (JsonNode entry : api.get("/api/v1/timelines/" + entityId + "?limit=1000").path("events")) {
      String eventId = entry.get("eventId").asText();
      List<TimelineScore.Span> mentions = new ArrayList<>();
      for (JsonNode source : events.detail(api, eventId).path("sources")) {
        mentions.add(new TimelineScore.Span(source.path("articleId").asText(),
            source.path("trigger").path("start").asInt(), source.path("trigger").path("end").asInt()));
      }
      JsonNode date = entry.path("date");
      String start = date.path("start").asText(null);
      entries.add(new TimelineScore.SystemEntry(eventId, goldForm(date), start == null ? null : LocalDate.parse(start),
          mentions));
    }
    return entries;
  }

  /**
   * The system's date in the gold's form: a day as it is, a month or year padded with X; a week,
   * weekend or quarter as the month (or year) its days share; undated XXXX-XX-XX.
   */
  static String goldForm(JsonNode date) {
    String start = date.path("start").asText(null);
    String end = date.path("end").asText(null);
    if (start == null) {
      return "XXXX-XX-XX";
    }
    String granularity = date.path("granularity").asText("DAY").toUpperCase(Locale.ROOT);
    if (granularity.equals("DAY") && start.equals(end)) {
      return start;
    }
    if (end != null && start.substring(0, 7).equals(end.substring(0, 7)) && !granularity.equals("YEAR")) {
      return start.substring(0, 7) + "-XX";
    }
    if (end != null && start.substring(0, 4).equals(end.substring(0, 4))) {
      return start.substring(0, 4) + "-XX-XX";
    }
    return "XXXX-XX-XX";
  }
}
