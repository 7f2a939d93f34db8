package org.annals.ingest;

import static org.annals.ingest.support.TestSupport.ARTICLES;
import static org.annals.ingest.support.TestSupport.api;
import static org.annals.ingest.support.TestSupport.awaitStatus;
import static org.annals.ingest.support.TestSupport.marker;
import static org.annals.ingest.support.TestSupport.newsReport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.UUID;
import org.annals.common.testing.TestTokens;
import org.annals.ingest.support.PackagedRealm;
import org.annals.ingest.support.TestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged service (java -jar, as the launcher and the container run it): an article posted as
 * plain text by an editor is stored, dated from its header line, cleaned, and carried through the
 * pipeline; tokens are checked for real.
 */
@QuarkusIntegrationTest
@WithTestResource(PackagedRealm.class)
class ArticleLifecycleIT {

  @BeforeAll
  static void asAnEditor() {
    TestSupport.actAs(TestTokens.of("editor", "reader", "editor"));
  }

  @AfterAll
  static void asNobody() {
    TestSupport.actAs(null);
  }

  @Test
  void packagedServiceRefusesCallsWithoutAValidToken() {
    RestAssured.given().get(ARTICLES).then().statusCode(401).contentType("application/problem+json");
    RestAssured.given().auth().oauth2(TestTokens.of("someone", "reader")).contentType("text/plain")
        .body("A reader may not post.").post(ARTICLES).then().statusCode(403);
    RestAssured.given().auth().oauth2(TestTokens.tampered("someone", "reader")).get(ARTICLES).then()
        .statusCode(401).contentType("application/problem+json");
  }

  @Test
  void packagedServiceStoresCleansDatesAndDispatchesAnArticle() {
    String text = "date 2023-03-14\n" + newsReport(marker())
        + "\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *";
    Response submitted = api().contentType("text/plain").body(text).post(ARTICLES);
    assertEquals(202, submitted.statusCode(), submitted.asString());
    UUID id = UUID.fromString(submitted.jsonPath().getString("id"));

    JsonPath done = awaitStatus(id, "DONE", Duration.ofSeconds(30));
    assertEquals("2023-03-14", done.getString("publishedAt"));
    assertEquals("HEADER_LINE", done.getString("publishedFrom"));
    assertFalse(done.getString("text").contains("Leave a Reply"));

    api().get("/q/health/ready").then().statusCode(200);
  }
}
