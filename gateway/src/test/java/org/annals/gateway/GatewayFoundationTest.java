package org.annals.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.annals.gateway.support.StubServices;
import org.junit.jupiter.api.Test;

/** Health, the request id on every answer, and the one OpenAPI document with its Swagger UI. */
@QuarkusTest
class GatewayFoundationTest {

  @Test
  void isReadyWhileKeycloakAnswersAndReportsEachService() {
    given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
        .body("checks.find { it.name == 'downstreams' }.data.'ingest-service'", equalTo("UP"))
        .body("checks.find { it.name == 'downstreams' }.data.'entity-service'", equalTo("UP"))
        .body("checks.find { it.name == 'downstreams' }.data.'timeline-service'", startsWith("DOWN"));
    StubServices.keycloakUp(false);
    try {
      given().get("/q/health/ready").then().statusCode(503)
          .body("checks.find { it.name == 'keycloak' }.status", equalTo("DOWN"));
    } finally {
      StubServices.keycloakUp(true);
    }
    given().get("/q/health/live").then().statusCode(200);
  }

  @Test
  void givesEveryAnswerARequestId() {
    given().get("/api/v1/unknown").then().statusCode(404)
        .contentType("application/problem+json")
        .header("X-Request-Id", matchesPattern("[0-9a-f]{32}"));
    given().header("X-Request-Id", "bad id with spaces").get("/api/v1/unknown").then()
        .header("X-Request-Id", matchesPattern("[0-9a-f]{32}"));
  }

  @Test
  void servesOneOpenApiDocumentForTheServicesBehindIt() {
    given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
        .contentType(containsString("application/json"))
        .body("paths.keySet()", hasItems("/api/v1/articles", "/api/v1/entities/{id}/merge"))
        .body("components.securitySchemes.keycloak.type", equalTo("oauth2"))
        .body("components.securitySchemes.keycloak.flows.authorizationCode.authorizationUrl",
            containsString("/keycloak/realms/annals/protocol/openid-connect/auth"))
        .body("info.description", containsString("timeline-service"));
    given().get("/q/openapi").then().statusCode(200).contentType(containsString("yaml"))
        .body(containsString("/api/v1/entities:"));
    given().get("/q/swagger-ui/index.html").then().statusCode(200);
  }
}
