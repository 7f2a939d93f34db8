package org.annals.ingest.api;

import static org.annals.ingest.support.TestSupport.ARTICLES;
import static org.annals.ingest.support.TestSupport.PROBLEM_JSON;
import static org.annals.ingest.support.TestSupport.api;
import static org.annals.ingest.support.TestSupport.countArticles;
import static org.annals.ingest.support.TestSupport.jsonArticle;
import static org.annals.ingest.support.TestSupport.marker;
import static org.annals.ingest.support.TestSupport.newsReport;
import static org.annals.ingest.support.TestSupport.requestId;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.annals.common.security.Roles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Everything a client can get wrong: each answer is a 4xx problem document a person can act on, of the
 * type docs/problems.md gives for it, carrying the caller's request id, leaking no Java internals, and
 * storing nothing.
 */
@QuarkusTest
@TestSecurity(user = "tester", roles = {Roles.READER, Roles.EDITOR, Roles.ADMIN, Roles.SERVICE})
class BadInputTest {

  private static final String JSON = "application/json";
  private static final String TEXT = "text/plain; charset=UTF-8";
  private static final String NDJSON = "application/x-ndjson";
  private static final String BATCH = ARTICLES + "/batch";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> LEAKS = List.of("Exception", "org.annals", "java.", "jakarta.", "fasterxml",
      "hibernate", "\tat ", "jackson", "Jackson", "Feature", "START_", "END_", "VALUE_", "JsonToken", "`");

