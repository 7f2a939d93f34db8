package org.annals.eval.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens of the development realm's users (password grant of the client {@code annals-cli}, as
 * {@code ./annals token USER}), taken again a minute before they expire: an evaluation outlasts one.
 */
public final class Tokens {

  private record Held(String token, Instant renewAt) {}

  private final HttpClient http;
  private final URI tokenEndpoint;
  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, Held> held = new ConcurrentHashMap<>();

  public Tokens(HttpClient http, URI realm) {
    this.http = http;
    this.tokenEndpoint = URI.create(realm + "/protocol/openid-connect/token");
  }

  /** A valid token of {@code user} (password = user name, as in the development realm). */
  public String of(String user) {
    Held current = held.get(user);
    if (current == null || Instant.now().isAfter(current.renewAt())) {
      current = fetch(user);
      held.put(user, current);
    }
    return current.token();
  }

  private Held fetch(String user) {
    String form = "grant_type=password&client_id=annals-cli&username=" + encode(user) + "&password=" + encode(user);
    HttpRequest request = HttpRequest.newBuilder(tokenEndpoint).timeout(Duration.ofSeconds(20))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new StackException("Keycloak refused a token for '" + user + "' (" + response.statusCode() + "): "
            + response.body());
      }
      JsonNode answer = json.readTree(response.body());
      long lifetime = answer.path("expires_in").asLong(300);
      return new Held(answer.get("access_token").asText(), Instant.now().plusSeconds(Math.max(10, lifetime - 60)));
    } catch (IOException e) {
      throw new StackException("Keycloak does not answer at " + tokenEndpoint + ": is Annals running (./annals up)?", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StackException("interrupted while asking Keycloak for a token", e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
