package org.annals.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import org.annals.common.database.EmbeddedPostgresTestResource;
import org.annals.common.security.Roles;
import org.annals.common.testing.RawHttp;
import org.junit.jupiter.api.Test;

/**
 * The HTTP layer common to every process, here in a service: problem details and security headers on
 * what is refused before any resource, metrics off the application port, and an address that keeps
 * failing authentication refused at once.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class HttpLayerTest {

  private static final String SOME_ID = "6f1d2c1e-0c1e-4b8e-9d7a-1c2b3d4e5f60";

  @TestHTTPResource("/")
  URI service;

  @Test
  void answersWhatTheHttpLayerRefusesWithProblemDetails() {
    assertProblem(RawHttp.send(service, "GET /q/health/live HTTP/1.1\r\nHost: exa mple\r\nConnection: close\r\n\r\n"),
        400);
    assertProblem(RawHttp.send(service, RawHttp.get("/api/v1/events?q=" + "a".repeat(5000))), 414);
    assertProblem(RawHttp.send(service, RawHttp.get("/api/v1/events", "X-Padding: " + "b".repeat(30_000))), 431);
    assertProblem(RawHttp.send(service, RawHttp.get("/nothing/here")), 404);
    assertProblem(RawHttp.send(service, RawHttp.get("/q/metrics")), 404);
    assertProblem(RawHttp.send(service, "DELETE /api/v1/events HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"),
        405);
  }

  @Test
  @TestSecurity(user = "tester", roles = {Roles.READER, Roles.SERVICE})
  void answersWrongMediaTypesWithProblemDetails() {
    assertProblem(RawHttp.send(service, "PUT /internal/v1/articles/" + SOME_ID + " HTTP/1.1\r\nHost: localhost\r\n"
        + "Content-Type: text/plain\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi"), 415);
    assertProblem(RawHttp.send(service, RawHttp.get("/api/v1/events", "Accept: text/csv")), 406);
    RawHttp.Answer ok = RawHttp.send(service, RawHttp.get("/api/v1/events"));
    assertEquals(200, ok.status(), ok.toString());
    assertEquals("nosniff", ok.header("X-Content-Type-Options"));
    assertEquals("DENY", ok.header("X-Frame-Options"));
  }

  /** 200 failed authentications a minute per address in tests (annals.http.address-limit, common). */
  @Test
  void refusesAnAddressThatKeepsFailingAuthenticationBeforeCheckingItsToken() throws Exception {
    InetAddress forger = InetAddress.getByName("127.0.0.2");
    String forged = RawHttp.get("/api/v1/events", "Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.e30.Zm9yZ2Vk");
    int unauthorized = 0;
    RawHttp.Answer answer = RawHttp.send(service, forger, forged);
    while (answer.status() == 401 && unauthorized < 400) {
      unauthorized++;
      answer = RawHttp.send(service, forger, forged);
    }
    assertProblem(answer, 429);
    assertTrue(unauthorized >= 200 && unauthorized < 260, unauthorized + " answered 401");
    assertTrue(Long.parseLong(answer.header("Retry-After")) >= 1, answer.toString());
    assertEquals(200, RawHttp.send(service, forger, RawHttp.get("/q/health/live")).status(), "health needs no token");
  }

  private static void assertProblem(RawHttp.Answer answer, int status) {
    assertEquals(status, answer.status(), answer.toString());
    for (String expected : List.of("application/problem+json", "\"status\":" + status)) {
      assertTrue((answer.header("Content-Type") + answer.body()).contains(expected), answer.toString());
    }
    assertEquals("nosniff", answer.header("X-Content-Type-Options"), answer.toString());
    assertEquals("DENY", answer.header("X-Frame-Options"), answer.toString());
    assertEquals("no-store", answer.header("Cache-Control"), answer.toString());
  }
}
