package org.annals.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may do what, with real tokens from the real Keycloak, through the gateway: every kind of caller
 * against an operation of each role on each service.
 */
@ExtendWith(AnnalsStack.class)
class AccessIT {

  /** An operation and the least role it needs. */
  private record Operation(String method, String path, String body, String role) {

    HttpRequest.Builder request(String token) {
      HttpRequest.Builder builder = Http.request(path, token);
      return switch (method) {
        case "GET" -> builder.GET();
        case "DELETE" -> builder.DELETE();
        default -> builder.header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body));
      };
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  private static final String UNKNOWN = UUID.randomUUID().toString();
  private static final Map<String, List<String>> ROLES = Map.of(
      "reader", List.of("reader"), "editor", List.of("reader", "editor"), "admin", List.of("reader", "editor", "admin"));
  private static final Map<String, String> REFUSED = new LinkedHashMap<>();

  @BeforeAll
  static void refusedTokens() throws InterruptedException {
    REFUSED.put("expired", Tokens.expired("admin"));
    REFUSED.put("tampered", Tokens.tampered("reader"));
    REFUSED.put("other issuer", Tokens.otherIssuer());
  }

  private static List<Operation> operations() {
    String article = "{\"text\":\"Access check " + UUID.randomUUID() + ": officials in Lisbon said on Monday that"
        + " the harbour would reopen.\",\"publishedAt\":\"2024-02-05\"}";
    return List.of(
        new Operation("GET", "/api/v1/articles?limit=1", null, "reader"),
        new Operation("GET", "/api/v1/articles/" + UNKNOWN, null, "reader"),
        new Operation("POST", "/api/v1/articles", article, "editor"),
        new Operation("POST", "/api/v1/articles/" + UNKNOWN + "/reprocess", "", "editor"),
        new Operation("DELETE", "/api/v1/articles/" + UNKNOWN, null, "admin"),
        new Operation("GET", "/api/v1/entities?limit=1", null, "reader"),
        new Operation("PATCH", "/api/v1/entities/" + UNKNOWN, "{\"name\":\"Renamed\"}", "editor"),
        new Operation("POST", "/api/v1/entities/" + UNKNOWN + "/merge", "{\"duplicate\":\"" + UUID.randomUUID() + "\"}",
            "admin"),
        new Operation("GET", "/api/v1/events?limit=1", null, "reader"),
        new Operation("GET", "/api/v1/stories?limit=1", null, "reader"),
        new Operation("GET", "/api/v1/timelines/" + UNKNOWN, null, "reader"),
        new Operation("GET", "/api/v1/timexes?article=" + UNKNOWN, null, "reader"));
  }

  @Test
  void eachUserGetsExactlyWhatTheirRolesAllow() {
    List<String> wrong = new ArrayList<>();
    for (String user : ROLES.keySet()) {
      for (Operation operation : operations()) {
        Http.Answer answer = Http.send(operation.request(Tokens.of(user)));
        boolean allowed = ROLES.get(user).contains(operation.role());
        boolean ok = allowed ? answer.status() != 401 && answer.status() != 403 && answer.status() < 500
            : answer.status() == 403 && answer.isProblem();
        if (!ok) {
          wrong.add(user + " " + operation + " -> " + answer);
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void noTokenAndRefusedTokensAre401ProblemsEverywhere() {
    List<String> wrong = new ArrayList<>();
    for (Operation operation : operations()) {
      Http.Answer none = Http.send(operation.request(null));
      if (none.status() != 401 || !none.isProblem()
          || !none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer")) {
        wrong.add("no token " + operation + " -> " + none);
      }
      REFUSED.forEach((kind, token) -> {
        Http.Answer answer = Http.send(operation.request(token));
        if (answer.status() != 401 || !answer.isProblem()) {
          wrong.add(kind + " " + operation + " -> " + answer);
        }
      });
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void internalEndpointsAreNeverRoutedAndServicesCheckTokensThemselves() {
    Http.Answer internal = Http.post("/internal/v1/articles/" + UNKNOWN + "/analysis", Tokens.of("admin"),
        "application/json", "{}");
    assertEquals(404, internal.status(), internal.toString());
    assertTrue(internal.isProblem(), internal.toString());

    // Behind the gateway's back, ingest-service refuses the same callers.
    String ingest = "http://localhost:" + (AnnalsStack.GATEWAY_PORT + 1) + "/api/v1/articles?limit=1";
    assertEquals(401, Http.get(ingest, null).status());
    assertEquals(401, Http.get(ingest, REFUSED.get("tampered")).status());
    assertEquals(200, Http.get(ingest, Tokens.of("reader")).status());
    Http.Answer readerDeletes = Http.delete("http://localhost:" + (AnnalsStack.GATEWAY_PORT + 1) + "/api/v1/articles/"
        + UNKNOWN, Tokens.of("reader"));
    assertEquals(403, readerDeletes.status(), readerDeletes.toString());
  }
}
