package org.annals.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Everything the API lists, counted page by page through the gateway. */
public final class Census {

  /** How many articles (by status), entities and events the API lists. */
  public record Counts(int articles, int entities, int events, Map<String, Integer> articlesByStatus) {}

  private Census() {}

  public static Counts take() {
    List<JsonNode> articles = all("/api/v1/articles?limit=200");
    Map<String, Integer> byStatus = new TreeMap<>();
    articles.forEach(a -> byStatus.merge(a.path("status").asText(), 1, Integer::sum));
    return new Counts(articles.size(), all("/api/v1/entities?limit=200").size(), all("/api/v1/events?limit=200").size(),
        byStatus);
  }

  /** Waits until no article is waiting or being processed, so that counts stand still. */
  public static Counts awaitIdle() {
    return Poll.until(java.time.Duration.ofMinutes(3), "idle", Census::take, counts ->
        !counts.articlesByStatus().containsKey("PENDING") && !counts.articlesByStatus().containsKey("PROCESSING"));
  }

  public static int articles() {
    return all("/api/v1/articles?limit=200").size();
  }

  /** Every item of a listing, following nextCursor. */
  public static List<JsonNode> all(String listing) {
    List<JsonNode> items = new ArrayList<>();
    String cursor = null;
    do {
      String url = listing + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
      Http.Answer answer = Http.get(url, Tokens.of("reader"));
      if (answer.status() != 200) {
        throw new AssertionError("GET " + url + " answered " + answer);
      }
      answer.json().path("items").forEach(items::add);
      cursor = answer.json().path("nextCursor").asText(null);
    } while (cursor != null);
    return items;
  }
}
