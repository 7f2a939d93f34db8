package org.annals.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Real tokens from the real Keycloak: the development users' (password grant of annals-cli), and the
 * ones that must be refused: expired, altered, and issued by another realm of the same server.
 */
public final class Tokens {

  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
  private static final long REUSE_MILLIS = 5 * 60_000;
  private static final Map<String, Long> TAKEN = new ConcurrentHashMap<>();

  private Tokens() {}

  /** A fresh-enough token of reader, editor or admin (15 minutes each; taken again after 5). */
  public static String of(String user) {
    Long taken = TAKEN.get(user);
    if (taken == null || System.currentTimeMillis() - taken > REUSE_MILLIS) {
      CACHE.put(user, password("annals", "annals-cli", user, user));
      TAKEN.put(user, System.currentTimeMillis());
    }
    return CACHE.get(user);
  }

  /** The Keycloak console user's token: valid, but of the master realm, another issuer. */
  public static String otherIssuer() {
    return password("master", "admin-cli", "admin", "admin");
  }

  /**
   * A real token of the user that has expired: the realm's token lifespan is lowered to two seconds
   * for the time it takes to get one, then put back, and the token is used after it ran out.
   */
  public static String expired(String user) throws InterruptedException {
    String admin = otherIssuer();
    String realm = AnnalsStack.keycloakUrl() + "/admin/realms/annals";
    JsonNode before = Http.get(realm, admin).json();
    int lifespan = before.path("accessTokenLifespan").asInt(900);
    updateLifespan(realm, admin, 2);
    String token;
    try {
      token = password("annals", "annals-cli", user, user);
    } finally {
      updateLifespan(realm, admin, lifespan);
    }
    Thread.sleep(4000);
    return token;
  }

  /** A real token whose claims were changed afterwards (the admin role added): its signature no longer fits. */
  public static String tampered(String user) {
    String[] parts = of(user).split("\\.");
    try {
      ObjectNode claims = (ObjectNode) Http.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
      claims.withObjectProperty("realm_access").putArray("roles").add("reader").add("editor").add("admin");
      String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(Http.JSON.writeValueAsBytes(claims));
      return parts[0] + "." + forged + "." + parts[2];
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void updateLifespan(String realm, String admin, int seconds) {
    Http.Answer answer = Http.send(Http.request(realm, admin).header("Content-Type", "application/json")
        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"accessTokenLifespan\":" + seconds + "}")));
    if (answer.status() != 204) {
      throw new IllegalStateException("could not set the realm's token lifespan: " + answer);
    }
  }

  private static String password(String realm, String client, String user, String password) {
    String form = Map.of("grant_type", "password", "client_id", client, "username", user, "password", password,
            "scope", "openid").entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    Http.Answer answer = Http.post(AnnalsStack.keycloakUrl() + "/realms/" + realm + "/protocol/openid-connect/token",
        null, "application/x-www-form-urlencoded", form);
    JsonNode token = answer.json().path("access_token");
    if (answer.status() != 200 || !token.isTextual()) {
      throw new IllegalStateException("no token for " + user + " in realm " + realm + ": " + answer);
    }
    return token.asText();
  }
}
