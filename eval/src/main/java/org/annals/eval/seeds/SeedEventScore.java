package org.annals.eval.seeds;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks the events of the seed-gold reading against the events a stack built ({@code EventDetail}
 * documents of /api/v1/events/{id}): each gold event is matched to the system event of a compatible
 * kind that shares most of its articles and participants; then its date, its articles (the source
 * count), its actors and targets, and whether it is on the timelines of those participants.
 */
public final class SeedEventScore {

  /** Gold kinds (seed-gold's words) and the system kinds that report them. */
  private static final Map<String, Set<String>> KINDS = Map.of(
      "attack", Set.of("ATTACK", "EXPLOSION", "SEIZURE"),
      "denial", Set.of("DENIAL"),
      "statement", Set.of("STATEMENT", "CONDEMNATION", "ACCUSATION", "WARNING", "CLAIM_RESPONSIBILITY"),
      "visit", Set.of("VISIT", "MEETING"),
      "diplomatic", Set.of("SUMMONS", "MEETING", "NEGOTIATION"),
      "warning", Set.of("WARNING", "STATEMENT"));

  /** One gold event's checks; counts are found/expected. */
  public record Row(String id, String goldKind, String kind, String eventId, String goldDate, String date,
      Boolean dateRight, int articlesFound, int articlesExpected, int extraArticles, int participantsFound,
      int participantsExpected, int onTimelines, int timelinesExpected, List<String> missing) {
    boolean found() {
      return eventId != null;
    }
  }

  private final List<Row> rows = new ArrayList<>();

  private SeedEventScore() {}

  /**
   * @param goldEvents the seed-gold {@code events}
   * @param articleIds each gold article key's article id
   * @param system every event with a source in those articles (EventDetail documents)
   * @param timelines event ids on each entity's timeline, by entity id (asked for the matched participants)
   */
  public static SeedEventScore of(JsonNode goldEvents, Map<String, String> articleIds, List<JsonNode> system,
      Map<String, Set<String>> timelines) {
    SeedEventScore score = new SeedEventScore();
    Map<String, JsonNode> matched = match(goldEvents, articleIds, system);
    for (JsonNode gold : goldEvents) {
      score.rows.add(check(gold, matched.get(gold.get("id").asText()), articleIds, timelines));
    }
    return score;
  }

  /** Best-supported gold events first, each to the unused system event it fits best. */
  static Map<String, JsonNode> match(JsonNode goldEvents, Map<String, String> articleIds, List<JsonNode> system) {
    List<JsonNode> golds = new ArrayList<>();
    goldEvents.forEach(golds::add);
    golds.sort(Comparator.comparingInt((JsonNode g) -> -g.path("articles").size()));
    Map<String, JsonNode> matched = new LinkedHashMap<>();
    Set<String> used = new HashSet<>();
    for (JsonNode gold : golds) {
      JsonNode best = null;
      int bestFit = 0;
      for (JsonNode event : system) {
        int fit = fit(gold, event, articleIds);
        if (fit > bestFit && !used.contains(event.get("id").asText())) {
          best = event;
          bestFit = fit;
        }
      }
      if (best != null) {
        matched.put(gold.get("id").asText(), best);
        used.add(best.get("id").asText());
      }
    }
    return matched;
  }

  /** 0 when the kinds differ or no article is shared; else shared articles first, then shared participants. */
  static int fit(JsonNode gold, JsonNode event, Map<String, String> articleIds) {
    String goldKind = gold.get("kind").asText();
    String kind = event.get("kind").asText();
    if (!KINDS.getOrDefault(goldKind, Set.of(goldKind.toUpperCase(Locale.ROOT))).contains(kind)) {
      return 0;
    }
    Set<String> articles = articlesOf(event);
    int shared = 0;
    for (JsonNode key : gold.path("articles")) {
      if (articles.contains(articleIds.get(key.asText()))) {
        shared++;
      }
    }
    if (shared == 0) {
      return 0;
    }
    int people = 0;
    for (Expected expected : expected(gold)) {
      if (participant(event, expected.name(), expected.role()) != null) {
        people++;
      }
    }
    return 10 * shared + people;
  }

  private record Expected(String name, String role) {}

  /** Gold actors and alleged actors are ACTORs, the target a TARGET. */
  private static List<Expected> expected(JsonNode gold) {
    List<Expected> expected = new ArrayList<>();
    for (String field : List.of("actor", "allegedActor")) {
      gold.path(field).forEach(name -> expected.add(new Expected(name.asText(), "ACTOR")));
    }
    if (gold.hasNonNull("target")) {
      expected.add(new Expected(gold.get("target").asText(), "TARGET"));
    }
    return expected;
  }

