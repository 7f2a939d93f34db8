package org.annals.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Articles sent through the gateway and followed through the pipeline. */
public final class Pipeline {

  private Pipeline() {}

  /** Posts each report as text/plain as the editor; answers the new articles' ids, in order. */
  public static List<String> post(List<Reports.Report> reports) {
    List<String> ids = new ArrayList<>();
    for (Reports.Report report : reports) {
      Http.Answer answer = Http.post("/api/v1/articles", Tokens.of("editor"), "text/plain; charset=UTF-8",
          report.text());
      assertEquals(202, answer.status(), answer.toString());
      ids.add(answer.json().path("id").asText());
    }
    assertEquals(ids.size(), new HashSet<>(ids).size(), "one new article per report");
    return ids;
  }

  /** Each article's status, as the API shows it now. */
  public static Map<String, String> statuses(List<String> ids) {
    Map<String, String> statuses = new LinkedHashMap<>();
    for (String id : ids) {
      Http.Answer answer = Http.get("/api/v1/articles/" + id, Tokens.of("reader"));
      statuses.put(id, answer.status() == 200 ? answer.json().path("status").asText() : "HTTP " + answer.status());
    }
    return statuses;
  }

  public static long count(Map<String, String> statuses, String status) {
    return statuses.values().stream().filter(status::equals).count();
  }

  /** Waits until every article is DONE; fails at once when one FAILED. */
  public static void awaitDone(List<String> ids, Duration limit) {
    Poll.until(limit, "all DONE", () -> statuses(ids), s -> {
      if (count(s, "FAILED") > 0) {
        throw new AssertionError("an article FAILED: " + s);
      }
      return count(s, "DONE") == ids.size();
    });
  }

  /** The article itself, full view. */
  public static JsonNode article(String id) {
    return Http.get("/api/v1/articles/" + id, Tokens.of("reader")).json();
  }

  /**
   * Checks that the pipeline left exactly one reading of each report: its person is one entity, found in
   * that article and no other, with no mention twice (same offsets), and no event cites one of its
   * triggers twice. A second reading stored beside the first would show as such a repeat.
   */
  public static void assertReadOnce(List<Reports.Report> reports, List<String> ids) {
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      Reports.Report report = reports.get(i);
      String article = ids.get(i);
      List<JsonNode> people = Census.all("/api/v1/entities?limit=50&type=PERSON&name="
          + java.net.URLEncoder.encode(report.person(), java.nio.charset.StandardCharsets.UTF_8)).stream()
          .filter(e -> e.path("name").asText().equals(report.person())).toList();
      if (people.size() != 1) {
        wrong.add(report.person() + ": " + people.size() + " entities");
        continue;
      }
      List<JsonNode> mentions = Census.all("/api/v1/entities/" + people.get(0).path("id").asText()
          + "/mentions?limit=200");
      Set<String> spans = new HashSet<>();
      for (JsonNode mention : mentions) {
        if (!mention.path("articleId").asText().equals(article)) {
          wrong.add(report.person() + ": mentioned in another article " + mention.path("articleId").asText());
        } else if (!spans.add(mention.path("start").asText() + "-" + mention.path("end").asText())) {
          wrong.add(report.person() + ": the mention at " + mention.path("start").asText() + " twice");
        }
      }
      if (mentions.isEmpty()) {
        wrong.add(report.person() + ": no mention");
      }
      for (JsonNode event : Census.all("/api/v1/events?limit=200&article=" + article)) {
        JsonNode detail = Http.get("/api/v1/events/" + event.path("id").asText(), Tokens.of("reader")).json();
        Set<String> triggers = new HashSet<>();
        for (JsonNode source : detail.path("sources")) {
          if (source.path("articleId").asText().equals(article)
              && !triggers.add(source.at("/trigger/start").asText() + "-" + source.at("/trigger/end").asText())) {
            wrong.add(report.person() + ": event " + detail.path("id").asText() + " has one trigger twice");
          }
        }
      }
    }
    assertEquals(List.of(), wrong);
  }
}
