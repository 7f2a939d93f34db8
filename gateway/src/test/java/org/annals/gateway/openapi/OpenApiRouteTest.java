package org.annals.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The merged document as the gateway serves it. */
@QuarkusTest
class OpenApiRouteTest {

  @Test
  void namesItsOwnServerWhateverHostTheCallerSends() {
    given().header("Host", "attacker.example:666").queryParam("format", "json").get("/q/openapi").then()
        .statusCode(200).body("servers.url", equalTo(List.of("/")));
  }

  @Test
  void listsTheGatewaysOwnAnswersWithTheirProblemBodies() {
    given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
        .body("paths.'/api/v1/articles'.get.responses.keySet()", hasItems("429", "503", "504"))
        .body("paths.'/api/v1/articles'.get.responses.'503'.content.'application/problem+json'.examples"
            + ".unavailable.value.detail", equalTo("ingest-service cannot be reached at the moment. Try again shortly."));
  }
}