  private static Row check(JsonNode gold, JsonNode event, Map<String, String> articleIds,
      Map<String, Set<String>> timelines) {
    String id = gold.get("id").asText();
    String goldKind = gold.get("kind").asText();
    String goldDate = gold.path("date").asText(null);
    List<Expected> expected = expected(gold);
    int articlesExpected = gold.path("articles").size();
    if (event == null) {
      return new Row(id, goldKind, null, null, goldDate, null, goldDate == null ? null : false, 0, articlesExpected, 0,
          0, expected.size(), 0, expected.size(), List.of("no event"));
    }
    List<String> missing = new ArrayList<>();
    String date = event.path("date").path("value").asText(null);
    Boolean dateRight = goldDate == null ? null : goldDate.equals(date);
    Set<String> articles = articlesOf(event);
    Set<String> goldArticles = new HashSet<>();
    for (JsonNode key : gold.path("articles")) {
      goldArticles.add(articleIds.get(key.asText()));
      if (!articles.contains(articleIds.get(key.asText()))) {
        missing.add("no source in " + key.asText());
      }
    }
    int articlesFound = (int) goldArticles.stream().filter(articles::contains).count();
    int extra = (int) articles.stream().filter(a -> !goldArticles.contains(a)).count();
    int participantsFound = 0;
    int onTimelines = 0;
    String eventId = event.get("id").asText();
    for (Expected e : expected) {
      JsonNode participant = participant(event, e.name(), e.role());
      if (participant == null) {
        missing.add(e.name() + " as " + e.role());
        continue;
      }
      participantsFound++;
      String entityId = participant.path("entity").path("id").asText();
      if (timelines.getOrDefault(entityId, Set.of()).contains(eventId)) {
        onTimelines++;
      } else {
        missing.add("not on " + e.name() + "'s timeline");
      }
    }
    return new Row(id, goldKind, event.get("kind").asText(), eventId, goldDate, date, dateRight, articlesFound,
        articlesExpected, extra, participantsFound, expected.size(), onTimelines, expected.size(), missing);
  }

  /** The participant with this name (folded as entity names are) in this role, or null. */
  static JsonNode participant(JsonNode event, String name, String role) {
    for (JsonNode participant : event.path("participants")) {
      if (role.equals(participant.path("role").asText())
          && SeedEntityScore.fold(participant.path("entity").path("name").asText()).equals(SeedEntityScore.fold(name))) {
        return participant;
      }
    }
    return null;
  }

  private static Set<String> articlesOf(JsonNode event) {
    Set<String> articles = new HashSet<>();
    event.path("sources").forEach(source -> articles.add(source.path("articleId").asText()));
    return articles;
  }

  /** Entity ids of the matched events' participants, whose timelines the checks need. */
  public static Set<String> participantIds(List<JsonNode> system) {
    Set<String> ids = new HashSet<>();
    system.forEach(event -> event.path("participants")
        .forEach(participant -> ids.add(participant.path("entity").path("id").asText())));
    return ids;
  }

  public List<Row> rows() {
    return rows;
  }

  public String table() {
    StringBuilder out = new StringBuilder();
    out.append(String.format("%-4s %-10s %-14s %-11s %-14s %-9s %-7s %-9s %s%n", "GOLD", "KIND", "OUR KIND",
        "GOLD DATE", "OUR DATE", "ARTICLES", "ACTORS", "TIMELINES", "MISSING"));
    for (Row row : rows) {
      out.append(String.format("%-4s %-10s %-14s %-11s %-14s %-9s %-7s %-9s %s%n", row.id(), row.goldKind(),
          row.found() ? row.kind() : "-", row.goldDate() == null ? "(none)" : row.goldDate(),
          row.date() == null ? "-" : row.date() + (row.dateRight() == null ? "" : row.dateRight() ? " ok" : " X"),
          row.articlesFound() + "/" + row.articlesExpected() + (row.extraArticles() > 0 ? "+" + row.extraArticles() : ""),
          row.participantsFound() + "/" + row.participantsExpected(), row.onTimelines() + "/" + row.timelinesExpected(),
          String.join("; ", row.missing())));
    }
    Map<String, Object> totals = totals();
    out.append(String.format("%nEvents found %s, dates right %s, all gold articles %s, actors and targets %s,"
            + " on their timelines %s%n", totals.get("found"), totals.get("datesRight"), totals.get("articlesRight"),
        totals.get("participants"), totals.get("onTimelines")));
    return out.toString();
  }

  /** Found/expected counts over all gold events, as strings "n/m". */
  public Map<String, Object> totals() {
    int found = 0;
    int dated = 0;
    int datesRight = 0;
    int articlesRight = 0;
    int participants = 0;
    int participantsExpected = 0;
    int timelines = 0;
    for (Row row : rows) {
      found += row.found() ? 1 : 0;
      dated += row.goldDate() != null ? 1 : 0;
      datesRight += Boolean.TRUE.equals(row.dateRight()) ? 1 : 0;
      articlesRight += row.found() && row.articlesFound() == row.articlesExpected() ? 1 : 0;
      participants += row.participantsFound();
      participantsExpected += row.participantsExpected();
      timelines += row.onTimelines();
    }
    Map<String, Object> totals = new LinkedHashMap<>();
    totals.put("found", found + "/" + rows.size());
    totals.put("datesRight", datesRight + "/" + dated);
    totals.put("articlesRight", articlesRight + "/" + rows.size());
    totals.put("participants", participants + "/" + participantsExpected);
    totals.put("onTimelines", timelines + "/" + participants);
    return totals;
  }
}
