package org.annals.ingest.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Calls on the article API and waits for the pipeline, shared by the API and pipeline tests. */
public final class TestSupport {

  public static final String ARTICLES = "/api/v1/articles";
  public static final String PROBLEM_JSON = "application/problem+json";

  /**
   * UTF-8 everywhere and no charset added behind the test's back: RestAssured would otherwise label
   * text bodies ISO-8859-1, which changes what the service decodes.
   */
  private static final RestAssuredConfig CONFIG = RestAssuredConfig.config().encoderConfig(
      EncoderConfig.encoderConfig().defaultContentCharset(StandardCharsets.UTF_8)
          .appendDefaultContentCharsetToContentTypeIfUndefined(false));

  /** The token every call of {@link #api()} carries: none for @QuarkusTests, whose caller is @TestSecurity's. */
  private static volatile String bearer;

  private TestSupport() {}

  public static void actAs(String token) {
    bearer = token;
  }

  public static RequestSpecification api() {
    RequestSpecification request = RestAssured.given().config(CONFIG);
    return bearer == null ? request : request.auth().oauth2(bearer);
  }

  /**
   * A word no other article contains. Letters only, so that PostgreSQL's full-text parser keeps it as
   * one token and language detection is not thrown by digits.
   */
  public static String marker() {
    StringBuilder word = new StringBuilder("zq");
    for (char c : UUID.randomUUID().toString().replace("-", "").toCharArray()) {
      word.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
    }
    return word.toString();
  }

  /** An invented English news report of about 80 words, made unique by the given marker words. */
  public static String newsReport(String... markers) {
    return "Workers at the Northgate water treatment plant restored full service on Tuesday after a pump"
        + " failure left parts of the district without running water for nearly two days, officials said.\n\n"
        + "The utility's director told reporters that crews had replaced two damaged valves and flushed the"
        + " main pipes overnight. Residents were advised to boil their water until laboratory tests, expected"
        + " by Friday, confirm that it is safe to drink.\n\n"
        + "Reference words for the archive: " + String.join(" ", markers) + ".";
  }

  /** Submits a JSON article and returns its id, failing unless it was stored (202). */
  public static UUID submitJson(Map<String, ?> article) {
    return submit(api().contentType("application/json").body(article));
  }

  /** Submits a plain-text article (UTF-8) and returns its id, failing unless it was stored (202). */
  public static UUID submitText(String text) {
    return submit(api().contentType("text/plain; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static UUID submit(RequestSpecification request) {
    Response response = request.post(ARTICLES);
    assertEquals(202, response.statusCode(), () -> "submission not stored: " + response.asString());
    return UUID.fromString(response.jsonPath().getString("id"));
  }

  public static Map<String, Object> jsonArticle(String text, Object... fieldsAndValues) {
    Map<String, Object> article = new HashMap<>();
    article.put("text", text);
    for (int i = 0; i < fieldsAndValues.length; i += 2) {
      article.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
    }
    return article;
  }

  /** The full view of an article (GET), failing unless it exists. */
  public static JsonPath article(UUID id) {
    Response response = api().get(ARTICLES + "/" + id);
    assertEquals(200, response.statusCode(), () -> "GET " + id + ": " + response.asString());
    return response.jsonPath();
  }

  /** The step of an article's full view, such as "ENTITIES", as a map of its fields. */
  public static Map<String, Object> step(JsonPath article, String step) {
    Map<String, Object> found = article.getMap("steps.find { it.step == '" + step + "' }");
    if (found == null) {
      fail("article has no step " + step + ": " + article.prettify());
    }
    return found;
  }

  /** Waits until the article has the status, failing with its last state otherwise. */
  public static JsonPath awaitStatus(UUID id, String status, Duration timeout) {
    return await("article " + id + " to be " + status, timeout, () -> article(id),
        a -> status.equals(a.getString("status")), JsonPath::prettify);
  }

  /** Polls until the condition holds for a fresh value; the value is returned. */
  public static <T> T await(String what, Duration timeout, Supplier<T> value, Predicate<T> condition,
      java.util.function.Function<T, String> describe) {
    long deadline = System.nanoTime() + timeout.toNanos();
    T last;
    while (true) {
      last = value.get();
      if (condition.test(last)) {
        return last;
      }
      if (System.nanoTime() > deadline) {
        fail("Timed out after " + timeout.toMillis() + " ms waiting for " + what + "; last: " + describe.apply(last));
      }
      pause(Duration.ofMillis(100));
    }
  }

  public static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** One listing page: the response, already checked to be 200. */
  public static JsonPath listPage(Map<String, ?> query) {
    Response response = api().queryParams(query).get(ARTICLES);
    assertEquals(200, response.statusCode(), () -> "list " + query + ": " + response.asString());
    return response.jsonPath();
  }

  /** The ids of every article the listing holds for a query, following nextCursor to the end. */
  public static List<String> listAllIds(Map<String, ?> query, int limit) {
    List<String> ids = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      Map<String, Object> params = new HashMap<>(query);
      params.put("limit", limit);
      if (cursor != null) {
        params.put("cursor", cursor);
      }
      JsonPath page = listPage(params);
      ids.addAll(page.getList("items.id", String.class));
      cursor = page.getString("nextCursor");
      if (++pages > 10_000) {
        fail("the listing never ends");
      }
    } while (cursor != null);
    return ids;
  }

  /** How many articles are stored, counted through the listing. */
  public static int countArticles() {
    return listAllIds(Map.of(), 200).size();
  }

  public static String requestId(String purpose) {
    return purpose.toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().replace("-", "");
  }
}
