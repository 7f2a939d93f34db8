package org.annals.timeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.net.URI;
import org.annals.common.database.EmbeddedPostgresTestResource;
import org.annals.common.security.Roles;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "tester", roles = {Roles.READER, Roles.EDITOR, Roles.ADMIN, Roles.SERVICE})
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class TimelineServiceFoundationTest {

  /** On the management interface (its root is /q), not the application port. */
  @TestHTTPResource(value = "metrics", management = true)
  URI metrics;

  @Test
  void isLiveAndReady() {
    given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  void refusesMalformedJsonOnItsContractBeforeAnythingElse() {
    given().contentType("application/json").body("{\"text\": ")
        .put("/internal/v1/articles/6f1d2c1e-0c1e-4b8e-9d7a-1c2b3d4e5f60")
        .then().statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:annals:problem:malformed-json"));
  }

  @Test
  void documentsItsContractAndMetrics() {
    given().get("/q/openapi?format=json").then().statusCode(200)
        .body(containsString("analyseArticleTimeline"))
        .body(containsString("deleteArticleTimeline"))
        .body(containsString("listTimexes"))
        // Completed by common's CompleteOperations (mp.openapi.filter) in the document served too.
        .body("paths.'/api/v1/events/{id}'.get.responses.'431'.content.'application/problem+json'.examples"
            + ".headersTooLarge.value.status", equalTo(431));
    given().get(metrics).then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
  }
}
