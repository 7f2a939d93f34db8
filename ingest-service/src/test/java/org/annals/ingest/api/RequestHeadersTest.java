package org.annals.ingest.api;

import static org.annals.ingest.support.TestSupport.ARTICLES;
import static org.annals.ingest.support.TestSupport.PROBLEM_JSON;
import static org.annals.ingest.support.TestSupport.article;
import static org.annals.ingest.support.TestSupport.countArticles;
import static org.annals.ingest.support.TestSupport.marker;
import static org.annals.ingest.support.TestSupport.newsReport;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.annals.common.security.Roles;
import org.annals.common.testing.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Content-Type, Content-Encoding and Host as a careless client or an attacker sends them, written raw:
 * a body is read only as a type it declares and this service reads, and nothing of Host comes back.
 */
@QuarkusTest
@TestSecurity(user = "tester", roles = {Roles.READER, Roles.EDITOR, Roles.ADMIN})
class RequestHeadersTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BATCH = ARTICLES + "/batch";

  /** A request whose headers alone make it unacceptable. */
  record Unacceptable(String name, String path, List<String> headers, boolean jsonBody) {
    @Override
    public String toString() {
      return name + " on " + path;
    }
  }

  static Stream<Unacceptable> unacceptable() {
    return Stream.of(ARTICLES, BATCH).flatMap(path -> Stream.of(
        new Unacceptable("no Content-Type", path, List.of(), true),
        new Unacceptable("an empty Content-Type", path, List.of("Content-Type: "), true),
        new Unacceptable("a Content-Type that does not parse", path, List.of("Content-Type: ;;="), true),
        new Unacceptable("Content-Type */*", path, List.of("Content-Type: */*"), true),
        new Unacceptable("Content-Type application/*", path, List.of("Content-Type: application/*"), true),
        new Unacceptable("JSON in ISO-8859-1", path, List.of("Content-Type: application/json; charset=iso-8859-1"),
            true),
        new Unacceptable("JSON in UTF-16", path, List.of("Content-Type: application/json; charset=UTF-16"), true),
        new Unacceptable("gzip", path, List.of("Content-Type: application/json", "Content-Encoding: gzip"), true),
        new Unacceptable("gzip after identity", path,
            List.of("Content-Type: application/json", "Content-Encoding: identity, gzip"), true),
        new Unacceptable("an unknown coding", path, List.of("Content-Type: application/json",
            "Content-Encoding: x-snappy"), true)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unacceptable")
  void unacceptableRequestIs415SayingWhatIsAccepted(Unacceptable request) throws IOException {
    int before = countArticles();
    byte[] body = body(request.path().equals(BATCH));

    RawHttp.Answer answer = send("POST", request.path(), request.headers(), body);

    assertEquals(415, answer.status(), answer.whole());
    JsonPath problem = JsonPath.from(answer.body());
    assertAll(
        () -> assertTrue(answer.header("Content-Type").startsWith(PROBLEM_JSON), answer.header("Content-Type")),
        () -> assertEquals("urn:annals:problem:unsupported-media-type", problem.getString("type")),
        () -> assertTrue(problem.getString("detail").contains("application/json"), problem.getString("detail")),
        () -> assertFalse(answer.body().contains("Exception"), answer.body()),
        () -> assertEquals(before, countArticles(), "articles stored"));
  }

  /** Operations without a body do not read Content-Type, whatever it holds. */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"POST,/reprocess,404", "GET,'',404", "DELETE,'',404"})
  void anEmptyContentTypeWhereNoBodyIsReadIsIgnored(String method, String suffix, int status) {
    RawHttp.Answer answer = send(method, ARTICLES + "/" + UUID.randomUUID() + suffix,
        List.of("Content-Type: "), new byte[0]);

    assertEquals(status, answer.status(), answer.whole());
    assertTrue(answer.header("Content-Type").startsWith(PROBLEM_JSON), answer.whole());
  }

  @Test
  void gzipIsRefusedEvenWhenTheBodyIsCompressed() throws IOException {
    int before = countArticles();
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
      gzip.write(body(false));
    }

    RawHttp.Answer answer = send("POST", ARTICLES,
        List.of("Content-Type: application/json", "Content-Encoding: gzip"), compressed.toByteArray());

    assertEquals(415, answer.status(), answer.whole());
    assertTrue(JsonPath.from(answer.body()).getString("detail").contains("identity"), answer.body());
    assertEquals(before, countArticles());
  }

  @Test
  void identityCodingIsAccepted() throws IOException {
    RawHttp.Answer answer = send("POST", ARTICLES,
        List.of("Content-Type: application/json", "Content-Encoding: identity"), body(false));

    assertEquals(202, answer.status(), answer.whole());
  }

  @Test
  void latin1TextIsDecodedAsLatin1() {
    String marker = marker();
    String text = newsReport(marker) + " The caf\u00e9 on the corner re-opened, na\u00efve as that may seem.";

    RawHttp.Answer answer = send("POST", ARTICLES, List.of("Content-Type: text/plain; charset=iso-8859-1"),
        text.getBytes(StandardCharsets.ISO_8859_1));

    assertEquals(202, answer.status(), answer.whole());
    String stored = article(UUID.fromString(JsonPath.from(answer.body()).getString("id"))).getString("text");
    assertTrue(stored.contains("caf\u00e9 on the corner re-opened, na\u00efve"), stored);
  }

  @Test
  void locationDoesNotReflectTheHostHeader() throws IOException {
    RawHttp.Answer answer = send("POST", ARTICLES,
        List.of("Host: evil.example", "Content-Type: application/json"), body(false));

    assertEquals(202, answer.status(), answer.whole());
    String id = JsonPath.from(answer.body()).getString("id");
    assertAll(
        () -> assertEquals(ARTICLES + "/" + id, answer.header("Location")),
        () -> assertFalse(answer.whole().contains("evil.example"), answer.whole()));
  }

  @Test
  void batchAnswerDoesNotReflectTheHostHeader() throws IOException {
    RawHttp.Answer answer = send("POST", BATCH,
        List.of("Host: evil.example", "Content-Type: application/json"), body(true));

    assertEquals(200, answer.status(), answer.whole());
    assertFalse(answer.whole().contains("evil.example"), answer.whole());
  }

  /** A valid submission (or batch of one), so that only the headers can be wrong. */
  /** One request to the service under test, with exactly these header lines. */
  private static RawHttp.Answer send(String method, String target, List<String> headerLines, byte[] body) {
    return RawHttp.send(URI.create("http://localhost:" + RestAssured.port), InetAddress.getLoopbackAddress(),
        RawHttp.request(method, target, headerLines, body));
  }

  private static byte[] body(boolean batch) throws IOException {
    Map<String, String> article = Map.of("text", newsReport(marker()));
    return JSON.writeValueAsBytes(batch ? List.of(article) : article);
  }
}
