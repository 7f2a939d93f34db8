package org.annals.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Access tokens of one development user, from the realm's token endpoint (password grant of the
 * development client annals-cli), taken again shortly before each one expires.
 */
final class Tokens {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long MARGIN_SECONDS = 30;

  private final HttpClient http;
  private final URI tokenEndpoint;
  private final String user;
  private final String password;
  private String token;
  private Instant renewAt = Instant.MIN;

  Tokens(HttpClient http, URI realm, String user, String password) {
    this.http = http;
    this.tokenEndpoint = URI.create(realm.toString().replaceAll("/+$", "") + "/protocol/openid-connect/token");
    this.user = user;
    this.password = password;
  }

  synchronized String current() {
    if (token == null || Instant.now().isAfter(renewAt)) {
      fetch();
    }
    return token;
  }

  private void fetch() {
    String form = "grant_type=password&client_id=annals-cli&scope=openid&username=" + encode(user)
        + "&password=" + encode(password);
    HttpResponse<String> answer;
    try {
      answer = http.send(HttpRequest.newBuilder(tokenEndpoint)
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new CliException("Keycloak does not answer at " + tokenEndpoint + " (" + e.getMessage()
          + "); start Annals with ./annals up", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException("interrupted while asking Keycloak for a token", e);
    }
    JsonNode body;
    try {
      body = JSON.readTree(answer.body());
    } catch (IOException e) {
      body = JSON.createObjectNode();
    }
    if (answer.statusCode() != 200 || !body.hasNonNull("access_token")) {
      throw new CliException("no token for '" + user + "' from Keycloak (" + answer.statusCode() + "): "
          + body.path("error_description").asText(answer.body()));
    }
    token = body.get("access_token").asText();
    renewAt = Instant.now().plusSeconds(Math.max(0, body.path("expires_in").asLong(60) - MARGIN_SECONDS));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
