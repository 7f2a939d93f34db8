package org.annals.ingest.api;

import static org.annals.ingest.support.TestSupport.ARTICLES;
import static org.annals.ingest.support.TestSupport.api;
import static org.annals.ingest.support.TestSupport.article;
import static org.annals.ingest.support.TestSupport.countArticles;
import static org.annals.ingest.support.TestSupport.jsonArticle;
import static org.annals.ingest.support.TestSupport.marker;
import static org.annals.ingest.support.TestSupport.newsReport;
import static org.annals.ingest.support.TestSupport.requestId;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.annals.common.security.Roles;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "tester", roles = {Roles.READER, Roles.EDITOR, Roles.ADMIN, Roles.SERVICE})
class BatchApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void jsonArrayWithGoodAndBadItems() throws Exception {
    String text = newsReport(marker());
    String requestId = requestId("batch");
    List<Object> items = List.of(
        jsonArticle(text, "source", "Harbour Gazette"),
        jsonArticle(newsReport(marker()), "publishedAt", "2023-02-30"),
        jsonArticle(text),
        42,
        jsonArticle(newsReport(marker()), "colour", "red"),
        jsonArticle(null, "html", "<html><body><p>" + newsReport(marker()) + "</p></body></html>"));
    int before = countArticles();

    Response response = api().header("X-Request-Id", requestId).contentType("application/json")
        .body(JSON.writeValueAsBytes(items)).post(ARTICLES + "/batch");

    assertEquals(200, response.statusCode(), response.asString());
    JsonPath result = response.jsonPath();
    assertAll(
        () -> assertEquals(List.of(0, 1, 2, 3, 4, 5), result.getList("items.index")),
        () -> assertEquals(List.of(202, 400, 200, 400, 400, 202), result.getList("items.status")),
        () -> assertEquals(2, result.getInt("accepted")),
        () -> assertEquals(1, result.getInt("duplicates")),
        () -> assertEquals(3, result.getInt("rejected")),
        () -> assertEquals(result.getString("items[0].id"), result.getString("items[2].duplicateOf")),
        () -> assertEquals("PENDING", result.getString("items[0].articleStatus")),
        () -> assertNull(result.get("items[0].problem")),
        () -> assertEquals(400, result.getInt("items[1].problem.status")),
        () -> assertTrue(result.getString("items[1].problem.detail").contains("publishedAt"),
            result.getString("items[1].problem.detail")),
        () -> assertEquals(ARTICLES + "/batch#1", result.getString("items[1].problem.instance")),
        () -> assertEquals(requestId, result.getString("items[1].problem.requestId")),
        () -> assertTrue(result.getString("items[4].problem.detail").contains("colour"),
            result.getString("items[4].problem.detail")),
        () -> assertNull(result.get("items[1].id")),
        () -> assertEquals(before + 2, countArticles()));

    assertEquals("Harbour Gazette", article(UUID.fromString(result.getString("items[0].id"))).getString("source"));
    assertEquals("JSON_HTML", article(UUID.fromString(result.getString("items[5].id"))).getString("submittedAs"));
  }

  @Test
  void ndjsonWithAnUnreadableLine() throws Exception {
    String first = JSON.writeValueAsString(jsonArticle(newsReport(marker()), "publishedAt", "2023-01"));
    String last = JSON.writeValueAsString(jsonArticle(newsReport(marker())));
    String body = first + "\n{\"text\": \"unterminated\n\n" + last + "\r\n";

    Response response = api().contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8))
        .post(ARTICLES + "/batch");

    assertEquals(200, response.statusCode(), response.asString());
    JsonPath result = response.jsonPath();
    assertEquals(List.of(202, 400, 202), result.getList("items.status"));
    assertEquals(2, result.getInt("accepted"));
    assertEquals(1, result.getInt("rejected"));
    assertEquals("2023-01", article(UUID.fromString(result.getString("items[0].id"))).getString("publishedAt"));
  }

  @Test
  void aControlCharacterInAPageIsThatItemsOwnProblem() throws Exception {
    List<Object> items = List.of(
        jsonArticle(newsReport(marker())),
        jsonArticle(newsReport(marker())),
        jsonArticle(null, "html", "<html><head><title>Water&#0; back</title></head><body><p>"
            + newsReport(marker()) + "</p></body></html>"),
        jsonArticle(newsReport(marker())));
    int before = countArticles();

    Response response = api().contentType("application/json").body(JSON.writeValueAsBytes(items))
        .post(ARTICLES + "/batch");

    assertEquals(200, response.statusCode(), response.asString());
    JsonPath result = response.jsonPath();
    assertAll(
        () -> assertEquals(List.of(202, 202, 400, 202), result.getList("items.status")),
        () -> assertEquals("html", result.getString("items[2].problem.errors[0].field")),
        () -> assertTrue(result.getString("items[2].problem.detail").contains("title"),
            result.getString("items[2].problem.detail")),
        () -> assertEquals(ARTICLES + "/batch#2", result.getString("items[2].problem.instance")),
        () -> assertEquals(3, result.getInt("accepted")),
        () -> assertEquals(before + 3, countArticles()));
  }

  @Test
  void aLoneSurrogateIsThatItemsOwnProblem() throws Exception {
    String good = "{\"text\":" + JSON.writeValueAsString(newsReport(marker())) + "}";
    String bad = "{\"text\":" + JSON.writeValueAsString(newsReport(marker())) + ",\"source\":\"Echo \\ud800\"}";
    int before = countArticles();

    Response array = api().contentType("application/json")
        .body(("[" + good + "," + bad + "]").getBytes(StandardCharsets.UTF_8)).post(ARTICLES + "/batch");
    Response ndjson = api().contentType("application/x-ndjson")
        .body((bad + "\n").getBytes(StandardCharsets.UTF_8)).post(ARTICLES + "/batch");

    assertEquals(200, array.statusCode(), array.asString());
    assertEquals(200, ndjson.statusCode(), ndjson.asString());
    assertAll(
        () -> assertEquals(List.of(202, 400), array.jsonPath().getList("items.status")),
        () -> assertEquals("source", array.jsonPath().getString("items[1].problem.errors[0].field")),
        () -> assertTrue(array.jsonPath().getString("items[1].problem.detail").contains("U+D800"), array.asString()),
        () -> assertEquals(List.of(400), ndjson.jsonPath().getList("items.status")),
        () -> assertEquals("source", ndjson.jsonPath().getString("items[0].problem.errors[0].field")),
        () -> assertEquals(before + 1, countArticles()));
  }

  @Test
  void itemsAreStoredInTheirOwnRight() {
    String marker = marker();
    Map<String, Object> item = jsonArticle(newsReport(marker));

    Response response = api().contentType("application/json").body(List.of(item, item)).post(ARTICLES + "/batch");

    JsonPath result = response.then().statusCode(200).extract().jsonPath();
    assertEquals(List.of(202, 200), result.getList("items.status"));
    assertEquals(result.getString("items[0].id"), result.getString("items[1].id"));
  }
}
