package org.annals.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Real tokens from the real Keycloak: the development users' (password grant of annals-cli) and
 * ingest-service's own, and the ones that must be refused: expired, altered, issued by another realm of
 * the same server, and forged outright.
 */
public final class Tokens {

  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
  private static final long REUSE_MILLIS = 5 * 60_000;
  private static final Map<String, Long> TAKEN = new ConcurrentHashMap<>();
  private static final String SERVICE = "service-account-annals-ingest";

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
      String forged = base64(Http.JSON.writeValueAsBytes(claims));
      return parts[0] + "." + forged + "." + parts[2];
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** ingest-service's own token (client credentials of annals-ingest), the only one internal endpoints take. */
  public static String service() {
    Long taken = TAKEN.get(SERVICE);
    if (taken == null || System.currentTimeMillis() - taken > REUSE_MILLIS) {
      String secret;
      try {
        secret = Files.readString(AnnalsStack.dataDir().resolve("keycloak").resolve("ingest-client-secret")).strip();
      } catch (IOException e) {
        throw new IllegalStateException("the launcher left no secret for annals-ingest: " + e.getMessage(), e);
      }
      CACHE.put(SERVICE, token("annals", form(Map.of("grant_type", "client_credentials", "client_id", "annals-ingest",
          "client_secret", secret)), "the service"));
      TAKEN.put(SERVICE, System.currentTimeMillis());
    }
    return CACHE.get(SERVICE);
  }

  /**
   * A token no Keycloak issued: RS256, the realm's issuer and audience, every role, but signed with a
   * key of our own; each call makes another (a new id), as an attacker trying keys would.
   */
  public static String forged() {
    long now = System.currentTimeMillis() / 1000;
    ObjectNode claims = Http.JSON.createObjectNode()
        .put("iss", AnnalsStack.keycloakUrl() + "/realms/annals").put("aud", "annals-api")
        .put("sub", UUID.randomUUID().toString()).put("preferred_username", "admin").put("typ", "Bearer")
        .put("iat", now).put("exp", now + 300).put("jti", UUID.randomUUID().toString());
    claims.putObject("realm_access").putArray("roles").add("reader").add("editor").add("admin").add("service");
    try {
      String signed = base64(Http.JSON.writeValueAsBytes(Http.JSON.createObjectNode()
          .put("alg", "RS256").put("typ", "JWT").put("kid", "forged-" + UUID.randomUUID())))
          + "." + base64(Http.JSON.writeValueAsBytes(claims));
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(ForgingKey.PAIR.getPrivate());
      signature.update(signed.getBytes(StandardCharsets.US_ASCII));
      return signed + "." + base64(signature.sign());
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("could not forge a token: " + e.getMessage(), e);
    }
  }

  /** Made once, when the first token is forged. */
  private static final class ForgingKey {
    static final KeyPair PAIR = generate();

    private static KeyPair generate() {
      try {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static String base64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static void updateLifespan(String realm, String admin, int seconds) {
    Http.Answer answer = Http.send(Http.request(realm, admin).header("Content-Type", "application/json")
        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"accessTokenLifespan\":" + seconds + "}")));
    if (answer.status() != 204) {
      throw new IllegalStateException("could not set the realm's token lifespan: " + answer);
    }
  }

  private static String password(String realm, String client, String user, String password) {
    return token(realm, form(Map.of("grant_type", "password", "client_id", client, "username", user,
        "password", password, "scope", "openid")), user);
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static String token(String realm, String form, String whose) {
    Http.Answer answer = Http.post(AnnalsStack.keycloakUrl() + "/realms/" + realm + "/protocol/openid-connect/token",
        null, "application/x-www-form-urlencoded", form);
    JsonNode token = answer.json().path("access_token");
    if (answer.status() != 200 || !token.isTextual()) {
      throw new IllegalStateException("no token for " + whose + " in realm " + realm + ": " + answer);
    }
    return token.asText();
  }
}
