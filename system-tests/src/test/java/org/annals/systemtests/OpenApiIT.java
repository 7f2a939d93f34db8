package org.annals.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.annals.client.ApiException;
import org.annals.client.api.ArticlesApi;
import org.annals.client.api.EntitiesApi;
import org.annals.client.model.ArticlePage;
import org.annals.client.model.EntityPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The document the client was generated from (merged at build time from the services' stored documents)
 * describes the API the running gateway serves, operation for operation.
 */
@ExtendWith(AnnalsStack.class)
class OpenApiIT {

  @Test
  void theLiveDocumentHasTheOperationsTheClientWasGeneratedFrom() throws IOException {
    JsonNode built = Http.JSON.readTree(Path.of(System.getProperty("annals.merged-openapi")).toFile());
    Http.Answer live = Http.get("/q/openapi?format=json", null);
    assertEquals(200, live.status(), live.toString());

    Set<String> builtOperations = operations(built);
    assertTrue(builtOperations.size() >= 20, builtOperations.toString());
    assertEquals(builtOperations, operations(live.json()));
    assertFalse(live.json().path("info").path("description").asText().contains("Not listed"),
        "every service's document reached the gateway");
    assertEquals("oauth2", live.json().at("/components/securitySchemes/keycloak/type").asText());
    assertEquals(AnnalsStack.keycloakUrl() + "/realms/annals/protocol/openid-connect/token",
        live.json().at("/components/securitySchemes/keycloak/flows/authorizationCode/tokenUrl").asText());
  }

  @Test
  void theGeneratedClientTalksToTheGatewayWithARealToken() throws ApiException {
    ArticlePage articles = new ArticlesApi(Clients.as("reader")).listArticles(null, null, 5, null, null, null,
        null, null);
    assertTrue(articles.getItems().size() <= 5);
    EntityPage entities = new EntitiesApi(Clients.as("reader")).listEntities(null, 3, "isf", null);
    assertTrue(entities.getItems().stream().anyMatch(e -> "Isfahan".equals(e.getName())),
        "the knowledge base knows Isfahan: " + entities);

    ApiException refused = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
        () -> new ArticlesApi(Clients.as("reader")).deleteArticle(java.util.UUID.randomUUID().toString()));
    assertEquals(403, refused.getCode());
  }

  /** "GET /api/v1/articles listArticles", for each operation. */
  private static Set<String> operations(JsonNode document) {
    Set<String> operations = new TreeSet<>();
    document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
      if (op.getValue().has("responses")) {
        operations.add(op.getKey().toUpperCase() + " " + path.getKey() + " " + op.getValue().path("operationId").asText());
      }
    }));
    return operations;
  }
}
