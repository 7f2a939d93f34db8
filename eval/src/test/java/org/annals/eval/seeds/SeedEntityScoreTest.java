package org.annals.eval.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeedEntityScoreTest {

  private static final String TEXT = "Iran said Tehran fears more. An Iranian official spoke. Iran again.";

  private static JsonNode gold() throws Exception {
    return new ObjectMapper().readTree("""
        {"articles": {"a": {"file": "a.txt"}},
         "entities": [{"name": "Iran", "type": "COUNTRY", "wikidata": "Q794", "articles": ["a"],
                       "surface": ["Iran", "Iranian"],
                       "metonymy": [{"article": "a", "text": "Tehran", "context": "Tehran fears"}]}]}""");
  }

  private static SeedEntityScore.Resolved mention(String surface, int nth, String entity, String type) {
    int at = -1;
    for (int i = 0; i <= nth; i++) {
      at = TEXT.indexOf(surface, at + 1);
    }
    return new SeedEntityScore.Resolved(at, at + surface.length(), entity, type, null, List.of(), type, "EXACT");
  }

  /**
   * "Iran" occurs twice as a word (not inside "Iranian"), "Iranian" once: 3 occurrences. The first
   * Iran is right, "Iranian" went to another entity, the last Iran has no mention: recall 1/3, and 1 of
   * the 2 covered is right: precision 1/2. Tehran resolves to Iran: 1/1 metonymy.
   */
  @Test
  void surfacesTypesAndMetonymy() throws Exception {
    SeedEntityScore score = SeedEntityScore.of(gold(), Map.of("a", TEXT), Map.of("a", List.of(
        mention("Iran", 0, "Iran", "COUNTRY"), mention("Tehran", 0, "Iran", "COUNTRY"),
        mention("Iranian", 0, "Iranians", "NATIONALITY"))));
    assertEquals(1.0 / 3, score.recall(), 1e-9);
    assertEquals(0.5, score.precision(), 1e-9);
    Map<String, Object> summary = score.summary();
    assertEquals(1, summary.get("entitiesFound"));
    assertEquals(1, summary.get("typesRight"));
    assertEquals(1, summary.get("metonymyRight"));
    assertFalse(score.targetsMet());
    assertTrue(score.table().contains("a 'Iranian' at 32 -> Iranians (EXACT)"));
  }

  @Test
  void theRightEntityByAliasOrWikidata() throws Exception {
    JsonNode iran = gold().get("entities").get(0);
    assertTrue(SeedEntityScore.refersTo(new SeedEntityScore.Resolved(0, 4, "Islamic Republic of Iran", "COUNTRY",
        null, List.of("Iran"), "COUNTRY", "ALIAS"), iran));
    assertTrue(SeedEntityScore.refersTo(new SeedEntityScore.Resolved(0, 4, "Persia", "COUNTRY", "Q794", List.of(),
        "COUNTRY", "ALIAS"), iran));
    assertFalse(SeedEntityScore.refersTo(new SeedEntityScore.Resolved(0, 4, "Iraq", "COUNTRY", "Q796", List.of(),
        "COUNTRY", "EXACT"), iran));
  }

  @Test
  void namesFoldedAsTheKnowledgeBaseFoldsThem() {
    assertEquals("hossein amir abdollahian", SeedEntityScore.fold("Hossein Amir-Abdollahian"));
    assertEquals("israel's mossad", SeedEntityScore.fold("The  Israel\u2019s Mossad"));
  }

  @Test
  void allTargetsMet() throws Exception {
    SeedEntityScore score = SeedEntityScore.of(gold(), Map.of("a", TEXT), Map.of("a", List.of(
        mention("Iran", 0, "Iran", "COUNTRY"), mention("Tehran", 0, "Iran", "COUNTRY"),
        mention("Iranian", 0, "Iran", "COUNTRY"), mention("Iran", 2, "Iran", "COUNTRY"))));
    assertEquals(1.0, score.recall(), 1e-9);
    assertTrue(score.targetsMet());
  }
}
