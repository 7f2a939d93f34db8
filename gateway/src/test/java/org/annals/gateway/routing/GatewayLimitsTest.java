package org.annals.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.annals.common.testing.RawHttp;
import org.annals.common.testing.TestTokens;
import org.annals.gateway.support.StubServices;
import org.junit.jupiter.api.Test;

/** Per-user rate limits, body limits and CORS (test profile: 40 requests a minute, 64 KiB). */
@QuarkusTest
class GatewayLimitsTest {

  @TestHTTPResource("/")
  URI gateway;

  @Test
  void aUserOverTheRateLimitGets429WithRetryAfterWhileOthersGoOn() {
    String hasty = TestTokens.of("hasty", "reader");
    long started = System.nanoTime();
    int allowed = 0;
    Response refused = null;
    while (refused == null && allowed < 100) {
      Response answer = given().auth().oauth2(hasty).get("/api/v1/entities");
      if (answer.statusCode() == 429) {
        refused = answer;
      } else {
        answer.then().statusCode(200);
        allowed++;
      }
    }
    // 40 at once, then one more every 1.5 s (the allowance refills evenly over the minute).
    long refilled = (System.nanoTime() - started) / 1_500_000_000L + 1;
    assertTrue(allowed >= 40 && allowed <= 40 + refilled, allowed + " allowed");
    refused.then().statusCode(429).contentType("application/problem+json").body("status", equalTo(429));
    long retryAfter = Long.parseLong(refused.header("Retry-After"));
    assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
    given().auth().oauth2(TestTokens.of("patient", "reader")).get("/api/v1/entities").then().statusCode(200);
  }

  /**
   * The reproducer: forged tokens from one address (127.0.0.2, another client than the other
   * tests) are answered 401 until the address has had its allowance of failed authentications (50 a
   * minute in tests), then 429 before any token is checked, a valid one included.
   */
  @Test
  void anAddressSendingForgedTokensGets429BeforeItsTokensAreChecked() throws Exception {
    InetAddress forger = InetAddress.getByName("127.0.0.2");
    String forged = RawHttp.get("/api/v1/articles", "Authorization: Bearer "
        + TestTokens.signedByAnotherKey("mallory", "reader", "editor", "admin"));
    long started = System.nanoTime();
    int unauthorized = 0;
    RawHttp.Answer refused = null;
    while (refused == null && unauthorized < 200) {
      RawHttp.Answer answer = RawHttp.send(gateway, forger, forged);
      if (answer.status() == 429) {
        refused = answer;
      } else {
        assertEquals(401, answer.status(), answer.toString());
        unauthorized++;
      }
    }
    long refilled = (System.nanoTime() - started) / 1_200_000_000L + 1;
    assertTrue(unauthorized >= 50 && unauthorized <= 50 + refilled, unauthorized + " answered 401");
    GatewayHttpLayerTest.assertProblem(refused, 429);
    long retryAfter = Long.parseLong(refused.header("Retry-After"));
    assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);

    String valid = TestTokens.of("next-door", "reader");
    assertEquals(429, RawHttp.send(gateway, forger, RawHttp.get("/api/v1/entities", "Authorization: Bearer " + valid))
        .status(), "refused before its token is checked");
    assertEquals(200, RawHttp.send(gateway, RawHttp.get("/api/v1/entities", "Authorization: Bearer " + valid))
        .status(), "other addresses go on");
    assertEquals(200, RawHttp.send(gateway, forger, RawHttp.get("/q/health/live")).status(), "health needs no token");
  }

  @Test
  void refusesBodiesOverTheLimitWhetherDeclaredOrStreamed() throws Exception {
    String editor = TestTokens.of("big-sender", "reader", "editor");
    int before = StubServices.calls("ingest");
    byte[] tooBig = new byte[65 * 1024];
    given().auth().oauth2(editor).contentType("text/plain").body(tooBig).post("/api/v1/articles").then()
        .statusCode(413).contentType("application/problem+json");
    assertEquals(before, StubServices.calls("ingest"), "refused before the service was called");

    HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            gateway.resolve("/api/v1/articles"))
        .header("Authorization", "Bearer " + editor).header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[200 * 1024])))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(413, chunked.statusCode(), chunked.body());
  }

  @Test
  void allowsCrossOriginCallsFromConfiguredOriginsOnly() {
    given().header("Origin", "http://dashboard.test").header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization,content-type")
        .options("/api/v1/articles").then().statusCode(200)
        .header("Access-Control-Allow-Origin", "http://dashboard.test");
    given().header("Origin", "http://evil.test").header("Access-Control-Request-Method", "POST")
        .options("/api/v1/articles").then().header("Access-Control-Allow-Origin", nullValue());
    given().auth().oauth2(TestTokens.of("browser", "reader")).header("Origin", "http://dashboard.test")
        .get("/api/v1/entities").then().statusCode(200)
        .header("Access-Control-Allow-Origin", "http://dashboard.test");
  }
}
