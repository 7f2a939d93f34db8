package org.annals.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.List;
import org.annals.common.testing.TestTokens;
import org.annals.gateway.support.StubServices;
import org.junit.jupiter.api.Test;

/** Health, the request id on every answer, and the one OpenAPI document with its Swagger UI. */
@QuarkusTest
class GatewayFoundationTest {

  /** Relative to the management interface's root, /q. */
  @TestHTTPResource(value = "metrics", management = true)
  URI metricsUrl;

  @Test
  void isReadyWhileKeycloakAnswersAndReportsEachService() {
    given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
        .body("checks.find { it.name == 'downstreams' }.data.'ingest-service'", equalTo("UP"))
        .body("checks.find { it.name == 'downstreams' }.data.'entity-service'", equalTo("UP"))
        .body("checks.find { it.name == 'downstreams' }.data.'timeline-service'", equalTo("DOWN (no connection)"));
    StubServices.keycloakUp(false);
    try {
      given().get("/q/health/ready").then().statusCode(503)
          .body("checks.find { it.name == 'keycloak' }.status", equalTo("DOWN"))
          .body("checks.find { it.name == 'keycloak' }.data.state", equalTo("DOWN (answered 503)"));
    } finally {
      StubServices.keycloakUp(true);
    }
    given().get("/q/health/live").then().statusCode(200);
  }

  @Test
  void namesNoInternalAddressInItsHealth() {
    String health = given().get("/q/health/ready").then().extract().asString();
    for (String internal : List.of("http", "127.0.0.1", "localhost", "keycloak/realms")) {
      assertFalse(health.contains(internal), internal + " in " + health);
    }
  }

  @Test
  void servesMetricsOnlyOnTheManagementPortWithPathTemplates() {
    given().get("/q/metrics").then().statusCode(404).contentType("application/problem+json");
    String reader = TestTokens.of("metered", "reader");
    given().auth().oauth2(reader).get("/api/v1/entities/e-77").then().statusCode(200);
    given().auth().oauth2(reader).get("/api/v1/articles/abc-123/invented-one").then().statusCode(200);
    given().auth().oauth2(reader).get("/api/v1/articles/def-456/invented-two").then().statusCode(200);
    given().get("/api/v1/made-up-by-a-caller").then().statusCode(404);
    String metrics = given().get(metricsUrl).then().statusCode(200).extract().asString();
    assertTrue(metrics.contains("uri=\"/api/v1/entities/{id}\""), metrics);
    for (String raw : List.of("e-77", "abc-123", "def-456", "invented-one", "invented-two", "made-up-by")) {
      assertFalse(metrics.contains(raw), raw + " became a metric tag");
    }
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
