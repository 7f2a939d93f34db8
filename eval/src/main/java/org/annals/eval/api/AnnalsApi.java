package org.annals.eval.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The public API of a running stack, through the gateway, with real tokens: {@code reader} reads,
 * {@code editor} posts, {@code admin} deletes. A 429 (rate limit) or 503 is waited out as its
 * Retry-After says; every other unexpected answer stops the evaluation with what the stack said.
 */
public final class AnnalsApi {

  /** The {@code source} of every article an evaluation posts: how it finds (and removes) its own. */
  public static final String EVAL_SOURCE = "annals-eval";

  private static final int MAX_WAITS = 30;

  private final HttpClient http;
  private final Stack stack;
  private final Tokens tokens;
  private final ObjectMapper json = new ObjectMapper();
  private int throttled;

  public AnnalsApi(Stack stack) {
    this.stack = stack;
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    this.tokens = new Tokens(http, stack.realm());
  }

  /** An article as posted: its id, and the article it duplicates when the store already had the text. */
  public record Posted(String id, String duplicateOf) {}

  /** One JSON submission ({@code text}, {@code publishedAt} may be null), source {@link #EVAL_SOURCE}. */
  public static Map<String, Object> submission(String text, String publishedAt, String title) {
    Map<String, Object> body = new HashMap<>();
    body.put("text", text);
    body.put("source", EVAL_SOURCE);
    if (publishedAt != null) {
      body.put("publishedAt", publishedAt);
    }
    if (title != null) {
      body.put("title", title);
    }
    return body;
  }

  public Posted post(Map<String, Object> submission) {
    JsonNode answer = send("editor", "POST", "/api/v1/articles", submission, 200, 202);
    return new Posted(answer.get("id").asText(), answer.path("duplicateOf").asText(null));
  }

  /** Up to the batch limit (100) at once; one result per item, in order (null id for a rejected one). */
  public List<Posted> postBatch(List<Map<String, Object>> submissions) {
    JsonNode answer = send("editor", "POST", "/api/v1/articles/batch", submissions, 200);
    List<Posted> posted = new ArrayList<>();
    for (JsonNode item : answer.get("items")) {
      posted.add(new Posted(item.path("id").asText(null), item.path("duplicateOf").asText(null)));
    }
    return posted;
  }

  public JsonNode get(String pathAndQuery) {
    return send("reader", "GET", pathAndQuery, null, 200);
  }

  public void deleteArticle(String id) {
    send("admin", "DELETE", "/api/v1/articles/" + id, null, 204, 404);
  }

  /** Every page of a cursor-paged listing ({@code items}, {@code nextCursor}), item by item. */
  public void forEachItem(String pathAndQuery, Consumer<JsonNode> action) {
    String cursor = null;
    do {
      String page = pathAndQuery + (pathAndQuery.contains("?") ? "&" : "?")
          + (cursor == null ? "" : "cursor=" + encode(cursor));
      JsonNode answer = get(page);
      answer.path("items").forEach(action);
      cursor = answer.path("nextCursor").asText(null);
    } while (cursor != null);
  }

  /** The ids of the articles with {@code source}, any status. */
  public List<String> articlesOf(String source) {
    List<String> ids = new ArrayList<>();
    forEachItem("/api/v1/articles?limit=200&source=" + encode(source), item -> ids.add(item.get("id").asText()));
    return ids;
  }

  /** How many articles the store holds whatever their source (counted up to {@code upTo}). */
  public int countArticles(int upTo) {
    int[] count = {0};
    String cursor = null;
    do {
      JsonNode answer = get("/api/v1/articles?limit=200" + (cursor == null ? "" : "&cursor=" + encode(cursor)));
      count[0] += answer.path("items").size();
      cursor = answer.path("nextCursor").asText(null);
    } while (cursor != null && count[0] < upTo);
    return count[0];
  }

  /** Deletes the articles earlier evaluations posted (and so their analysis downstream). */
  public int deleteEvalArticles() {
    List<String> ids = articlesOf(EVAL_SOURCE);
    ids.forEach(this::deleteArticle);
    return ids.size();
  }

