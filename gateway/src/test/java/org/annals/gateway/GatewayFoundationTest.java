package org.annals.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GatewayFoundationTest {

  @Test
  void isReady() {
    given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  void givesEveryAnswerARequestId() {
    given().get("/api/v1/unknown").then().statusCode(404)
        .contentType("application/problem+json")
        .header("X-Request-Id", matchesPattern("[0-9a-f]{32}"));
    given().header("X-Request-Id", "bad id with spaces").get("/api/v1/unknown").then()
        .header("X-Request-Id", matchesPattern("[0-9a-f]{32}"));
  }
}
