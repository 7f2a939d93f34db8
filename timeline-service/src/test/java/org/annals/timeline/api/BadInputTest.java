package org.annals.timeline.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.annals.common.database.EmbeddedPostgresTestResource;
import org.annals.common.security.Roles;
import org.annals.timeline.support.MentionFixtures;
import org.annals.timeline.support.MentionFixtures.Entity;
import org.junit.jupiter.api.Test;
import org.annals.timeline.support.Annotations;

/**
 * What a careless client or an attacker sends: every answer is a 4xx problem naming what is wrong,
 * never a 500, and a refused article leaves nothing stored.
 */
@QuarkusTest
@TestSecurity(user = "tester", roles = {Roles.READER, Roles.EDITOR, Roles.ADMIN, Roles.SERVICE})
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class BadInputTest {

  private static final String TEXT = "Depot burns after blast\nA drone attack on Tuesday set a fuel depot in Port Arlen"
      + " ablaze, officials said. The Red Hand denied any role.";
  private static final String FAR_FUTURE = "+999999999-12-31";
  private static final String FAR_PAST = "-999999999-01-01";

  private static String cursor(String joined) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertProblem(Response response, int status, String field, String what) {
    String body = response.asString();
    assertEquals(status, response.statusCode(), () -> what + " -> " + body);
    assertTrue(response.contentType().startsWith("application/problem+json"), () -> what + " -> " + body);
    assertEquals(status, response.jsonPath().getInt("status"), () -> what + " -> " + body);
    if (field != null) {
      assertEquals(field, response.jsonPath().getString("errors[0].field"), () -> what + " -> " + body);
    }
  }

  private static Entity storedEntity() {
    Entity redHand = MentionFixtures.entity("Red Hand", "ORGANIZATION");
    Entity portArlen = MentionFixtures.entity("Port Arlen", "CITY");
    given().contentType("application/json").body(article(TEXT, List.of(redHand, portArlen)))
        .put("/internal/v1/articles/" + UUID.randomUUID()).then().statusCode(200);
    return redHand;
  }

  private static Map<String, Object> article(String text, List<Entity> entities) {
    Map<String, Object> body = new HashMap<>();
    body.put("text", text);
    body.put("title", "Depot burns");
    body.put("source", "Test Wire");
    // Far from the days other tests of this database query.
    body.put("publishedAt", "1987-03-12");
    body.put("publishedGranularity", "DAY");
    body.put("mentions", MentionFixtures.resolvedMentions(text, entities));
    body.put("annotation", Annotations.of(text));
    return body;
  }

  @Test
  void daysOutsideTheYearsOneToNineThousandAreRefusedWhereverTheyAreRead() {
    String timeline = "/api/v1/timelines/" + storedEntity().id();
    for (String day : List.of(FAR_FUTURE, FAR_PAST, "+10000-01-01", "0000-12-31")) {
      for (String field : List.of("from", "to")) {
        assertProblem(given().queryParam(field, day).get("/api/v1/events"), 400, field, "events " + field + "=" + day);
        assertProblem(given().queryParam(field, day).get(timeline), 400, field, "timeline " + field + "=" + day);
        assertProblem(given().queryParam(field, day).queryParam("format", "timelinejs").get(timeline), 400, field,
            "timelinejs " + field + "=" + day);
      }
      String forged = cursor(day + "|" + UUID.randomUUID());
      assertProblem(given().queryParam("cursor", forged).get("/api/v1/events"), 400, "cursor", "events cursor " + day);
      assertProblem(given().queryParam("cursor", forged).get(timeline), 400, "cursor", "timeline cursor " + day);
      assertProblem(given().queryParam("cursor", forged).get("/api/v1/stories"), 400, "cursor", "story cursor " + day);
    }
  }

  @Test
  void textThatIsNotTextIsRefusedInParametersAndCursors() {
    String nul = cursor("2023-01-01\u0000|" + UUID.randomUUID());
    assertProblem(given().queryParam("cursor", nul).get("/api/v1/events"), 400, "cursor", "NUL in a cursor");
    assertProblem(given().queryParam("cursor", cursor("2023-01-01|" + UUID.randomUUID() + "\u0001"))
        .get("/api/v1/stories"), 400, "cursor", "control character in a cursor");
    assertProblem(given().queryParam("kind", "ATT\u0000ACK").get("/api/v1/events"), 400, "kind", "NUL in kind");
    assertProblem(given().queryParam("article", "\u0000").get("/api/v1/timexes"), 400, "article", "NUL in article");
    assertProblem(given().queryParam("format", "json\u0000").get("/api/v1/timelines/" + UUID.randomUUID()), 400,
        "format", "NUL in format");
  }

  @Test
  void hugeAndOddNumbersAreRefused() {
    String timeline = "/api/v1/timelines/" + storedEntity().id();
    for (String limit : List.of("99999999999", "-1", "1e3", "0x10", "2147483648")) {
      assertProblem(given().queryParam("limit", limit).get("/api/v1/events"), 400, "limit", "events limit " + limit);
      assertProblem(given().queryParam("limit", limit).get("/api/v1/stories"), 400, "limit", "stories limit " + limit);
      assertProblem(given().queryParam("limit", limit).get(timeline), 400, "limit", "timeline limit " + limit);
    }
    assertProblem(given().queryParam("kind", "attack ").queryParam("limit", "201").get("/api/v1/events"), 400, "limit",
        "events limit 201");
  }

  @Test
  void aTimelineOfAnEntityNeverSeenIsNotFoundButAKnownOneWithoutEventsInRangeIsEmpty() {
    assertProblem(given().get("/api/v1/timelines/" + UUID.randomUUID()), 404, null, "unknown entity");
    assertProblem(given().queryParam("format", "timelinejs").get("/api/v1/timelines/" + UUID.randomUUID()), 404, null,
        "unknown entity, TimelineJS");
    Entity known = storedEntity();
    given().queryParam("from", "1990-01-01").queryParam("to", "1990-12-31").get("/api/v1/timelines/" + known.id())
        .then().statusCode(200).body("entity.name", equalTo("Red Hand")).body("events.size()", equalTo(0));
  }

  @Test
  void anArticleWithTextThatIsNotTextIsRefusedAndNothingIsStored() {
    Entity redHand = MentionFixtures.entity("Red Hand", "ORGANIZATION");
    List<Map<String, Object>> cases = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    for (String field : List.of("text", "title", "source")) {
      for (String bad : List.of("\u0000", "\ud800", "\u0007")) {
        Map<String, Object> body = article(TEXT, List.of(redHand));
        body.put(field, TEXT + bad);
        cases.add(body);
        fields.add(field);
      }
    }
    for (String field : List.of("entityName", "text", "entityType", "entityId")) {
      for (String bad : List.of("\u0000", "\udc00", "\u0085\u0001")) {
        Map<String, Object> body = article(TEXT, List.of(redHand));
        @SuppressWarnings("unchecked")
        Map<String, Object> first = ((List<Map<String, Object>>) body.get("mentions")).get(0);
        first.put(field, first.get(field) + bad);
        cases.add(body);
        fields.add("mentions[0]." + field);
      }
    }
    Map<String, Object> longType = article(TEXT, List.of(redHand));
    @SuppressWarnings("unchecked")
    Map<String, Object> first = ((List<Map<String, Object>>) longType.get("mentions")).get(0);
    first.put("entityType", "ORGANIZATION".repeat(10));
    cases.add(longType);
    fields.add("mentions[0].entityType");
    for (String day : List.of(FAR_FUTURE, FAR_PAST, "0000-01-01")) {
      Map<String, Object> body = article(TEXT, List.of(redHand));
      body.put("publishedAt", day);
      cases.add(body);
      fields.add("publishedAt");
    }
    for (int i = 0; i < cases.size(); i++) {
      UUID id = UUID.randomUUID();
      // Raw JSON, so that a lone surrogate travels as the escape a client would write.
      String json = escapeControls(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(cases.get(i))
          .toString());
      assertProblem(given().contentType("application/json").body(json).put("/internal/v1/articles/" + id), 400,
          fields.get(i), "case " + i + ": " + fields.get(i));
      assertProblem(given().queryParam("article", id.toString()).get("/api/v1/timexes"), 404, null,
          "nothing stored for case " + i);
    }
    given().queryParam("entity", redHand.id().toString()).get("/api/v1/events").then().statusCode(200)
        .body("items.size()", equalTo(0));
  }

  @Test
  void anAnnotationOfAnotherVersionOrFormatOrTextOrNoneIsRefusedAndNothingIsStored() {
    Entity redHand = MentionFixtures.entity("Red Hand", "ORGANIZATION");
    Map<String, Object> good = Annotations.of(TEXT);
    String data = (String) good.get("data");
    Map<String, Map<String, Object>> cases = new java.util.LinkedHashMap<>();
    cases.put("annotation.version", Map.of("format", good.get("format"), "version", 2, "data", data));
    cases.put("annotation.format", Map.of("format", "stanza-json", "version", 1, "data", data));
    cases.put("annotation.data", Map.of("format", good.get("format"), "version", 1, "data", "not base64!"));
    cases.put("annotation.data ", Map.of("format", good.get("format"), "version", 1,
        "data", data.substring(0, data.length() / 2)));
    cases.put("annotation.data  ", Map.of("format", good.get("format"), "version", 1,
        "data", Annotations.of(TEXT.replace("depot", "depot!")).get("data")));
    cases.put("annotation", null);
    for (Map.Entry<String, Map<String, Object>> c : cases.entrySet()) {
      UUID id = UUID.randomUUID();
      Map<String, Object> body = article(TEXT, List.of(redHand));
      body.put("annotation", c.getValue());
      assertProblem(given().contentType("application/json").body(body).put("/internal/v1/articles/" + id), 400,
          c.getKey().strip(), c.getKey());
      assertProblem(given().queryParam("article", id.toString()).get("/api/v1/timexes"), 404, null,
          "nothing stored for " + c.getKey());
    }
    given().queryParam("entity", redHand.id().toString()).get("/api/v1/events").then().statusCode(200)
        .body("items.size()", equalTo(0));
  }

  @Test
  void articlesAtTheEdgesOfTheCalendarAreReadWithoutFailing() {
    Entity redHand = MentionFixtures.entity("Red Hand", "ORGANIZATION");
    String text = "Depot burns\nThe Red Hand attacked the depot yesterday and will attack again tomorrow, next year"
        + " and in 10000 AD, officials said on 31 December 9999; in the year 99999999999 it will be gone.\n"
        + "The Red Hand attacked a depot on February 30, 1921, and again the following day, on 31 April and in"
        + " the 13th month.";
    for (String day : List.of("9999-12-31", "0001-01-01")) {
      Map<String, Object> body = article(text, List.of(redHand));
      body.put("publishedAt", day);
      Response answer = given().contentType("application/json").body(body)
          .put("/internal/v1/articles/" + UUID.randomUUID());
      assertEquals(200, answer.statusCode(), () -> day + " -> " + answer.asString());
    }
    given().get("/api/v1/timelines/" + redHand.id()).then().statusCode(200);
    given().queryParam("format", "timelinejs").get("/api/v1/timelines/" + redHand.id()).then().statusCode(200);
    given().queryParam("from", "9999-12-31").get("/api/v1/events").then().statusCode(200);
  }

  /** Writes every character outside printable ASCII as a JSON escape. */
  private static String escapeControls(String json) {
    StringBuilder out = new StringBuilder();
    for (char c : json.toCharArray()) {
      out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return out.toString();
  }

  @Test
  void malformedBodiesAreProblemsNamingTheField() {
    String deep = "[".repeat(2000) + "]".repeat(2000);
    Map<String, String> cases = new java.util.LinkedHashMap<>();
    cases.put("{\"text\":5}", "text");
    cases.put("{\"text\":true}", "text");
    cases.put("{\"text\":{}}", "text");
    cases.put("{\"text\":[\"a\"]}", "text");
    cases.put("{\"text\":\"a\",\"txet\":\"b\"}", "txet");
    cases.put("{\"text\":\"a\",\"publishedAt\":\"yesterday\"}", "publishedAt");
    cases.put("{\"text\":\"a\",\"publishedAt\":20230101}", "publishedAt");
    cases.put("{\"text\":\"a\",\"mentions\":" + deep + "}", null);
    cases.put("{\"text\":\"a\",\"mentions\":{\"a\":1}}", "mentions");
    cases.put("{\"text\":\"a\",\"text\":\"b\"}", null);
    cases.put("[]", null);
    cases.put("[{\"text\":\"a\"}]", null);
    cases.put("\"text\"", null);
    cases.put("5", null);
    cases.put("null", null);
    cases.put("", null);
    cases.put("{\"text\":\"a\"", null);
    cases.put(deep, null);
    for (Map.Entry<String, String> c : cases.entrySet()) {
      UUID id = UUID.randomUUID();
      assertProblem(given().contentType("application/json").body(c.getKey()).put("/internal/v1/articles/" + id), 400,
          c.getValue(), abbreviate(c.getKey()));
      given().queryParam("article", id.toString()).get("/api/v1/timexes").then().statusCode(404);
    }
  }

  private static String abbreviate(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "…" : text;
  }

  @Test
  void anArticleWithoutAJsonContentTypeOrWithAnEncodingIsRefused() throws Exception {
    String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
        article(TEXT, List.of(MentionFixtures.entity("Red Hand", "ORGANIZATION"))));
    List<Map<String, String>> headers = List.of(Map.of(), Map.of("Content-Type", ""),
        Map.of("Content-Type", "*/*"), Map.of("Content-Type", "application/*"), Map.of("Content-Type", "text/plain"),
        Map.of("Content-Type", "application/json; charset=iso-8859-1"),
        Map.of("Content-Type", "application/json", "Content-Encoding", "gzip"),
        Map.of("Content-Type", "application/json", "Content-Encoding", "identity, br"));
    HttpClient client = HttpClient.newHttpClient();
    for (Map<String, String> header : headers) {
      UUID id = UUID.randomUUID();
      HttpRequest.Builder request = HttpRequest.newBuilder(
          URI.create("http://localhost:" + RestAssured.port + "/internal/v1/articles/" + id))
          .PUT(HttpRequest.BodyPublishers.ofString(json));
      header.forEach(request::header);
      HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(415, answer.statusCode(), () -> header + " -> " + answer.body());
      assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
          () -> header + " -> " + answer.headers().map());
      given().queryParam("article", id.toString()).get("/api/v1/timexes").then().statusCode(404)
          .contentType(startsWith("application/problem+json"));
    }
    // The same body with the right type is accepted: the refusals above are for the headers alone.
    UUID id = UUID.randomUUID();
    HttpResponse<String> accepted = client.send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + RestAssured.port + "/internal/v1/articles/" + id))
        .header("Content-Type", "application/json; charset=UTF-8").PUT(HttpRequest.BodyPublishers.ofString(json))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, accepted.statusCode(), accepted::body);
  }
}