  /**
   * Waits until every article is analysed ({@code DONE}) or has failed; answers the status of each.
   * Polls the listing of evaluation articles (a request per 200 a round); an article the listing does
   * not hold (a text the store had before, under another source) is asked about by itself.
   */
  public Map<String, String> awaitAnalysed(Collection<String> ids, Duration timeout) {
    return awaitAnalysed(EVAL_SOURCE, ids, timeout);
  }

  /** As {@link #awaitAnalysed(Collection, Duration)} for articles posted with another source. */
  public Map<String, String> awaitAnalysed(String source, Collection<String> ids, Duration timeout) {
    Set<String> pending = new HashSet<>(ids);
    Map<String, String> status = new HashMap<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Set<String> listed = new HashSet<>();
      forEachItem("/api/v1/articles?limit=200&source=" + encode(source), item -> {
        listed.add(item.get("id").asText());
        settle(item.get("id").asText(), item.path("status").asText(), pending, status);
      });
      for (String id : List.copyOf(pending)) {
        if (!listed.contains(id)) {
          settle(id, get("/api/v1/articles/" + id).path("status").asText(), pending, status);
        }
      }
      if (pending.isEmpty()) {
        return status;
      }
      if (System.nanoTime() > deadline) {
        throw new StackException(pending.size() + " articles still not analysed after " + timeout.toSeconds()
            + " s (see ./annals status and ./annals logs ingest)");
      }
      // Each round lists every article posted: the more are pending, the less often.
      sleep(Duration.ofMillis(Math.min(30_000, 1500 + 10L * pending.size())));
    }
  }

  private static void settle(String id, String state, Set<String> pending, Map<String, String> status) {
    if (pending.contains(id) && !state.equals("PENDING") && !state.equals("PROCESSING")) {
      pending.remove(id);
      status.put(id, state);
    }
  }

  /** A valid access token of a development user (for a load generator of its own). */
  public String token(String user) {
    return tokens.of(user);
  }

  /** What the gateway's rate limit leaves the reader now (its X-RateLimit-Remaining), -1 when it does not say. */
  public long rateAllowance() {
    return exchange("reader", "GET", "/api/v1/articles?limit=1", null).headers()
        .firstValueAsLong("X-RateLimit-Remaining").orElse(-1);
  }

  /** How many answers were 429 (over the rate limit) and waited out. */
  public int throttled() {
    return throttled;
  }

  private JsonNode send(String user, String method, String pathAndQuery, Object body, int... expected) {
    for (int attempt = 0; ; attempt++) {
      HttpResponse<String> response = exchange(user, method, pathAndQuery, body);
      int status = response.statusCode();
      for (int ok : expected) {
        if (status == ok) {
          return read(response.body());
        }
      }
      if ((status == 429 || status == 503) && attempt < MAX_WAITS) {
        if (status == 429) {
          throttled++;
        }
        long seconds = response.headers().firstValueAsLong("Retry-After").orElse(2);
        sleep(Duration.ofSeconds(Math.max(1, seconds)));
        continue;
      }
      throw new StackException(method + " " + pathAndQuery + " answered " + status + ": " + response.body());
    }
  }

  private HttpResponse<String> exchange(String user, String method, String pathAndQuery, Object body) {
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.gateway() + pathAndQuery))
          .timeout(Duration.ofSeconds(60))
          .header("Authorization", "Bearer " + tokens.of(user))
          .header("Accept", "application/json");
      if (body == null) {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        request.header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
      }
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new StackException("the gateway does not answer at " + stack.gateway() + ": is Annals running"
          + " (./annals up)?", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StackException("interrupted", e);
    }
  }

  private JsonNode read(String body) {
    try {
      return body == null || body.isEmpty() ? json.nullNode() : json.readTree(body);
    } catch (IOException e) {
      throw new StackException("the stack answered something that is not JSON: " + body, e);
    }
  }

  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StackException("interrupted", e);
    }
  }
}
