package org.annals.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/** Everything the API lists, counted page by page through the gateway. */
public final class Census {

  /** How many articles (by status), entities and events the API lists. */
  public record Counts(int articles, int entities, int events, Map<String, Integer> articlesByStatus) {}

  /** What is stored, as the API lists it: articles, entities, the aliases of every entity, and events. */
  public record Stored(int articles, int entities, int aliases, int events) {}

  private static final int ALIAS_READERS = 4;

  private Census() {}

  /** Everything stored, aliases included (one request per entity: a few seconds). */
  public static Stored stored() {
    List<JsonNode> entities = all("/api/v1/entities?limit=200");
    return new Stored(articles(), entities.size(), aliases(entities), all("/api/v1/events?limit=200").size());
  }

  /** One entity as the API shows it, and its administrative history. */
  public static String entity(String id) {
    String reader = Tokens.of("reader");
    return Http.get("/api/v1/entities/" + id, reader).body() + "\n" + Http.get("/api/v1/entities/" + id + "/changes",
        reader).body();
  }

  private static int aliases(List<JsonNode> entities) {
    String reader = Tokens.of("reader");
    ForkJoinPool pool = new ForkJoinPool(ALIAS_READERS);
    try {
      return pool.submit(() -> entities.parallelStream().mapToInt(entity -> {
        String url = "/api/v1/entities/" + entity.path("id").asText();
        Http.Answer answer = Http.get(url, reader);
        if (answer.status() != 200) {
          throw new AssertionError("GET " + url + " answered " + answer);
        }
        return answer.json().path("aliases").size();
      }).sum()).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    } catch (ExecutionException e) {
      throw new AssertionError("could not count aliases: " + e.getCause().getMessage(), e.getCause());
    } finally {
      pool.shutdown();
    }
  }

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
