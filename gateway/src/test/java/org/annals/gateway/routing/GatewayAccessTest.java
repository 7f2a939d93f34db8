package org.annals.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import org.annals.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The access rules at the gateway, with signed tokens checked by quarkus-oidc: every routed operation
 * for every kind of caller, and the tokens that must not count.
 */
@QuarkusTest
class GatewayAccessTest {

  /** One routed call and the role the rules give it, written out here rather than computed. */
  private record Call(String method, String path, String role) {}

  private static final List<Call> CALLS = List.of(
      new Call("GET", "/api/v1/articles", "reader"), new Call("POST", "/api/v1/articles", "editor"),
      new Call("POST", "/api/v1/articles/batch", "editor"), new Call("GET", "/api/v1/articles/a1", "reader"),
      new Call("DELETE", "/api/v1/articles/a1", "admin"), new Call("POST", "/api/v1/articles/a1/reprocess", "editor"),
      new Call("GET", "/api/v1/entities", "reader"), new Call("GET", "/api/v1/entities/e1/mentions", "reader"),
      new Call("POST", "/api/v1/entities/e1/merge", "admin"), new Call("POST", "/api/v1/entities/e1/aliases", "editor"),
      new Call("PATCH", "/api/v1/entities/e1", "editor"), new Call("PUT", "/api/v1/entities/e1", "editor"),
      new Call("DELETE", "/api/v1/entities/e1", "admin"));

  @Test
  void eachRoleMayDoWhatTheRulesSayAndNoMore() {
    check(null, List.of());
    check(TestTokens.of("anna", "reader"), List.of("reader"));
    check(TestTokens.of("eddie", "reader", "editor"), List.of("reader", "editor"));
    check(TestTokens.of("ada", "reader", "editor", "admin"), List.of("reader", "editor", "admin"));
    check(TestTokens.of("ingest-service", "service"), List.of("service"));
  }

  @Test
  void refusesTokensThatAreExpiredTamperedForeignOrSignedByAnotherKey() {
    for (String token : List.of(TestTokens.expired("mallory", "reader"), TestTokens.tampered("mallory", "reader"),
        TestTokens.fromAnotherIssuer("mallory", "reader"), TestTokens.signedByAnotherKey("mallory", "reader"),
        "not-a-jwt")) {
      given().auth().oauth2(token).get("/api/v1/articles").then().statusCode(401)
          .contentType("application/problem+json").body("status", equalTo(401))
          .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"));
    }
  }

  private static void check(String token, List<String> roles) {
    List<String> wrong = new ArrayList<>();
    for (Call call : CALLS) {
      RequestSpecification request = given().contentType("application/json").body("{}");
      if (token != null) {
        request.auth().oauth2(token);
      }
      int status = request.request(call.method(), call.path()).statusCode();
      int expected = roles.contains(call.role()) ? (call.method().equals("POST") ? 201 : 200)
          : token == null ? 401 : 403;
      if (status != expected) {
        wrong.add(call + " answered " + status + ", not " + expected);
      }
    }
    assertEquals(List.of(), wrong, "as " + roles);
  }
}
