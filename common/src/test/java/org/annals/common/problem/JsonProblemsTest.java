package org.annals.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.annals.common.json.StrictJson;
import org.junit.jupiter.api.Test;

class JsonProblemsTest {

  record Item(String name, int count) {}

  record Order(List<Item> items) {}

  private final ObjectMapper json = strictMapper();

  private static ObjectMapper strictMapper() {
    ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    new StrictJson().customize(mapper);
    return mapper;
  }

  private ProblemException problemFor(String body, Class<?> type) {
    JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> json.readValue(body, type));
    return JsonProblems.from(e);
  }

  @Test
  void namesTheFieldOfAWrongTypeByItsJsonPath() {
    ProblemException problem = problemFor("{\"items\":[{\"name\":\"a\",\"count\":1},{\"name\":7,\"count\":2}]}",
        Order.class);
    assertEquals(400, problem.status());
    assertEquals("items[1].name", problem.errors().get(0).field());
    assertEquals("expected a string", problem.errors().get(0).message());
  }

  @Test
  void listsTheKnownFieldsForAnUnknownOne() {
    ProblemException problem = problemFor("{\"name\":\"a\",\"count\":1,\"colour\":\"red\"}", Item.class);
    assertEquals("colour", problem.errors().get(0).field());
    assertTrue(problem.errors().get(0).message().contains("count, name"), problem.getMessage());
  }

  @Test
  void leavesOutJacksonsAdviceToProgrammers() {
    for (String body : List.of("{\"name\": NaN}", "{/* note */ \"name\": \"a\"}")) {
      ProblemException problem = problemFor(body, Item.class);
      assertEquals("malformed-json", problem.slug());
      assertFalse(problem.getMessage().contains("Feature"), problem.getMessage());
      assertFalse(problem.getMessage().contains("`"), problem.getMessage());
    }
  }

  @Test
  void locatesMalformedJsonWithoutNamingJavaTypes() {
    ProblemException problem = problemFor("{\"name\": \"a\",, }", Item.class);
    assertEquals("malformed-json", problem.slug());
    assertTrue(problem.getMessage().contains("line 1, column"), problem.getMessage());
    assertFalse(problem.getMessage().contains("java"), problem.getMessage());
    assertFalse(problem.getMessage().contains("Item"), problem.getMessage());
  }

  @Test
  void refusesNumbersWhereTextIsExpected() {
    ProblemException problem = problemFor("{\"name\": 5, \"count\": 1}", Item.class);
    assertEquals("name", problem.errors().get(0).field());
  }

  @Test
  void refusesTextWhereANumberIsExpected() {
    ProblemException problem = problemFor("{\"name\": \"a\", \"count\": \"1\"}", Item.class);
    assertEquals("count", problem.errors().get(0).field());
    assertEquals("expected a number", problem.errors().get(0).message());
  }

  @Test
  void refusesALoneSurrogateInANestedFieldByItsPath() {
    ProblemException problem = problemFor("{\"items\":[{\"name\":\"a \\ud800 b\",\"count\":1}]}", Order.class);
    assertEquals("validation", problem.slug());
    assertEquals("items[0].name", problem.errors().get(0).field());
    assertTrue(problem.errors().get(0).message().contains("lone surrogate U+D800"), problem.getMessage());
  }

  @Test
  void refusesANulInAField() {
    ProblemException problem = problemFor("{\"name\":\"Ir\\u0000an\",\"count\":1}", Item.class);
    assertEquals("name", problem.errors().get(0).field());
    assertTrue(problem.errors().get(0).message().contains("U+0000 at offset 2"), problem.getMessage());
  }

  @Test
  void takesAPairedSurrogateAndLineBreaksInText() throws JsonProcessingException {
    Item item = json.readValue("{\"name\":\"cheers \\ud83c\\udf89\\nagain\",\"count\":1}", Item.class);
    assertEquals("cheers \ud83c\udf89\nagain", item.name());
  }

  @Test
  void refusesDuplicateKeys() {
    ProblemException problem = problemFor("{\"name\":\"a\",\"name\":\"b\",\"count\":1}", Item.class);
    assertEquals("malformed-json", problem.slug());
    assertTrue(problem.getMessage().contains("name"), problem.getMessage());
  }

  @Test
  void saysHowDeepJsonMayNestWithoutNamingJackson() {
    String deep = "[".repeat(1500) + "]".repeat(1500);
    ProblemException problem = problemFor("{\"name\":\"a\",\"count\":1,\"more\":" + deep + "}",
        com.fasterxml.jackson.databind.JsonNode.class);
    assertEquals("malformed-json", problem.slug());
    assertTrue(problem.getMessage().contains("nesting depth"), problem.getMessage());
    assertFalse(problem.getMessage().contains("`") || problem.getMessage().contains("StreamReadConstraints"),
        problem.getMessage());
  }

  @Test
  void namesNoJavaTypeWhenTheShapeIsWrong() {
    ProblemException problem = problemFor("[1, 2]", Item.class);
    assertFalse(problem.getMessage().contains("java") || problem.getMessage().contains("org.annals"),
        problem.getMessage());
  }
}
