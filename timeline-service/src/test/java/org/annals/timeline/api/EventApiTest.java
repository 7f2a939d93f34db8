package org.annals.timeline.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.annals.common.database.EmbeddedPostgresTestResource;
import org.annals.common.security.Roles;
import org.annals.timeline.support.MentionFixtures;
import org.annals.timeline.support.MentionFixtures.Entity;
import org.junit.jupiter.api.Test;
import org.annals.timeline.support.Annotations;

/**
 * Events through the internal contract and the public API: three differently worded reports of one
 * event, two of them undated, become one event with three sources, and the undated articles are placed
 * in time by it; deleting an article takes its evidence away.
 */
@QuarkusTest
@TestSecurity(user = "tester", roles = {Roles.READER, Roles.EDITOR, Roles.ADMIN, Roles.SERVICE})
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class EventApiTest {

  /** Three reports of one drone strike, in the words of three outlets; only the first is dated. */
  private record Scenario(Entity veloria, Entity portArlen, Entity redHand, Map<String, String> texts) {

    static Scenario create() {
      Entity veloria = MentionFixtures.entity("Veloria", "COUNTRY").alsoWritten("Velorian");
      Entity portArlen = MentionFixtures.entity("Port Arlen", "CITY").in(veloria);
      Entity redHand = MentionFixtures.entity("Red Hand", "ORGANIZATION");
      Map<String, String> texts = Map.of(
          "wire", "Drones hit fuel depot in Veloria\n"
              + "A drone attack on Tuesday set a fuel depot in the Velorian port city of Port Arlen ablaze, Velorian"
              + " officials said. Firefighters worked through the night.",
          "local", "Depot burns after blast\n"
              + "A large explosion tore through a fuel depot in Port Arlen on Tuesday night, witnesses said."
              + " Velorian authorities blamed the Red Hand for the attack.",
          "weekly", "Red Hand denies role in depot strike\n"
              + "The Red Hand on Wednesday denied any involvement in Tuesday's drone strike on the fuel depot in"
              + " Port Arlen.");
      return new Scenario(veloria, portArlen, redHand, texts);
    }

    List<Entity> entities() {
      return List.of(veloria, portArlen, redHand);
    }
  }

  private static void put(UUID article, String text, String publishedAt, List<Entity> entities) {
    Map<String, Object> body = new HashMap<>();
    body.put("text", text);
    body.put("title", text.substring(0, text.indexOf('\n')));
    body.put("source", "Test Wire");
    body.put("publishedAt", publishedAt);
    body.put("publishedGranularity", publishedAt == null ? "NONE" : "DAY");
    body.put("mentions", MentionFixtures.resolvedMentions(text, entities));
    body.put("annotation", Annotations.of(text));
    given().contentType("application/json").body(body).put("/internal/v1/articles/" + article).then()
        .statusCode(200);
  }

  /** The events once the first has a date: a placement, queued by another article's analysis, gave it. */
  private static JsonPath placedEvents(Map<String, String> query) throws InterruptedException {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
    while (true) {
      JsonPath found = events(query);
      if (found.getString("items[0].date.start") != null || System.nanoTime() > deadline) {
        return found;
      }
      Thread.sleep(100);
    }
  }

  /** The article's time expressions once its placement, queued by another article's analysis, is done. */
  private static JsonPath placed(UUID article) throws InterruptedException {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
    while (true) {
      JsonPath timexes = given().queryParam("article", article.toString()).get("/api/v1/timexes").then()
          .statusCode(200).extract().jsonPath();
      if (timexes.getList("anchoring").contains("ALIGNED") || System.nanoTime() > deadline) {
        return timexes;
      }
      Thread.sleep(100);
    }
  }

  private static JsonPath events(Map<String, ?> query) {
    return given().queryParams(query).get("/api/v1/events").then().statusCode(200).extract().jsonPath();
  }

  private static JsonPath attackAt(Entity place) {
    JsonPath found = events(Map.of("entity", place.id().toString(), "kind", "ATTACK"));
    assertEquals(1, found.getList("items").size(), () -> "one attack expected: " + found.prettify());
    return given().get("/api/v1/events/" + found.getString("items[0].id")).then().statusCode(200).extract()
        .jsonPath();
  }

  @Test
  void threeReportsOfOneEventBecomeOneEventWithThreeSources() throws InterruptedException {
    Scenario s = Scenario.create();
    UUID wire = UUID.randomUUID();
    UUID local = UUID.randomUUID();
    UUID weekly = UUID.randomUUID();
    put(local, s.texts().get("local"), null, s.entities());
    put(weekly, s.texts().get("weekly"), null, s.entities());
    put(wire, s.texts().get("wire"), "2023-03-09", s.entities());

    JsonPath attack = attackAt(s.portArlen());
    assertEquals(3, attack.getInt("articleCount"));
    Set<String> articles = new HashSet<>(attack.getList("sources.articleId"));
    assertEquals(Set.of(wire.toString(), local.toString(), weekly.toString()), articles);
    assertEquals("2023-03-07", attack.getString("date.start"));
    assertEquals("Port Arlen", attack.getString("location.name"));
    List<Map<String, Object>> participants = attack.getList("participants");
    assertTrue(participants.stream().anyMatch(p -> "ACTOR".equals(p.get("role"))
        && s.redHand().id().toString().equals(((Map<?, ?>) p.get("entity")).get("id"))), participants::toString);
    for (Map<String, Object> source : attack.<Map<String, Object>>getList("sources")) {
      Map<?, ?> trigger = (Map<?, ?>) source.get("trigger");
      String sentence = (String) source.get("sentence");
      int sentenceStart = (Integer) source.get("sentenceStart");
      String text = s.texts().values().stream().filter(t -> t.contains(sentence)).findFirst().orElseThrow();
      assertEquals(sentence, text.substring(sentenceStart, (Integer) source.get("sentenceEnd")));
      assertEquals(trigger.get("text"), text.substring((Integer) trigger.get("start"), (Integer) trigger.get("end")));
    }

    // The undated articles are placed in time by the dated report, in the background: their weekdays get days.
    JsonPath localTimexes = placed(local);
    int tuesday = localTimexes.getList("text").indexOf("Tuesday night");
    assertTrue(tuesday >= 0, localTimexes::prettify);
    assertTrue(localTimexes.getString("value[" + tuesday + "]").startsWith("2023-03-07"));
    assertEquals("ALIGNED", localTimexes.getString("anchoring[" + tuesday + "]"));

    // The Red Hand's denial is an event of its own, about the attack, dated on the Wednesday after it
    // once the weekly that reports it is placed too (its own turn in the queue).
    JsonPath denials = placedEvents(Map.of("entity", s.redHand().id().toString(), "kind", "DENIAL"));
    assertEquals(1, denials.getList("items").size(), denials::prettify);
    assertEquals("2023-03-08", denials.getString("items[0].date.start"));
    JsonPath denial = given().get("/api/v1/events/" + denials.getString("items[0].id")).then().statusCode(200)
        .extract().jsonPath();
    assertEquals(attack.getString("id"), denial.getString("aboutEventId"));
    assertTrue(attack.getList("claims.kind").contains("DENIAL"), attack::prettify);
    assertEquals(attack.getString("storyId"), denial.getString("storyId"));
  }

  @Test
  void anEventFirstToldWithoutPlaceOrPartyJoinsTheFullReportThatFollows() {
    Scenario s = Scenario.create();
    UUID analysis = UUID.randomUUID();
    UUID wire = UUID.randomUUID();
    put(analysis, "Why Port Arlen matters\nThe drone attack of 14 March hit a city that stores much of the"
        + " country's fuel.", "2023-03-20", s.entities());
    put(wire, "Drones hit depot\nA drone attack on Tuesday set a fuel depot in Port Arlen ablaze, officials said.",
        "2023-03-16", s.entities());

    JsonPath attacks = events(Map.of("kind", "ATTACK", "from", "2023-03-14", "to", "2023-03-14"));
    assertEquals(1, attacks.getList("items").size(), attacks::prettify);
    JsonPath attack = attackAt(s.portArlen());
    assertEquals(Set.of(analysis.toString(), wire.toString()), new HashSet<>(attack.getList("sources.articleId")));
  }

  @Test
  void theEntitysTimelineListsItsEventsInTimeOrderWithItsRole() {
    Scenario s = Scenario.create();
    put(UUID.randomUUID(), s.texts().get("weekly"), "2023-03-09", s.entities());
    put(UUID.randomUUID(), s.texts().get("local"), "2023-03-08", s.entities());

    JsonPath timeline = given().get("/api/v1/timelines/" + s.redHand().id()).then().statusCode(200).extract()
        .jsonPath();
    assertEquals("Red Hand", timeline.getString("entity.name"));
    List<String> starts = timeline.getList("events.date.start");
    assertTrue(starts.size() >= 2, timeline::prettify);
    for (int i = 1; i < starts.size(); i++) {
      assertTrue(starts.get(i - 1) == null && starts.get(i) == null || starts.get(i - 1) != null
          && (starts.get(i) == null || starts.get(i - 1).compareTo(starts.get(i)) <= 0), starts::toString);
    }
    int attack = timeline.getList("events.kind").indexOf("ATTACK");
    assertEquals("ACTOR", timeline.getString("events[" + attack + "].role"));
    assertTrue(timeline.getInt("events[" + attack + "].sourceCount") >= 2);

    JsonPath js = given().queryParam("format", "timelinejs").get("/api/v1/timelines/" + s.redHand().id()).then()
        .statusCode(200).extract().jsonPath();
    assertEquals("Red Hand", js.getString("title.text.headline"));
    assertEquals(2023, js.getInt("events[0].start_date.year"));
    assertNotNull(js.getString("events[0].text.headline"));
    assertNotNull(js.getString("events[0].unique_id"));

    JsonPath later = given().queryParam("from", "2023-03-08").get("/api/v1/timelines/" + s.redHand().id()).then()
        .statusCode(200).extract().jsonPath();
    assertFalse(later.getList("events.kind").contains("ATTACK"), later::prettify);
  }

  @Test
  void deletingAnArticleTakesItsEvidenceAwayAndAnEventWithoutEvidenceDisappears() {
    Scenario s = Scenario.create();
    UUID wire = UUID.randomUUID();
    UUID local = UUID.randomUUID();
    put(wire, s.texts().get("wire"), "2023-03-09", s.entities());
    put(local, s.texts().get("local"), "2023-03-09", s.entities());
    JsonPath attack = attackAt(s.portArlen());
    String id = attack.getString("id");
    assertEquals(2, attack.getInt("articleCount"));

    given().delete("/internal/v1/articles/" + local).then().statusCode(204);
    JsonPath left = given().get("/api/v1/events/" + id).then().statusCode(200).extract().jsonPath();
    assertEquals(1, left.getInt("articleCount"));
    assertFalse(left.getList("sources.articleId").contains(local.toString()));
    assertEquals(0, events(Map.of("article", local.toString())).getList("items").size());

    given().delete("/internal/v1/articles/" + wire).then().statusCode(204);
    given().get("/api/v1/events/" + id).then().statusCode(404)
        .contentType(startsWith("application/problem+json"));
    given().delete("/internal/v1/articles/" + wire).then().statusCode(204);
  }

  @Test
  void analysingAnArticleAgainReplacesItsEvidence() {
    Scenario s = Scenario.create();
    UUID wire = UUID.randomUUID();
    put(wire, s.texts().get("wire"), "2023-03-09", s.entities());
    JsonPath first = events(Map.of("article", wire.toString()));
    put(wire, s.texts().get("wire"), "2023-03-09", s.entities());
    JsonPath again = events(Map.of("article", wire.toString()));
    assertEquals(first.getList("items.id"), again.getList("items.id"));
    assertEquals(first.getList("items.sourceCount"), again.getList("items.sourceCount"));
  }

  @Test
  void pagesFollowEachOtherWithoutRepeats() {
    Scenario s = Scenario.create();
    UUID article = UUID.randomUUID();
    put(article, s.texts().get("wire") + "\n" + s.texts().get("local") + "\n" + s.texts().get("weekly"), "2023-03-09",
        s.entities());
    List<String> all = events(Map.of("article", article.toString(), "limit", "200")).getList("items.id");
    assertTrue(all.size() >= 2, all::toString);
    List<String> paged = new java.util.ArrayList<>();
    String cursor = null;
    do {
      Map<String, Object> query = new HashMap<>(Map.of("article", article.toString(), "limit", "1"));
      if (cursor != null) {
        query.put("cursor", cursor);
      }
      JsonPath page = events(query);
      paged.addAll(page.getList("items.id"));
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    assertEquals(all, paged);
  }

  @Test
  void storiesGroupTheEventsOfOneHappening() {
    Scenario s = Scenario.create();
    put(UUID.randomUUID(), s.texts().get("weekly"), "2023-03-09", s.entities());
    JsonPath stories = given().queryParam("entity", s.redHand().id().toString()).get("/api/v1/stories").then()
        .statusCode(200).extract().jsonPath();
    assertEquals(1, stories.getList("items").size(), stories::prettify);
    String story = stories.getString("items[0].id");
    JsonPath detail = given().get("/api/v1/stories/" + story).then().statusCode(200).extract().jsonPath();
    assertTrue(detail.getList("events.kind").containsAll(List.of("ATTACK", "DENIAL")), detail::prettify);
    assertEquals(detail.getInt("story.eventCount"), detail.getList("events").size());
    assertNull(given().get("/api/v1/stories").then().statusCode(200).extract().jsonPath().getString("nextCursor"));
  }

  @Test
  void badQueriesAreProblemsNotErrors() {
    for (Map<String, String> query : List.of(Map.of("from", "2023-02-30"), Map.of("to", "yesterday"),
        Map.of("from", "2023-03-02", "to", "2023-03-01"), Map.of("kind", "PICNIC"), Map.of("entity", "Iran"),
        Map.of("article", "1 OR 1=1"), Map.of("limit", "0"), Map.of("limit", "201"), Map.of("cursor", "not-a-cursor"),
        Map.of("cursor", java.util.Base64.getUrlEncoder().encodeToString("2023-01-01|nope".getBytes())))) {
      given().queryParams(query).get("/api/v1/events").then().statusCode(400)
          .contentType(startsWith("application/problem+json")).body("status", equalTo(400));
    }
    given().get("/api/v1/events/" + UUID.randomUUID()).then().statusCode(404)
        .contentType(startsWith("application/problem+json"));
    given().get("/api/v1/events/not-an-id").then().statusCode(404);
    given().get("/api/v1/stories/" + UUID.randomUUID()).then().statusCode(404);
    given().queryParam("cursor", "%%%").get("/api/v1/stories").then().statusCode(400);
    given().queryParam("format", "xml").get("/api/v1/timelines/" + UUID.randomUUID()).then().statusCode(400);
    given().get("/api/v1/timelines/" + UUID.randomUUID()).then().statusCode(404)
        .contentType(startsWith("application/problem+json"));
  }
}
