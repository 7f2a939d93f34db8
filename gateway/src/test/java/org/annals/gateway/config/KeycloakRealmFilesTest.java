package org.annals.gateway.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.annals.common.security.Roles;
import org.junit.jupiter.api.Test;

/** The realm files in keycloak/: what the launcher, the system tests and a production install rely on. */
class KeycloakRealmFilesTest {

  private static final Path REALMS = Path.of("..", "keycloak");

  private static JsonNode realm(String file) throws IOException {
    return new ObjectMapper().readTree(Files.readString(REALMS.resolve(file)));
  }

  private static JsonNode named(JsonNode array, String field, String value) {
    for (JsonNode item : array) {
      if (value.equals(item.path(field).asText())) {
        return item;
      }
    }
    throw new AssertionError("no " + field + " " + value);
  }

  @Test
  void bothRealmsHaveTheRolesTheServicesCheck() throws IOException {
    for (String file : List.of("annals-realm.dev.json", "annals-realm.production.json")) {
      JsonNode realm = realm(file);
      assertEquals("annals", realm.path("realm").asText());
      Set<String> roles = new TreeSet<>();
      realm.at("/roles/realm").forEach(role -> roles.add(role.path("name").asText()));
      assertEquals(new TreeSet<>(Set.of(Roles.READER, Roles.EDITOR, Roles.ADMIN, Roles.SERVICE)), roles, file);
      assertEquals("reader", named(realm.at("/roles/realm"), "name", "editor").at("/composites/realm/0").asText());
      assertEquals("editor", named(realm.at("/roles/realm"), "name", "admin").at("/composites/realm/0").asText());
      JsonNode dashboard = named(realm.path("clients"), "clientId", "annals-dashboard");
      assertTrue(dashboard.path("publicClient").asBoolean());
      assertEquals("S256", dashboard.at("/attributes/pkce.code.challenge.method").asText());
      JsonNode ingest = named(realm.path("clients"), "clientId", "annals-ingest");
      assertTrue(ingest.path("serviceAccountsEnabled").asBoolean());
      assertEquals("${ANNALS_INGEST_CLIENT_SECRET}", ingest.path("secret").asText(), "the secret comes from outside");
      assertEquals("service", named(realm.path("users"), "serviceAccountClientId", "annals-ingest")
          .at("/realmRoles/0").asText());
    }
  }

  @Test
  void theDevelopmentRealmHasAUserPerRoleWhoseWordIsTheirName() throws IOException {
    JsonNode realm = realm("annals-realm.dev.json");
    for (String user : List.of("reader", "editor", "admin")) {
      JsonNode person = named(realm.path("users"), "username", user);
      for (String field : List.of("email", "firstName", "lastName")) {
        assertFalse(person.path(field).asText().isBlank(), user + " needs " + field + " to log in");
      }
      assertEquals(user, person.at("/credentials/0/value").asText());
      assertFalse(person.at("/credentials/0/temporary").asBoolean());
      assertEquals(user, person.at("/realmRoles/0").asText());
    }
    assertTrue(named(realm.path("clients"), "clientId", "annals-cli").path("directAccessGrantsEnabled").asBoolean());
  }

  @Test
  void theProductionTemplateHasNoPeopleNoPasswordsAndNoPasswordGrant() throws IOException {
    JsonNode realm = realm("annals-realm.production.json");
    List<String> problems = new ArrayList<>();
    for (JsonNode user : realm.path("users")) {
      if (!user.has("serviceAccountClientId") || user.has("credentials")) {
        problems.add("user " + user.path("username").asText());
      }
    }
    for (JsonNode client : realm.path("clients")) {
      if (client.path("directAccessGrantsEnabled").asBoolean()) {
        problems.add("password grant on " + client.path("clientId").asText());
      }
      String secret = client.path("secret").asText("");
      if (!secret.isEmpty() && !secret.matches("\\$\\{[A-Z_]+}")) {
        problems.add("a secret in " + client.path("clientId").asText());
      }
    }
    assertEquals(List.of(), problems);
    assertEquals("all", realm.path("sslRequired").asText());
  }
}
