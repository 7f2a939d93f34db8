package org.annals.k8s;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Keycloak realm file as Keycloak imports it, and the checks that keep secrets out of it. */
record Realm(JsonNode json, String text) {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::[^}]*)?}");
  private static final Pattern WHOLE_PLACEHOLDER = Pattern.compile("\\$\\{[A-Z0-9_]+}");

  /** Parses the file and checks that every client secret and password is a placeholder, never a value. */
  static Realm parse(String text) throws IOException {
    Realm realm = new Realm(new ObjectMapper().readTree(text), text);
    for (JsonNode client : realm.json.path("clients")) {
      if (client.has("secret")) {
        assertPlaceholder(client.path("secret").asText(), "secret of client " + client.path("clientId").asText());
      }
    }
    for (JsonNode user : realm.users()) {
      for (JsonNode credential : user.path("credentials")) {
        assertPlaceholder(credential.path("value").asText(), "password of user " + user.path("username").asText());
      }
    }
    return realm;
  }

  String name() {
    return json.path("realm").asText();
  }

  List<JsonNode> users() {
    List<JsonNode> users = new ArrayList<>();
    json.path("users").forEach(users::add);
    return users;
  }

  Set<String> roles() {
    Set<String> roles = new TreeSet<>();
    json.path("roles").path("realm").forEach(r -> roles.add(r.path("name").asText()));
    return roles;
  }

  Set<String> clients() {
    Set<String> clients = new TreeSet<>();
    json.path("clients").forEach(c -> clients.add(c.path("clientId").asText()));
    return clients;
  }

  Optional<JsonNode> client(String clientId) {
    for (JsonNode client : json.path("clients")) {
      if (client.path("clientId").asText().equals(clientId)) {
        return Optional.of(client);
      }
    }
    return Optional.empty();
  }

  /** The environment variables the file reads (Keycloak fills ${NAME} at import). */
  Set<String> placeholders() {
    Set<String> names = new LinkedHashSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  private static void assertPlaceholder(String value, String what) {
    assertTrue(WHOLE_PLACEHOLDER.matcher(value).matches(), "the realm file holds the " + what
        + " itself: it must be a ${VARIABLE} filled from a Secret");
  }
}
