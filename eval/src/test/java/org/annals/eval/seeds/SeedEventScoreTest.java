package org.annals.eval.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeedEventScoreTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> ARTICLES = Map.of("000", "a0", "001", "a1");

  private static JsonNode event(String id, String kind, String date, List<String> articles, String participants)
      throws Exception {
    StringBuilder sources = new StringBuilder();
    for (String article : articles) {
      sources.append(sources.isEmpty() ? "" : ",").append("{\"articleId\":\"").append(article).append("\"}");
    }
    return JSON.readTree("{\"id\":\"" + id + "\",\"kind\":\"" + kind + "\",\"date\":{\"value\":\"" + date
        + "\"},\"sources\":[" + sources + "],\"participants\":[" + participants + "]}");
  }

  private static String participant(String entityId, String name, String role) {
    return "{\"entity\":{\"id\":\"" + entityId + "\",\"name\":\"" + name + "\"},\"role\":\"" + role + "\"}";
  }

  @Test
  void eachGoldEventGetsTheBestFittingEventOfItsKind() throws Exception {
    JsonNode gold = JSON.readTree("""
        [{"id": "E1", "kind": "attack", "date": "2023-01-28", "target": "Iran", "allegedActor": ["Mossad"],
          "articles": ["000", "001"]},
         {"id": "E2", "kind": "denial", "date": "2023-01-29", "actor": ["United States"], "articles": ["000"]},
         {"id": "E3", "kind": "visit", "date": null, "articles": ["001"]}]""");
    List<JsonNode> system = List.of(
        // An explosion in one article only: an attack fits, but less well than the next one.
        event("x", "EXPLOSION", "2023-01-28", List.of("a0"), participant("i", "Iran", "TARGET")),
        event("att", "ATTACK", "2023-01-28", List.of("a0", "a1"),
            participant("i", "Iran", "TARGET") + "," + participant("m", "Mossad", "ACTOR")),
        event("den", "DENIAL", "2023-01-30", List.of("a0"), participant("us", "United States", "ACTOR")));
    Map<String, Set<String>> timelines = Map.of("i", Set.of("att"), "m", Set.of(), "us", Set.of("den"));

    SeedEventScore score = SeedEventScore.of(gold, ARTICLES, system, timelines);

    SeedEventScore.Row attack = score.rows().get(0);
    assertEquals("att", attack.eventId());
    assertTrue(attack.dateRight());
    assertEquals(2, attack.articlesFound());
    assertEquals(2, attack.participantsFound());
    assertEquals(1, attack.onTimelines());
    assertEquals(List.of("not on Mossad's timeline"), attack.missing());
    SeedEventScore.Row denial = score.rows().get(1);
    assertEquals("den", denial.eventId());
    assertFalse(denial.dateRight());
    assertNull(score.rows().get(2).eventId());
    assertEquals("2/3", score.totals().get("found"));
    assertEquals("1/2", score.totals().get("datesRight"));
    assertEquals("3/3", score.totals().get("participants"));
    assertEquals("2/3", score.totals().get("onTimelines"));
  }

  @Test
  void kindsMustBeCompatible() throws Exception {
    JsonNode gold = JSON.readTree("{\"id\": \"E\", \"kind\": \"denial\", \"articles\": [\"000\"]}");
    assertEquals(0, SeedEventScore.fit(gold, event("a", "ATTACK", "2023-01-28", List.of("a0"), ""), ARTICLES));
    assertEquals(10, SeedEventScore.fit(gold, event("d", "DENIAL", "2023-01-28", List.of("a0"), ""), ARTICLES));
  }
}
