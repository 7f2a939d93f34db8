package org.annals.entity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.annals.common.database.EmbeddedPostgresTestResource;
import org.annals.common.security.Roles;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "tester", roles = {Roles.READER, Roles.EDITOR, Roles.ADMIN, Roles.SERVICE})
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class EntityServiceFoundationTest {

  @Test
  void isReadyWithItsDatabase() {
    given().get("/q/health/ready").then().statusCode(200)
        .body("checks.name", hasItem("Database connections health check"));
    given().get("/q/health/started").then().statusCode(200);
  }

  @Test
  void documentsItsContractAndApi() {
    given().get("/q/openapi?format=json").then().statusCode(200)
        .body(containsString("analyseArticleEntities"))
        .body(containsString("ResolvedMention"))
        .body(containsString("ArticleAnnotation"))
        .body(containsString("listEntities"));
  }

  @Test
  void answersUnknownPathsWithProblemDetails() {
    given().get("/api/v1/nothing-here").then().statusCode(404)
        .contentType("application/problem+json")
        .body("detail", not(containsString("Exception")));
  }
}
