package org.annals.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.util.List;
import org.annals.common.testing.RawHttp;
import org.annals.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * What the HTTP layer answers before any route: problem details for every error, security headers on
 * every answer, and nothing taken from the Host header.
 */
@QuarkusTest
class GatewayHttpLayerTest {

  @TestHTTPResource("/")
  URI gateway;

  @Test
  void answersRequestsVertxCannotReadWithProblemDetails() {
    for (String host : List.of("exa mple", "[::1", "localhost:99999", "a/b")) {
      RawHttp.Answer answer = RawHttp.send(gateway, "GET /q/health/live HTTP/1.1\r\nHost: " + host
          + "\r\nConnection: close\r\n\r\n");
      assertProblem(answer, 400);
      assertFalse(answer.body().contains("Internal Server Error") || answer.body().contains("Stack"), answer.body());
    }
  }

  @Test
  void answersTooLongRequestTargetsAndHeadersWithProblemDetails() {
    assertProblem(RawHttp.send(gateway, RawHttp.get("/api/v1/articles?q=" + "a".repeat(5000))), 414);
    assertProblem(RawHttp.send(gateway, RawHttp.get("/api/v1/articles", "X-Padding: " + "b".repeat(30_000))), 431);
  }

  @Test
  void answersUnknownPathsWithProblemDetails() {
    assertProblem(RawHttp.send(gateway, RawHttp.get("/nothing/here")), 404);
    assertProblem(RawHttp.send(gateway, "DELETE /nothing/here HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"),
        404);
  }

  @Test
  void refusesOriginsNotAllowedWithProblemDetails() {
    given().header("Origin", "http://evil.test").auth().oauth2(TestTokens.of("cors", "reader"))
        .get("/api/v1/entities").then().statusCode(403).contentType("application/problem+json")
        .body("status", equalTo(403)).body("detail", containsString("origin"));
    given().header("Origin", "http://evil.test").header("Access-Control-Request-Method", "POST")
        .options("/api/v1/articles").then().statusCode(403).contentType("application/problem+json");
  }

  @Test
  void putsSecurityHeadersOnEveryAnswer() {
    List<Response> answers = List.of(
        given().get("/q/health/live"),
        given().auth().oauth2(TestTokens.of("headers", "reader")).get("/api/v1/entities"),
        given().get("/api/v1/entities"),
        given().get("/api/v1/nothing"),
        given().get("/q/swagger-ui/index.html"));
    for (Response answer : answers) {
      answer.then().header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY")
          .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
      if (answer.statusCode() >= 400) {
        answer.then().header("Cache-Control", "no-store");
      }
    }
    assertEquals(200, answers.get(4).statusCode(), "Swagger UI still served");
    assertProblem(RawHttp.send(gateway, RawHttp.get("/nothing/here")), 404);
  }

  @Test
  void neverNamesTheHostTheCallerSent() {
    Response created = given().auth().oauth2(TestTokens.of("host", "reader", "editor")).header("Host", "evil.example")
        .contentType("text/plain").body("x").post("/api/v1/articles");
    created.then().statusCode(201);
    assertFalse(created.header("Location").contains("evil.example"), created.header("Location"));
    RawHttp.Answer problem = RawHttp.send(gateway, "GET /api/v1/nothing HTTP/1.1\r\nHost: evil.example\r\n"
        + "Connection: close\r\n\r\n");
    assertFalse(problem.body().contains("evil.example") || problem.headers().toString().contains("evil.example"),
        problem.toString());
    for (String path : List.of("/q/swagger-ui", "/q/openapi", "/q/health")) {
      RawHttp.Answer answer = RawHttp.send(gateway, "GET " + path + " HTTP/1.1\r\nHost: evil.example\r\n"
          + "Connection: close\r\n\r\n");
      assertFalse(answer.toString().contains("evil.example"), answer.toString());
    }
  }

  static void assertProblem(RawHttp.Answer answer, int status) {
    assertEquals(status, answer.status(), answer.toString());
    assertTrue(String.valueOf(answer.header("Content-Type")).startsWith("application/problem+json"), answer.toString());
    assertTrue(answer.body().contains("\"status\":" + status), answer.body());
    assertEquals("nosniff", answer.header("X-Content-Type-Options"), answer.toString());
    assertEquals("DENY", answer.header("X-Frame-Options"), answer.toString());
    assertEquals("no-store", answer.header("Cache-Control"), answer.toString());
  }
}
