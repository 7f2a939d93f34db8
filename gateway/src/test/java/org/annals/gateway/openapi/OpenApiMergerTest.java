package org.annals.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.gateway.routing.Downstream;
import org.annals.gateway.support.StubDocuments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenApiMergerTest {

  private static final String REALM = "https://login.example/realms/annals";
  private static JsonNode merged;

  @BeforeAll
  static void merge() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<Downstream, JsonNode> documents = new LinkedHashMap<>();
    documents.put(Downstream.INGEST, json.readTree(StubDocuments.of("ingest")));
    documents.put(Downstream.ENTITY, json.readTree(StubDocuments.of("entity")));
    merged = OpenApiMerger.merge(documents, new OpenApiMerger.Settings("Annals API", "1.0.0", "All of it.",
        "https://api.example", REALM, "annals-dashboard"));
  }

  @Test
  void keepsEachServicesPublicPathsAndNothingElse() {
    List<String> paths = new ArrayList<>();
    merged.path("paths").fieldNames().forEachRemaining(paths::add);
    assertEquals(List.of("/api/v1/articles", "/api/v1/articles/ping", "/api/v1/entities",
        "/api/v1/entities/{id}/merge", "/api/v1/entities/ping"), paths);
  }

  @Test
  void keepsTheSchemasTheOperationsUseAndRenamesConflictingOnes() {
    JsonNode schemas = merged.path("components").path("schemas");
    assertTrue(schemas.path("Page").path("properties").has("items"), "ingest's Page keeps its name");
    assertTrue(schemas.path("EntityServicePage").path("properties").has("entities"), "entity's Page is renamed");
    assertEquals("#/components/schemas/EntityServicePage", merged.at(
        "/paths/~1api~1v1~1entities/get/responses/200/content/application~1json/schema/$ref").asText());
    assertEquals("#/components/schemas/ArticleView", schemas.at("/Page/properties/items/items/$ref").asText());
    for (String used : List.of("ArticleView", "Submission", "EntitySummary", "Problem")) {
      assertTrue(schemas.has(used), used);
    }
    assertFalse(schemas.has("AnalysisRequest"), "used only by internal operations");
    assertFalse(schemas.has("Unused"));
  }

  @Test
  void givesEveryOperationAUniqueIdAndTheGatewaysAnswers() {
    List<String> ids = new ArrayList<>();
    for (JsonNode operation : operations()) {
      ids.add(operation.path("operationId").asText());
      assertFalse(operation.has("security"), "one security requirement for all: " + operation);
      for (String status : List.of("429", "503", "504")) {
        JsonNode problem = operation.at("/responses/" + status + "/content/application~1problem+json");
        assertEquals("#/components/schemas/Problem", problem.at("/schema/$ref").asText(), status + " of " + operation);
        assertEquals(Integer.parseInt(status), problem.path("examples").elements().next().at("/value/status").asInt());
      }
      assertTrue(operation.at("/responses/429/headers").has("Retry-After"));
      assertTrue(operation.at("/responses/503/headers").has("Retry-After"));
      List<String> statuses = new ArrayList<>();
      operation.path("responses").fieldNames().forEachRemaining(statuses::add);
      assertEquals(statuses.stream().sorted().toList(), statuses, "in order of status");
    }
    assertEquals(List.of("listArticles", "submitArticle", "ping", "listEntities", "mergeEntities",
        "entityServicePing"), ids);
    assertEquals("Not Authorized", merged.at("/paths/~1api~1v1~1articles/get/responses/401/description").asText(),
        "a service's own answers are kept");
  }

  @Test
  void addsItsUserLimitToTheAddressLimitAServiceDocuments() throws IOException {
    JsonNode service = new ObjectMapper().readTree("""
        {"openapi":"3.1.0","paths":{"/api/v1/stories":{"get":{"operationId":"listStories","responses":{
          "429":{"description":"Over the address's limit","content":{"application/problem+json":{
            "schema":{"$ref":"#/components/schemas/Problem"},"examples":{"addressLimit":{"value":{"status":429}}}}}}}}}},
         "components":{"schemas":{"Problem":{"type":"object"}}}}""");
    JsonNode tooMany = OpenApiMerger.merge(Map.of(Downstream.TIMELINE, service), new OpenApiMerger.Settings("Annals API",
        "1.0.0", "All of it.", "/", REALM, "annals-dashboard")).at("/paths/~1api~1v1~1stories/get/responses/429");
    assertEquals("Over the address's limit", tooMany.path("description").asText());
    List<String> examples = new ArrayList<>();
    tooMany.at("/content/application~1problem+json/examples").fieldNames().forEachRemaining(examples::add);
    assertEquals(List.of("addressLimit", "userLimit"), examples);
    assertTrue(tooMany.path("headers").has("Retry-After"));
  }

  @Test
  void writesTheGatewaysProblemsAsTheyAreAnsweredOnTheOperationsPath() {
    JsonNode timeout = merged.at("/paths/~1api~1v1~1entities~1{id}~1merge/post/responses/504/content"
        + "/application~1problem+json/examples/timeout/value");
    assertEquals("urn:annals:problem:gateway-timeout", timeout.path("type").asText());
    assertTrue(timeout.path("detail").asText().startsWith("entity-service did not answer"), timeout.toString());
    assertTrue(timeout.path("instance").asText().matches("/api/v1/entities/[0-9a-f-]{36}/merge"), timeout.toString());
  }

  @Test
  void pointsItsOneSecuritySchemeAtKeycloak() {
    JsonNode scheme = merged.at("/components/securitySchemes/keycloak");
    assertEquals("oauth2", scheme.path("type").asText());
    assertEquals(REALM + "/protocol/openid-connect/auth", scheme.at("/flows/authorizationCode/authorizationUrl")
        .asText());
    assertEquals(REALM + "/protocol/openid-connect/token", scheme.at("/flows/authorizationCode/tokenUrl").asText());
    assertEquals(1, merged.at("/components/securitySchemes").size(), "the services' own schemes are gone");
    assertTrue(merged.at("/security/0").has("keycloak"));
    assertEquals("https://api.example", merged.at("/servers/0/url").asText());
  }

  @Test
  void listsTheTagsInUseAndNamesTheServicesMissing() {
    List<String> tags = new ArrayList<>();
    merged.path("tags").forEach(tag -> tags.add(tag.path("name").asText()));
    assertEquals(List.of("Articles", "Entities"), tags);
    assertTrue(merged.at("/info/description").asText().contains("timeline-service"),
        merged.at("/info/description").asText());
  }

  private static List<JsonNode> operations() {
    List<JsonNode> operations = new ArrayList<>();
    for (Iterator<JsonNode> items = merged.path("paths").elements(); items.hasNext(); ) {
      items.next().elements().forEachRemaining(operations::add);
    }
    return operations;
  }
}
