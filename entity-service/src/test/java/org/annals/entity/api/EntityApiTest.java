package org.annals.entity.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.annals.common.database.EmbeddedPostgresTestResource;
import org.annals.common.security.Roles;
import org.junit.jupiter.api.Test;

/** The internal analysis contract and the public entity API, with the shipped knowledge base. */
@QuarkusTest
@TestSecurity(user = "tester", roles = {Roles.READER, Roles.EDITOR, Roles.ADMIN, Roles.SERVICE})
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class EntityApiTest {

  private static final String REPORT = "Officials in Tehran said on Sunday that the Islamic Republic would respond. "
      + "According to US officials, the operation was the work of Israel's premier intelligence agency Mossad. "
      + "The Pentagon denied any American involvement.";

  private static JsonPath analyse(UUID article, String text) {
    Response response = given().contentType("application/json")
        .body(Map.of("text", text, "language", "en"))
        .put("/internal/v1/articles/" + article + "/analysis");
    assertEquals(200, response.statusCode(), response.asString());
    return response.jsonPath();
  }

  private static Map<String, Object> mentionOf(JsonPath analysis, String text) {
    List<Map<String, Object>> mentions = analysis.getList("mentions");
    return mentions.stream().filter(m -> text.equals(m.get("text"))).findFirst()
        .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + mentions));
  }

  private static String entityIdOf(JsonPath analysis, String text) {
    return (String) mentionOf(analysis, text).get("entityId");
  }

  @Test
  void analysisResolvesMentionsToCanonicalEntitiesWithOffsets() {
    JsonPath analysis = analyse(UUID.randomUUID(), REPORT);
    Map<String, Object> republic = mentionOf(analysis, "Islamic Republic");
    assertEquals("Iran", republic.get("entityName"));
    assertEquals("COUNTRY", republic.get("entityType"));
    assertEquals("Mossad", mentionOf(analysis, "Israel's premier intelligence agency").get("entityName"));
    assertEquals("ORGANIZATION", mentionOf(analysis, "Pentagon").get("entityType"));
    assertEquals("Iran", mentionOf(analysis, "Islamic Republic").get("entityName"));
    for (Map<String, Object> m : analysis.<Map<String, Object>>getList("mentions")) {
      assertEquals(m.get("text"), REPORT.substring((Integer) m.get("start"), (Integer) m.get("end")));
    }
  }

  @Test
  void analysingAnArticleAgainReplacesItsMentions() {
    UUID article = UUID.randomUUID();
    String mossad = entityIdOf(analyse(article, REPORT), "Mossad");
    long before = mentionsOfIn(mossad, article);
    analyse(article, REPORT);
    assertEquals(before, mentionsOfIn(mossad, article));
    assertTrue(before > 0);

    given().delete("/internal/v1/articles/" + article).then().statusCode(204);
    assertEquals(0, mentionsOfIn(mossad, article));
    given().delete("/internal/v1/articles/" + article).then().statusCode(204);
  }

  private static long mentionsOfIn(String entity, UUID article) {
    long count = 0;
    String cursor = null;
    do {
      var request = given().queryParam("limit", 200);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      JsonPath page = request.get("/api/v1/entities/" + entity + "/mentions").then().statusCode(200).extract()
          .jsonPath();
      count += page.<String>getList("items.articleId").stream().filter(article.toString()::equals).count();
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    return count;
  }

  @Test
  void entitiesAreFoundByNameOrAliasAndShowWhatIsKnown() {
    analyse(UUID.randomUUID(), REPORT);
    JsonPath found = given().queryParam("name", "mossa").get("/api/v1/entities").then().statusCode(200)
        .extract().jsonPath();
    assertTrue(found.getList("items.name").contains("Mossad"), found.prettify());
    String id = found.getString("items.find { it.name == 'Mossad' }.id");

    JsonPath detail = given().get("/api/v1/entities/" + id).then().statusCode(200).extract().jsonPath();
    assertEquals("Israel", detail.getString("partOf.name"));
    assertTrue(detail.getLong("mentionCount") > 0);
    assertNotNull(detail.getString("firstSeen"));

    JsonPath mentions = given().get("/api/v1/entities/" + id + "/mentions").then().statusCode(200).extract()
        .jsonPath();
    assertTrue(mentions.getString("items[0].sentence").contains(mentions.getString("items[0].text")));

    List<String> related = given().get("/api/v1/entities/" + id + "/related").then().statusCode(200).extract()
        .jsonPath().getList("name");
    assertTrue(related.contains("Israel"), related.toString());

    JsonPath byAlias = given().queryParam("name", "Pentagon").queryParam("type", "organization")
        .get("/api/v1/entities").then().statusCode(200).extract().jsonPath();
    assertTrue(byAlias.getList("items.name").contains("United States Department of Defense"), byAlias.prettify());
  }

  @Test
  void newPeopleAreMatchedByFullNameAcrossArticlesButNeverByBareSurname() {
    String name = "Idris " + "Vantongeren";
    String first = entityIdOf(analyse(UUID.randomUUID(), "The economist " + name + " warned of a slowdown."), name);
    String second = entityIdOf(analyse(UUID.randomUUID(), "Critics of " + name + " gathered in Lyon."), name);
    assertEquals(first, second);
    String bare = entityIdOf(analyse(UUID.randomUUID(), "Vantongeren declined to comment."), "Vantongeren");
    assertNotEquals(first, bare);
  }

  @Test
  void aBareDescriptorIsNoCountrysBody() {
    JsonPath analysis = analyse(UUID.randomUUID(), "Fighters who had not joined the revolt would be offered"
        + " contracts with the defence ministry, Peskov told reporters.");
    List<Map<String, Object>> mentions = analysis.getList("mentions");
    // Many countries' ministries are described so; without the country the article means none of them.
    assertTrue(mentions.stream().noneMatch(m -> String.valueOf(m.get("entityName")).startsWith("Ministry of")),
        mentions.toString());
  }

  @Test
  void mergingMovesMentionsAndLeavesAPointer() {
    String a = entityIdOf(analyse(UUID.randomUUID(), "The Orvane Research Trust published a report."),
        "Orvane Research Trust");
    String b = entityIdOf(analyse(UUID.randomUUID(), "Researchers at the Orvane Trust disagreed."), "Orvane Trust");
    assertNotEquals(a, b);

    given().contentType("application/json").body(Map.of("duplicate", b)).post("/api/v1/entities/" + a + "/merge")
        .then().statusCode(200);
    JsonPath old = given().get("/api/v1/entities/" + b).then().statusCode(200).extract().jsonPath();
    assertEquals(a, old.getString("mergedInto.id"));
    JsonPath survivor = given().get("/api/v1/entities/" + a).then().statusCode(200).extract().jsonPath();
    assertEquals(2, survivor.getLong("mentionCount"));
    given().contentType("application/json").body(Map.of("duplicate", a)).post("/api/v1/entities/" + b + "/merge")
        .then().statusCode(409).contentType("application/problem+json");
  }

  @Test
  void aliasesAndCorrectionsAreCheckedAndRecorded() {
    String id = entityIdOf(analyse(UUID.randomUUID(), "The Kelvane Institute opened a lab."), "Kelvane Institute");
    given().contentType("application/json").body(Map.of("alias", "KVI")).post("/api/v1/entities/" + id + "/aliases")
        .then().statusCode(201);
    given().contentType("application/json").body(Map.of("alias", "kvi")).post("/api/v1/entities/" + id + "/aliases")
        .then().statusCode(409).contentType("application/problem+json");
    given().contentType("application/json").body(Map.of("type", "GALAXY")).patch("/api/v1/entities/" + id)
        .then().statusCode(400).contentType("application/problem+json");
    JsonPath corrected = given().contentType("application/json").body(Map.of("type", "person"))
        .patch("/api/v1/entities/" + id).then().statusCode(200).extract().jsonPath();
    assertEquals("PERSON", corrected.getString("type"));
    assertTrue(corrected.getList("aliases.alias").contains("KVI"));
    List<String> actions = given().get("/api/v1/entities/" + id + "/changes").then().statusCode(200).extract()
        .jsonPath().getList("action");
    assertEquals(List.of("ADD_ALIAS", "RETYPE"), actions);
  }

  @Test
  void badRequestsAreProblems() {
    given().get("/api/v1/entities/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
    given().get("/api/v1/entities/" + UUID.randomUUID()).then().statusCode(404);
    given().queryParam("limit", "0").get("/api/v1/entities").then().statusCode(400);
    given().queryParam("cursor", "%%%").get("/api/v1/entities").then().statusCode(400);
    given().queryParam("type", "PLANET").get("/api/v1/entities").then().statusCode(400);
    given().contentType("application/json").body(Map.of("text", "  "))
        .put("/internal/v1/articles/" + UUID.randomUUID() + "/analysis").then().statusCode(400)
        .contentType("application/problem+json");
    given().contentType("application/json").body("{\"text\": 5}")
        .put("/internal/v1/articles/" + UUID.randomUUID() + "/analysis").then().statusCode(400);
  }
}
