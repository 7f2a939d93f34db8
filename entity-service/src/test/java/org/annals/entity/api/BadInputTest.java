package org.annals.entity.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.annals.common.database.EmbeddedPostgresTestResource;
import org.annals.common.security.Roles;
import org.junit.jupiter.api.Test;

/**
 * What a careless client or an attacker sends to the entity API: every answer is a 4xx problem naming
 * what is wrong, never a 500 or a bare status, and a refused change leaves the entity and its history
 * as they were.
 */
@QuarkusTest
@TestSecurity(user = "tester", roles = {Roles.READER, Roles.EDITOR, Roles.ADMIN, Roles.SERVICE})
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class BadInputTest {

  /** Names that are not one line of visible text, as JSON string contents (escapes as a client writes them). */
  private static final List<String> BAD_NAMES = List.of("Ir\\u0000an", "Ir\\ud800an", "\\udc00", "Ir\\u0007an",
      "Ir\\u009fan", "Ir\\uffffan", "\\u200b", " \\u200b\\u00a0\\u2060 ", "Ir\\tan", "Ir\\nan", "\\u0301");

  private static String newEntity(String name) {
    Response response = given().contentType("application/json")
        .body(Map.of("text", "The " + name + " opened a lab.", "language", "en"))
        .put("/internal/v1/articles/" + UUID.randomUUID() + "/analysis");
    assertEquals(200, response.statusCode(), response.asString());
    List<Map<String, Object>> mentions = response.jsonPath().getList("mentions");
    return (String) mentions.stream().filter(m -> name.equals(m.get("text"))).findFirst()
        .orElseThrow(() -> new AssertionError("no mention of " + name + " in " + mentions)).get("entityId");
  }

  private static String cursor(String joined) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertProblem(Response response, int status, String field, String what) {
    String body = response.asString();
    assertEquals(status, response.statusCode(), () -> what + " -> " + body);
    assertTrue(String.valueOf(response.contentType()).startsWith("application/problem+json"), () -> what + " -> "
        + response.contentType() + " " + body);
    assertEquals(status, response.jsonPath().getInt("status"), () -> what + " -> " + body);
    if (field != null) {
      assertEquals(field, response.jsonPath().getString("errors[0].field"), () -> what + " -> " + body);
    }
  }

  private static JsonPath entity(String id) {
    return given().get("/api/v1/entities/" + id).then().statusCode(200).extract().jsonPath();
  }

  private static List<String> changes(String id) {
    return given().get("/api/v1/entities/" + id + "/changes").then().statusCode(200).extract().jsonPath()
        .getList("action");
  }

  @Test
  void textThatIsNotTextInAParameterOrACursorIsRefused() {
    assertProblem(given().urlEncodingEnabled(false).queryParam("name", "Ir%00an").get("/api/v1/entities"), 400, "name",
        "NUL in name");
    assertProblem(given().queryParam("name", "Ir\u0001an").get("/api/v1/entities"), 400, "name", "control in name");
    assertProblem(given().queryParam("type", "PERSON\u0000").get("/api/v1/entities"), 400, "type", "NUL in type");
    for (String joined : List.of("ir\u0000an|" + UUID.randomUUID(), "ir\u009fan|" + UUID.randomUUID(),
        "ir\ufffean|" + UUID.randomUUID(), "iran|" + UUID.randomUUID() + "\u0000")) {
      assertProblem(given().queryParam("cursor", cursor(joined)).get("/api/v1/entities"), 400, "cursor",
          "cursor " + joined);
    }
    String id = newEntity("Brannock Foundation");
    for (String joined : List.of("1\u0000", "99999999999999999999", "-1\u0001")) {
      assertProblem(given().queryParam("cursor", cursor(joined)).get("/api/v1/entities/" + id + "/mentions"), 400,
          "cursor", "mentions cursor " + joined);
    }
  }

  @Test
  void hugeAndOddLimitsAreRefused() {
    String id = newEntity("Carrow Institute");
    for (String limit : List.of("99999999999", "2147483648", "-1", "1e3", "0x10", "201")) {
      assertProblem(given().queryParam("limit", limit).get("/api/v1/entities"), 400, "limit", "list limit " + limit);
      assertProblem(given().queryParam("limit", limit).get("/api/v1/entities/" + id + "/mentions"), 400, "limit",
          "mentions limit " + limit);
      assertProblem(given().queryParam("limit", limit).get("/api/v1/entities/" + id + "/related"), 400, "limit",
          "related limit " + limit);
    }
    assertProblem(given().get("/api/v1/entities/" + id + "\u0000/related"), 400, null, "NUL in the id");
  }

  @Test
  void aNameOrAliasThatIsNotOneLineOfVisibleTextIsRefusedNamingTheField() {
    String id = newEntity("Dellmore Trust");
    JsonPath before = entity(id);
    for (String bad : BAD_NAMES) {
      assertProblem(given().contentType("application/json").body("{\"name\":\"" + bad + "\"}")
          .patch("/api/v1/entities/" + id), 400, "name", "PATCH name " + bad);
      assertProblem(given().contentType("application/json").body("{\"alias\":\"" + bad + "\"}")
          .post("/api/v1/entities/" + id + "/aliases"), 400, "alias", "alias " + bad);
    }
    assertProblem(given().contentType("application/json").body("{\"type\":\"PERSON\\u0000\"}")
        .patch("/api/v1/entities/" + id), 400, "type", "PATCH type with NUL");
    assertProblem(given().contentType("application/json").body("{\"duplicate\":\"" + UUID.randomUUID() + "\\u0000\"}")
        .post("/api/v1/entities/" + id + "/merge"), 400, "duplicate", "merge duplicate with NUL");
    assertEquals(before.getString("name"), entity(id).getString("name"));
    assertEquals(before.getList("aliases.alias"), entity(id).getList("aliases.alias"));
    assertEquals(List.of(), changes(id));
  }

  @Test
  void aCorrectionThatChangesNothingIsNotRecorded() {
    String id = newEntity("Ellery Council");
    JsonPath entity = entity(id);
    String name = entity.getString("name");
    String type = entity.getString("type");
    given().contentType("application/json").body(Map.of("type", type.toLowerCase())).patch("/api/v1/entities/" + id)
        .then().statusCode(200);
    given().contentType("application/json").body(Map.of("name", " " + name + " ")).patch("/api/v1/entities/" + id)
        .then().statusCode(200);
    given().contentType("application/json").body(Map.of("name", name, "type", type)).patch("/api/v1/entities/" + id)
        .then().statusCode(200);
    assertEquals(List.of(), changes(id));
    String other = "PERSON".equals(type) ? "ORGANIZATION" : "PERSON";
    given().contentType("application/json").body(Map.of("name", name, "type", other)).patch("/api/v1/entities/" + id)
        .then().statusCode(200);
    assertEquals(List.of("RETYPE"), changes(id));
  }

  @Test
  void malformedBodiesAreProblemsNamingTheField() {
    String id = newEntity("Farrant Society");
    String deep = "[".repeat(2000) + "]".repeat(2000);
    String deepObject = "{\"a\":".repeat(1200) + "1" + "}".repeat(1200);
    Map<String, String> operations = Map.of("PATCH /api/v1/entities/" + id, "name",
        "POST /api/v1/entities/" + id + "/aliases", "alias",
        "POST /api/v1/entities/" + id + "/merge", "duplicate",
        "PUT /internal/v1/articles/" + UUID.randomUUID() + "/analysis", "text");
    for (Map.Entry<String, String> operation : operations.entrySet()) {
      String[] methodAndPath = operation.getKey().split(" ");
      String field = operation.getValue();
      Map<String, String> cases = new LinkedHashMap<>();
      cases.put("{\"" + field + "\":5}", field);
      cases.put("{\"" + field + "\":true}", field);
      cases.put("{\"" + field + "\":{}}", field);
      cases.put("{\"" + field + "\":[\"a\"]}", field);
      cases.put("{\"" + field + "\":" + deep + "}", field);
      String valid = field.equals("duplicate") ? "\"" + UUID.randomUUID() + "\"" : "\"a\"";
      cases.put("{\"" + field + "\":" + valid + ",\"unknown\":\"b\"}", "unknown");
      cases.put("{\"" + field + "\":\"a\",\"" + field + "\":\"b\"}", null);
      cases.put("[]", null);
      cases.put("[{\"" + field + "\":\"a\"}]", null);
      cases.put("\"a\"", null);
      cases.put("5", null);
      cases.put("null", null);
      cases.put("", null);
      cases.put("{\"" + field + "\":\"a\"", null);
      cases.put("{\"" + field + "\":\"a\"}{}", null);
      cases.put(deep, null);
      cases.put(deepObject, null);
      for (Map.Entry<String, String> c : cases.entrySet()) {
        Response response = given().contentType("application/json").body(c.getKey())
            .request(methodAndPath[0], methodAndPath[1]);
        assertProblem(response, 400, c.getValue(), operation.getKey() + " " + abbreviate(c.getKey()));
      }
    }
    assertEquals(List.of(), changes(id));
  }

  private static String abbreviate(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "…" : text;
  }

  @Test
  void anArticleWithTextThatIsNotTextIsRefusedAndNothingIsStored() {
    for (String bad : List.of("\\u0000", "\\ud800", "\\u0007", "\\ufdd0")) {
      String json = "{\"text\":\"The Garrow Assembly met." + bad + "\",\"language\":\"en\"}";
      assertProblem(given().contentType("application/json").body(json)
          .put("/internal/v1/articles/" + UUID.randomUUID() + "/analysis"), 400, "text", "text with " + bad);
    }
    for (String language : List.of("en\\u0000", "english-as-spoken-in-the-garrow-assembly", "e n")) {
      String json = "{\"text\":\"The Garrow Assembly met.\",\"language\":\"" + language + "\"}";
      assertProblem(given().contentType("application/json").body(json)
          .put("/internal/v1/articles/" + UUID.randomUUID() + "/analysis"), 400, "language", "language " + language);
    }
    // The date is timeline-service's business: a field the contract does not have is refused, not ignored.
    String dated = "{\"text\":\"The Garrow Assembly met.\",\"publishedAt\":\"2024-02-01\"}";
    assertProblem(given().contentType("application/json").body(dated)
        .put("/internal/v1/articles/" + UUID.randomUUID() + "/analysis"), 400, "publishedAt", "a field it does not have");
    given().queryParam("name", "Garrow").get("/api/v1/entities").then().statusCode(200)
        .body("items.size()", org.hamcrest.Matchers.equalTo(0));
  }

  @Test
  void aBodyWithoutAJsonContentTypeOrWithAnEncodingIsRefused() throws Exception {
    String id = newEntity("Hallam Board");
    List<Map<String, String>> headers = List.of(Map.of(), Map.of("Content-Type", ""),
        Map.of("Content-Type", "*/*"), Map.of("Content-Type", "application/*"), Map.of("Content-Type", "text/plain"),
        Map.of("Content-Type", "application/json; charset=iso-8859-1"),
        Map.of("Content-Type", "application/json", "Content-Encoding", "gzip"),
        Map.of("Content-Type", "application/json", "Content-Encoding", "identity, br"));
    Map<String, String> requests = Map.of(
        "PATCH /api/v1/entities/" + id, "{\"name\":\"Hallam Renamed\"}",
        "POST /api/v1/entities/" + id + "/aliases", "{\"alias\":\"HB\"}",
        "POST /api/v1/entities/" + id + "/merge", "{\"duplicate\":\"" + UUID.randomUUID() + "\"}",
        "PUT /internal/v1/articles/" + UUID.randomUUID() + "/analysis", "{\"text\":\"The Hallam Board met.\"}");
    HttpClient client = HttpClient.newHttpClient();
    for (Map.Entry<String, String> request : requests.entrySet()) {
      String[] methodAndPath = request.getKey().split(" ");
      for (Map<String, String> header : headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(
            URI.create("http://localhost:" + RestAssured.port + methodAndPath[1]))
            .method(methodAndPath[0], HttpRequest.BodyPublishers.ofString(request.getValue()));
        header.forEach(builder::header);
        HttpResponse<String> answer = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(415, answer.statusCode(), () -> request.getKey() + " " + header + " -> " + answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
            () -> request.getKey() + " " + header + " -> " + answer.headers().map());
      }
    }
    assertEquals("Hallam Board", entity(id).getString("name"));
    assertEquals(List.of(), changes(id));
  }
}
