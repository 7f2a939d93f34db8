package org.annals.timeline.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.annals.common.database.EmbeddedPostgresTestResource;
import org.annals.common.security.Roles;
import org.junit.jupiter.api.Test;
import org.annals.timeline.support.Annotations;

/** The internal contract stores each article's time expressions; the public API lists them. */
@QuarkusTest
@TestSecurity(user = "tester", roles = {Roles.READER, Roles.EDITOR, Roles.ADMIN, Roles.SERVICE})
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class TimexApiTest {

  private static final String TEXT = "A warehouse was hit on Saturday, the ministry said on Sunday morning. "
      + "Repairs will take two weeks, and the report is due in March 2023.";

  private static void put(UUID article, String publishedAt, String granularity) {
    Map<String, Object> body = new HashMap<>();
    body.put("text", TEXT);
    body.put("title", "Warehouse hit");
    body.put("source", "Example News");
    body.put("publishedAt", publishedAt);
    body.put("publishedGranularity", granularity);
    body.put("mentions", List.of());
    body.put("annotation", Annotations.of(TEXT));
    given().contentType("application/json").body(body).put("/internal/v1/articles/" + article).then()
        .statusCode(200);
  }

  private static JsonPath timexes(UUID article) {
    return given().queryParam("article", article.toString()).get("/api/v1/timexes").then().statusCode(200)
        .extract().jsonPath();
  }

  @Test
  void aDatedArticlesExpressionsAreAnchoredOnItsDate() {
    UUID article = UUID.randomUUID();
    put(article, "2023-01-31", "DAY");
    JsonPath found = timexes(article);
    int saturday = found.getList("text").indexOf("Saturday");
    assertEquals("2023-01-28", found.getString("value[" + saturday + "]"));
    assertEquals("PUBLICATION_DATE", found.getString("anchoring[" + saturday + "]"));
    for (int i = 0; i < found.getList("text").size(); i++) {
      assertEquals(found.getString("text[" + i + "]"),
          TEXT.substring(found.getInt("start[" + i + "]"), found.getInt("end[" + i + "]")));
    }
  }

  @Test
  void anUndatedArticleIsNotAnchoredOnTheDayItArrived() {
    UUID article = UUID.randomUUID();
    put(article, null, "NONE");
    JsonPath found = timexes(article);
    int saturday = found.getList("text").indexOf("Saturday");
    assertEquals("UNANCHORED", found.getString("anchoring[" + saturday + "]"));
    assertTrue(found.getString("value[" + saturday + "]").startsWith("XXXX"));
    List<String> anchorings = found.getList("anchoring");
    assertTrue(!anchorings.contains("PUBLICATION_DATE"), anchorings.toString());
  }

  @Test
  void sendingAnArticleAgainReplacesItsExpressionsAndDeletingRemovesThem() {
    UUID article = UUID.randomUUID();
    put(article, "2023-01-31", "DAY");
    int first = timexes(article).getList("text").size();
    put(article, "2023-01-31", "DAY");
    assertEquals(first, timexes(article).getList("text").size());
    given().delete("/internal/v1/articles/" + article).then().statusCode(204);
    given().queryParam("article", article.toString()).get("/api/v1/timexes").then().statusCode(404)
        .contentType("application/problem+json");
    given().delete("/internal/v1/articles/" + article).then().statusCode(204);
  }

  @Test
  void badRequestsAreProblems() {
    given().get("/api/v1/timexes").then().statusCode(400).contentType("application/problem+json");
    given().queryParam("article", "nope").get("/api/v1/timexes").then().statusCode(400);
    given().contentType("application/json").body(Map.of("text", "Hello on Monday.", "publishedGranularity", "DAY"))
        .put("/internal/v1/articles/" + UUID.randomUUID()).then().statusCode(400)
        .contentType("application/problem+json");
    given().contentType("application/json").body(Map.of("text", " ", "publishedGranularity", "NONE"))
        .put("/internal/v1/articles/" + UUID.randomUUID()).then().statusCode(400);
  }
}