  /**
   * One bad request and the answer it must get. {@code type} is the problem type slug of
   * docs/problems.md, or null where the catalogue leaves the choice open.
   */
  record BadRequest(String name, String method, String path, String contentType, String accept, byte[] body,
      boolean chunked, int status, String type) {

    BadRequest to(String otherPath) {
      return new BadRequest(name, method, otherPath, contentType, accept, body, chunked, status, type);
    }

    BadRequest sentChunked() {
      return new BadRequest(name, method, path, contentType, accept, body, true, status, type);
    }

    BadRequest with(String otherMethod, String otherAccept) {
      return new BadRequest(name, otherMethod, path, contentType, otherAccept, body, chunked, status, type);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<BadRequest> badRequests() {
    byte[] overTwoMiB = utf8("word ".repeat(2 * 1024 * 1024 / 5 + 10));
    List<BadRequest> cases = new ArrayList<>(List.of(
        bad("empty JSON body", JSON, new byte[0], 400, "malformed-json"),
        bad("empty text body", TEXT, new byte[0], 400, "validation"),
        bad("whitespace-only text", TEXT, utf8(" \n\t  \r\n  \u00a0 "), 400, "validation"),
        json("JSON text of spaces", Map.of("text", "   "), 400, "validation"),
        bad("body over 2 MiB", TEXT, overTwoMiB, 413, "too-large"),
        bad("chunked body over 2 MiB", TEXT, overTwoMiB, 413, "too-large").sentChunked(),
        bad("invalid UTF-8 as text/plain", TEXT, concat(utf8("Officials said the caf"),
            new byte[] {(byte) 0xC3, 0x28}, utf8(" was closed on Monday.")), 400, "validation"),
        bad("invalid UTF-8 inside JSON", JSON, concat(utf8("{\"text\": \"Officials said the caf"),
            new byte[] {(byte) 0xFF, (byte) 0xFE}, utf8(" was closed on Monday.\"}")), 400, null),
        bad("NUL byte in text/plain", TEXT, utf8("Officials said\u0000 the bridge was closed."), 400, "validation"),
        bad("binary bytes as text/plain", TEXT, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n',
            0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'}, 400, "validation"),
        json("NUL character inside JSON text", Map.of("text", "Officials said\u0000 the bridge was closed."), 400,
            "validation"),
        bad("malformed JSON", JSON, utf8("{\"text\": \"Officials said the bridge"), 400, "malformed-json"),
        bad("JSON array to the single endpoint", JSON, utf8("[" + toJson(jsonArticle(valid())) + "]"), 400,
            "malformed-json"),
        bad("two JSON objects to the single endpoint", JSON,
            utf8(toJson(jsonArticle(valid())) + "\n" + toJson(jsonArticle(valid()))), 400,
            "malformed-json"),
        bad("JSON object followed by other text", JSON, utf8(toJson(jsonArticle(valid())) + " and more"), 400,
            "malformed-json"),
        bad("XML", "application/xml", utf8("<article><text>" + valid() + "</text></article>"), 415,
            "unsupported-media-type"),
        json("impossible date", jsonArticle(valid(), "publishedAt", "2023-02-30"), 400, "validation"),
        json("month 13", jsonArticle(valid(), "publishedAt", "2023-13"), 400, "validation"),
        json("future date", jsonArticle(valid(), "publishedAt", "2999-01-01"), 400, "validation"),
        json("date-time without offset", jsonArticle(valid(), "publishedAt", "2023-01-31T08:30:00"), 400,
            "validation"),
        json("publishedAt as a number", jsonArticle(valid(), "publishedAt", 20230131), 400, null),
        json("text as an object", Map.of("text", Map.of("body", valid())), 400, null),
        json("unknown field", jsonArticle(valid(), "author", "J. Smith"), 400, null),
        json("both text and html", jsonArticle(valid(), "html", "<p>" + valid() + "</p>"), 400, "validation"),
        json("neither text nor html", Map.of("source", "Harbour Gazette"), 400, "validation"),
        json("url that is not a URL", jsonArticle(valid(), "url", "not a url"), 400, "validation"),
        json("ftp url", jsonArticle(valid(), "url", "ftp://x"), 400, "validation"),
        json("invalid language tag", jsonArticle(valid(), "language", "English please"), 400, "validation"),
        json("control character in title", jsonArticle(valid(), "title", "Bridge\u0007 closed"), 400, "validation"),
        bad("only boilerplate lines", TEXT,
            utf8("Share this article\nFacebook\nTwitter\nAdvertisement\nSign up for our daily newsletter\n"), 400,
            "validation"),
        bad("header line with an impossible date", TEXT, utf8("date 2023-02-30\n" + valid()), 400, "validation"),
        bad("unsupported charset", "text/plain; charset=x-no-such-charset", utf8(valid()), 415,
            "unsupported-media-type"),
        bad("HTML page without article text", "text/html",
            utf8("<html><body><nav>Home</nav><script>track()</script><footer>Contact</footer></body></html>"), 400,
            "validation"),
        bad("duplicate key", JSON, utf8("{\"text\":" + toJson(valid()) + ",\"text\":" + toJson(valid()) + "}"),
            400, "malformed-json"),
        bad("duplicate key spelt with an escape", JSON,
            utf8("{\"text\":" + toJson(valid()) + ",\"\\u0074ext\":" + toJson(valid()) + "}"), 400,
            "malformed-json"),
        bad("trailing comma", JSON, utf8("{\"text\":" + toJson(valid()) + ",}"), 400, "malformed-json"),
        bad("unquoted key", JSON, utf8("{text:" + toJson(valid()) + "}"), 400, "malformed-json"),
        bad("single quotes", JSON, utf8("{'text':'" + valid().replace("\n", " ").replace("'", " ") + "'}"), 400,
            "malformed-json"),
        bad("NaN", JSON, utf8("{\"text\":NaN}"), 400, "malformed-json"),
        bad("leading zeros", JSON, utf8("{\"text\":" + toJson(valid()) + ",\"publishedAt\":0012}"), 400, null),
        bad("invalid escape", JSON, utf8("{\"text\":" + toJson(valid() + " \\q").replace("\\\\q", "\\q") + "}"),
            400, "malformed-json"),
        bad("raw control character in a JSON string", JSON,
            utf8("{\"text\":" + toJson(valid()).replace(".\"", ". \u0001\"") + "}"), 400, "malformed-json"),
        bad("comment in JSON", JSON, utf8("{/* note */\"text\":" + toJson(valid()) + "}"), 400, "malformed-json"),
        bad("JSON null", JSON, utf8("null"), 400, "malformed-json"),
        bad("JSON string", JSON, utf8(toJson(valid())), 400, "malformed-json"),
        bad("object after array in a batch", JSON, utf8("[" + toJson(jsonArticle(valid())) + "] {}"), 400,
            "malformed-json").to(BATCH),
        bad("duplicate key in a batch item", JSON,
            utf8("[{\"text\":" + toJson(valid()) + ",\"text\":\"x\"}]"), 400, "malformed-json").to(BATCH),
        bad("answer asked for as XML", JSON, utf8(toJson(jsonArticle(valid()))), 406, "not-acceptable")
            .with("POST", "application/xml"),
        bad("PUT on the collection", JSON, utf8(toJson(jsonArticle(valid()))), 405, "method-not-allowed")
            .with("PUT", null),
        bad("empty batch", JSON, utf8("[]"), 400, "validation").to(BATCH),
        bad("empty NDJSON batch", NDJSON, utf8("\n  \n"), 400, "validation").to(BATCH),
        bad("batch that is not an array", JSON, utf8(toJson(jsonArticle(valid()))), 400, "malformed-json").to(BATCH),
        bad("malformed batch", JSON, utf8("[{\"text\": "), 400, "malformed-json").to(BATCH),
        bad("batch of two JSON arrays", JSON, utf8("[" + toJson(jsonArticle(valid())) + "] ["
            + toJson(jsonArticle(valid())) + "]"), 400, "malformed-json").to(BATCH),
        bad("batch with an unsupported charset", "application/json; charset=x-no-such-charset",
            utf8("[" + toJson(jsonArticle(valid())) + "]"), 415, "unsupported-media-type").to(BATCH),
        bad("batch of 101 items", JSON, utf8(toJson(Collections.nCopies(101, jsonArticle(valid())))), 413,
            "too-large").to(BATCH)));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRequests")
  void isRefusedWithAProblemAndStoresNothing(BadRequest bad) {
    String requestId = requestId("bad");
    int before = countArticles();

    Response response = send(bad, requestId);

    String body = response.asString();
    assertEquals(bad.status(), response.statusCode(), body);
    assertAll(
        () -> assertNotNull(response.contentType()),
        () -> assertTrue(response.contentType().startsWith(PROBLEM_JSON), "Content-Type " + response.contentType()),
        () -> assertEquals(bad.status(), response.jsonPath().getInt("status")),
        () -> assertFalse(response.jsonPath().getString("detail").isBlank()),
        () -> {
          if (bad.type() != null) {
            assertEquals("urn:annals:problem:" + bad.type(), response.jsonPath().getString("type"), body);
          }
        },
        () -> assertEquals(requestId, response.header("X-Request-Id"), "X-Request-Id header"),
        () -> assertEquals(requestId, response.jsonPath().getString("requestId"), "requestId in the problem"),
        () -> LEAKS.forEach(leak -> assertFalse(body.contains(leak), "leaks '" + leak + "': " + body)),
        () -> assertEquals(before, countArticles(), "articles stored"));
  }

  @Test
  void wrongMethodIsAProblemNamingTheKind() {
    Response response = api().contentType(JSON).body(utf8("{}")).put(ARTICLES);

    assertEquals(405, response.statusCode());
    assertEquals("application/problem+json", response.contentType());
    assertEquals("urn:annals:problem:method-not-allowed", response.jsonPath().getString("type"));
  }

  private static Response send(BadRequest bad, String requestId) {
    RequestSpecification request = api().header("X-Request-Id", requestId).contentType(bad.contentType());
    if (bad.accept() != null) {
      request = request.accept(bad.accept());
    }
    // A stream of unknown length goes out chunked, without Content-Length.
    request = bad.chunked() ? request.body(new ByteArrayInputStream(bad.body())) : request.body(bad.body());
    return request.request(bad.method(), bad.path());
  }

  /** A text that would be stored if its request were accepted: each case has its own. */
  private static String valid() {
    return newsReport(marker());
  }

  private static BadRequest bad(String name, String contentType, byte[] body, int status, String type) {
    return new BadRequest(name, "POST", ARTICLES, contentType, null, body, false, status, type);
  }

  private static BadRequest json(String name, Map<String, ?> body, int status, String type) {
    return bad(name, JSON, utf8(toJson(body)), status, type);
  }

  private static String toJson(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
