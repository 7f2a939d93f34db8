package org.annals.common.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Test support: calls every operation a running service documents in its OpenAPI document, as one
 * caller, and checks each answer against {@link AccessRules}. A route added without the right
 * {@code @RolesAllowed} fails it, whoever wrote the route and whenever.
 *
 * <p>Allowed calls must pass security and must not fail on the server (a 5xx), whatever they get
 * (a random id, an empty body); refused ones must be 401 without roles, 403 with the wrong ones, as
 * problem details.
 */
public final class AccessMatrix {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final UUID SOME_ID = UUID.fromString("00000000-0000-4000-8000-00000000abcd");

  private AccessMatrix() {}

  /**
   * @param base the running service, e.g. {@code http://localhost:41234}
   * @param roles the caller's roles as a token carries them (composites expanded); empty for no token
   */
  public static void assertEveryOperation(URI base, Set<String> roles) {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    JsonNode document = read(send(client, HttpRequest.newBuilder(base.resolve("/q/openapi?format=json"))
        .timeout(TIMEOUT).build()).body());
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
        Map.Entry<String, JsonNode> op = ops.next();
        if (!METHODS.contains(op.getKey())) {
          continue;
        }
        String method = op.getKey().toUpperCase(Locale.ROOT);
        String concrete = path.getKey().replaceAll("\\{[^}]+}", SOME_ID.toString());
        String required = AccessRules.requiredRole(method, concrete)
            .orElseThrow(() -> new AssertionError(path.getKey() + " is neither under /api nor /internal"));
        HttpResponse<String> answer = send(client, request(base.resolve(concrete), method, op.getValue()));
        checked++;
        String problem = verdict(answer, roles.contains(required), roles.isEmpty());
        if (problem != null) {
          wrong.add(method + " " + path.getKey() + " (needs " + required + "): " + problem);
        }
      }
    }
    if (checked == 0) {
      throw new AssertionError("The OpenAPI document of " + base + " lists no operation");
    }
    if (!wrong.isEmpty()) {
      throw new AssertionError("As a caller with roles " + roles + ", " + wrong.size() + " of " + checked
          + " operations answered wrongly:\n  " + String.join("\n  ", wrong));
    }
  }

  private static String verdict(HttpResponse<String> answer, boolean allowed, boolean anonymous) {
    int status = answer.statusCode();
    if (allowed) {
      return status == 401 || status == 403 || status >= 500 ? "answered " + status + " " + answer.body() : null;
    }
    int expected = anonymous ? 401 : 403;
    if (status != expected) {
      return "answered " + status + ", not " + expected;
    }
    String type = answer.headers().firstValue("Content-Type").orElse("");
    return type.startsWith("application/problem+json") ? null : "answered " + status + " as '" + type + "'";
  }

  private static HttpRequest request(URI uri, String method, JsonNode operation) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(TIMEOUT);
    JsonNode content = operation.path("requestBody").path("content");
    if (content.isMissingNode() || content.isEmpty()) {
      return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
    }
    String type = content.has("application/json") ? "application/json" : content.fieldNames().next();
    return builder.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString("{}")).build();
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("Could not call " + request.method() + " " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted", e);
    }
  }

  private static JsonNode read(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new AssertionError("The OpenAPI document is not JSON", e);
    }
  }
}
