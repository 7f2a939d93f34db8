package org.annals.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.annals.common.testing.TestTokens;
import org.annals.gateway.support.StubServices;
import org.junit.jupiter.api.Test;

/** A service that is down, slow or failing costs callers a fast problem answer, never a hang. */
@QuarkusTest
class GatewayFaultsTest {

  private static final String READER = TestTokens.of("faults", "reader");

  @Test
  void aServiceThatIsDownGives503AtOnceAndItsCircuitOpens() throws InterruptedException {
    for (int i = 0; i < 5; i++) {
      long started = System.nanoTime();
      given().auth().oauth2(READER).get("/api/v1/timelines/some-entity").then().statusCode(503)
          .contentType("application/problem+json").header("Retry-After", notNullValue())
          .body("detail", containsString("timeline-service"));
      assertTrue(System.nanoTime() - started < 2_000_000_000L, "answered fast");
    }
    given().auth().oauth2(READER).get("/api/v1/events").then().statusCode(503)
        .body("detail", containsString("recent calls failed"));
    // The other services are not affected by timeline-service's open circuit.
    given().auth().oauth2(READER).get("/api/v1/entities").then().statusCode(200);
    Thread.sleep(2200);
    given().auth().oauth2(READER).get("/api/v1/timexes").then().statusCode(503)
        .body("detail", containsString("cannot be reached"));
  }

  @Test
  void aSlowServiceGives504AfterTheResponseTimeout() {
    long started = System.nanoTime();
    given().auth().oauth2(READER).header(StubServices.BEHAVIOUR, "slow").get("/api/v1/entities").then()
        .statusCode(504).contentType("application/problem+json").body("status", equalTo(504))
        .body("detail", containsString("entity-service"));
    long tookMs = (System.nanoTime() - started) / 1_000_000;
    assertTrue(tookMs < StubServices.SLOW_MS, "answered after the 1 s timeout, not the service's 3 s: " + tookMs);
  }

  @Test
  void aServicesOwnErrorsArePassedOnAsTheyCame() {
    Response failed = given().auth().oauth2(READER).header(StubServices.BEHAVIOUR, "500").header("X-Request-Id",
        "fault-500").get("/api/v1/articles");
    failed.then().statusCode(500).contentType("application/problem+json")
        .body("type", equalTo("urn:annals:problem:internal")).header("X-Request-Id", "fault-500");
    given().auth().oauth2(READER).header(StubServices.BEHAVIOUR, "503").get("/api/v1/articles").then()
        .statusCode(503).body("type", equalTo("urn:annals:problem:not-ready"));
    assertEquals(200, given().auth().oauth2(READER).get("/api/v1/articles").statusCode(), "still routed");
  }
}
