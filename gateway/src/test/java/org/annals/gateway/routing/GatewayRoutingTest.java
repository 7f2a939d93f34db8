package org.annals.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Random;
import org.annals.common.testing.TestTokens;
import org.annals.gateway.support.StubServices;
import org.junit.jupiter.api.Test;

/** Requests reach the service that owns their path, as they were sent, and answers come back as sent. */
@QuarkusTest
class GatewayRoutingTest {

  private static final String EDITOR = TestTokens.of("router", "reader", "editor");

  @TestHTTPResource("/")
  URI gateway;

  @Test
  void routesEachPathToTheServiceThatOwnsItWithPathQueryAndHeaders() {
    JsonPath echo = given().auth().oauth2(EDITOR).header("X-Custom", "kept").queryParam("q", "drone strike")
        .get("/api/v1/articles").then().statusCode(200).header("X-Stub-Served", "ingest").extract().jsonPath();
    assertEquals("GET", echo.getString("method"));
    assertEquals("/api/v1/articles", echo.getString("path"));
    assertEquals("q=drone%20strike", echo.getString("query"));
    assertEquals("kept", echo.getString("headers.x-custom"));
    assertEquals("Bearer " + EDITOR, echo.getString("headers.authorization"), "services check the token too");

    given().auth().oauth2(EDITOR).get("/api/v1/entities/7/mentions").then().statusCode(200)
        .header("X-Stub-Served", "entity").body("path", equalTo("/api/v1/entities/7/mentions"));
  }

  @Test
  void passesRequestIdsOnAndCreatesMissingOnes() {
    Response sent = given().auth().oauth2(EDITOR).header("X-Request-Id", "client-id-42").get("/api/v1/articles");
    sent.then().statusCode(200).header("X-Request-Id", "client-id-42");
    assertEquals("client-id-42", sent.jsonPath().getString("headers.x-request-id"));

    Response created = given().auth().oauth2(EDITOR).header("X-Request-Id", "not a sane id").get("/api/v1/articles");
    String id = created.header("X-Request-Id");
    created.then().header("X-Request-Id", matchesPattern("[0-9a-f]{32}"));
    assertEquals(id, created.jsonPath().getString("headers.x-request-id"), "the service sees the same id");
  }

  @Test
  void streamsBodiesOfKnownAndUnknownLengthUnchanged() throws Exception {
    byte[] body = new byte[40_000];
    new Random(7).nextBytes(body);
    given().auth().oauth2(EDITOR).contentType("application/octet-stream").body(body).post("/api/v1/articles")
        .then().statusCode(201).body("bodyBytes", equalTo(body.length))
        .body("bodySha256", equalTo(StubServices.sha256(body)));

    for (HttpClient.Version version : HttpClient.Version.values()) {
      HttpResponse<String> streamed = HttpClient.newBuilder().version(version).build().send(HttpRequest.newBuilder(
              gateway.resolve("/api/v1/articles/batch"))
          .header("Authorization", "Bearer " + EDITOR).header("Content-Type", "application/x-ndjson")
          .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(201, streamed.statusCode(), version + ": " + streamed.body());
      JsonPath echo = JsonPath.from(streamed.body());
      assertEquals(StubServices.sha256(body), echo.getString("bodySha256"), version + ": " + streamed.body());
      assertEquals("chunked", echo.getString("headers.transfer-encoding"), "streamed, not buffered");
    }
  }

  @Test
  void dropsHopByHopHeadersAndPointsLocationAtTheGateway() {
    Response answer = given().auth().oauth2(EDITOR).header("Proxy-Authorization", "Basic c2VjcmV0")
        .header("TE", "trailers").contentType("application/json").body("{}").post("/api/v1/articles");
    answer.then().statusCode(201).header("Keep-Alive", nullValue()).header("X-Stub-Served", "ingest");
    JsonPath echo = answer.jsonPath();
    assertEquals(null, echo.getString("headers.proxy-authorization"));
    assertEquals(null, echo.getString("headers.te"));
    assertEquals("/api/v1/articles/created-id", answer.header("Location"), "a path of the gateway, whatever Host said");
  }

  @Test
  void neverRoutesInternalOrUnknownPaths() throws IOException, InterruptedException {
    int before = StubServices.calls("ingest") + StubServices.calls("entity");
    String service = TestTokens.of("ingest-service", "service");
    given().auth().oauth2(service).contentType("application/json").body("{}")
        .put("/internal/v1/articles/6f1d2c1e-0c1e-4b8e-9d7a-1c2b3d4e5f60")
        .then().statusCode(404).contentType("application/problem+json");
    given().auth().oauth2(EDITOR).get("/api/v1/unknown").then().statusCode(404)
        .contentType("application/problem+json");
    // A client that does not resolve dot segments itself, as curl --path-as-is.
    HttpResponse<String> traversal = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(gateway + "api/v1/articles/../../internal/v1/articles/x"))
        .header("Authorization", "Bearer " + service).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(400, traversal.statusCode(), traversal.body());
    HttpResponse<String> encoded = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(gateway + "api/v1/articles/%2e%2e/%2e%2e/internal/v1/articles/x"))
        .header("Authorization", "Bearer " + service).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(400, encoded.statusCode(), encoded.body());
    assertEquals(before, StubServices.calls("ingest") + StubServices.calls("entity"), "nothing reached a service");
  }
}
