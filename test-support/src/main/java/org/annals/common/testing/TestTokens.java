package org.annals.common.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test support: access tokens shaped like the Annals realm's (RS256, realm roles, audience annals-api),
 * signed with a key made for the test run. {@link #realmConfig} makes the key and the configuration with
 * which quarkus-oidc checks the tokens against its public half, without a Keycloak.
 */
public final class TestTokens {

  private static final String SIGNING_KEY = "annals.test.signing-key";
  private static final String ISSUER = "annals.test.issuer";
  private static final String AUDIENCE = "annals-api";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

  private TestTokens() {}

  /**
   * A new signing key for tokens of this issuer, and the configuration that makes a service accept
   * them: for a test resource to return. The key stays in this JVM's system properties, which the
   * test and its resources share whatever class loader each has.
   */
  public static Map<String, String> realmConfig(String issuer) {
    KeyPair keys = newKeyPair();
    System.setProperty(SIGNING_KEY, Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()));
    System.setProperty(ISSUER, issuer);
    return Map.of(
        // Checked with the public key alone: no discovery at a Keycloak that is not there.
        "quarkus.oidc.auth-server-url", "",
        "quarkus.oidc.public-key", Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()),
        "quarkus.oidc.token.issuer", issuer);
  }

  private static KeyPair newKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A valid token of the test realm for a user with these roles. */
  public static String of(String user, String... roles) {
    return sign(claims(user, issuer(), Instant.now().plusSeconds(300), roles), signingKey());
  }

  public static String expired(String user, String... roles) {
    return sign(claims(user, issuer(), Instant.now().minusSeconds(600), roles), signingKey());
  }

  public static String fromAnotherIssuer(String user, String... roles) {
    return sign(claims(user, "https://elsewhere.example/realms/annals", Instant.now().plusSeconds(300), roles),
        signingKey());
  }

  /** Signed by a key the gateway does not know. */
  public static String signedByAnotherKey(String user, String... roles) {
    return sign(claims(user, issuer(), Instant.now().plusSeconds(300), roles), newKeyPair().getPrivate());
  }

  /** A valid token whose payload was changed afterwards (admin role added), so its signature fails. */
  public static String tampered(String user, String... roles) {
    String[] parts = of(user, roles).split("\\.");
    Map<String, Object> forged = claims(user, issuer(), Instant.now().plusSeconds(300), "reader", "editor", "admin");
    return parts[0] + "." + URL.encodeToString(json(forged)) + "." + parts[2];
  }

  private static Map<String, Object> claims(String user, String issuer, Instant expires, String... roles) {
    Map<String, Object> claims = new HashMap<>();
    claims.put("iss", issuer);
    claims.put("aud", AUDIENCE);
    claims.put("sub", "id-" + user);
    claims.put("preferred_username", user);
    claims.put("realm_access", Map.of("roles", List.of(roles)));
    claims.put("iat", expires.minusSeconds(900).getEpochSecond());
    claims.put("exp", expires.getEpochSecond());
    return claims;
  }

  private static String sign(Map<String, Object> claims, PrivateKey key) {
    String content = URL.encodeToString(json(Map.of("alg", "RS256", "typ", "JWT")))
        + "." + URL.encodeToString(json(claims));
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(key);
      signature.update(content.getBytes(StandardCharsets.US_ASCII));
      return content + "." + URL.encodeToString(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] json(Object value) {
    try {
      return JSON.writeValueAsBytes(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String issuer() {
    return System.getProperty(ISSUER);
  }

  private static PrivateKey signingKey() {
    try {
      byte[] encoded = Base64.getDecoder().decode(System.getProperty(SIGNING_KEY));
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
