package org.annals.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.gateway.routing.Downstream;

/**
 * One OpenAPI document for the whole public API: each service's operations on the paths the gateway
 * routes to it, the schemas they use (renamed when two services mean different things by one name),
 * one OAuth2 security scheme pointing at Keycloak, and the answers the gateway itself may give.
 */
public final class OpenApiMerger {

  static final String SCHEME = "keycloak";
  private static final String SCHEMA_REF = "#/components/schemas/";
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
      "trace");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** What the merged document says about itself and where to log in. */
  public record Settings(String title, String version, String description, String serverUrl, String realmUrl,
      String clientId) {

    /** The Annals API's title and description, served at a URL and logged in to at a realm. */
    public static Settings annals(String version, String serverUrl, String realmUrl, String clientId) {
      return new Settings("Annals API", version, "News articles in; resolved entities and source-attributed"
          + " timelines of events out. Every operation needs an access token of the Annals Keycloak realm.",
          serverUrl, realmUrl, clientId);
    }
  }

  private OpenApiMerger() {}

  public static ObjectNode merge(Map<Downstream, JsonNode> documents, Settings settings) {
    ObjectNode merged = NODES.objectNode();
    merged.put("openapi", documents.values().stream().map(d -> d.path("openapi").asText(""))
        .filter(v -> !v.isEmpty()).findFirst().orElse("3.0.3"));
    ObjectNode info = merged.putObject("info");
    info.put("title", settings.title()).put("version", settings.version());
    List<String> missing = Arrays.stream(Downstream.values()).filter(d -> !documents.containsKey(d))
        .map(Downstream::serviceName).toList();
    info.put("description", settings.description() + (missing.isEmpty() ? ""
        : " Not listed at the moment (their documents could not be fetched): " + String.join(", ", missing) + "."));
    ObjectNode license = info.putObject("license").put("name", "GPL-3.0-or-later");
    if (!merged.path("openapi").asText().startsWith("3.0")) {
      // OpenAPI 3.1 names a licence by its SPDX identifier; client generators check for it.
      license.put("identifier", "GPL-3.0-or-later");
    }
    merged.putArray("servers").addObject().put("url", settings.serverUrl());
    merged.putArray("security").addObject().putArray(SCHEME);
    ArrayNode tags = merged.putArray("tags");
    ObjectNode paths = merged.putObject("paths");
    ObjectNode components = merged.putObject("components");
    ObjectNode schemas = components.putObject("schemas");
    components.putObject("securitySchemes").set(SCHEME, securityScheme(settings));

    Set<String> tagNames = new HashSet<>();
    Set<String> operationIds = new HashSet<>();
    for (Map.Entry<Downstream, JsonNode> entry : documents.entrySet()) {
      Downstream downstream = entry.getKey();
      JsonNode document = entry.getValue();
      ObjectNode kept = NODES.objectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = document.path("paths").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> path = it.next();
        if (downstream.owns(path.getKey())) {
          kept.set(path.getKey(), path.getValue().deepCopy());
        }
      }
      Map<String, String> renames = copySchemas(document.path("components").path("schemas"), kept, schemas,
          prefix(downstream));
      rewriteRefs(kept, renames);
      Set<String> usedTags = new LinkedHashSet<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = kept.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> path = it.next();
        for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
          Map.Entry<String, JsonNode> op = ops.next();
          if (METHODS.contains(op.getKey()) && op.getValue() instanceof ObjectNode operation) {
            prepare(operation, prefix(downstream), operationIds, schemas.has("Problem"));
            operation.path("tags").forEach(tag -> usedTags.add(tag.asText()));
          }
        }
        paths.set(path.getKey(), path.getValue());
      }
      for (JsonNode tag : document.path("tags")) {
        if (usedTags.contains(tag.path("name").asText()) && tagNames.add(tag.path("name").asText())) {
          tags.add(tag.deepCopy());
        }
      }
    }
    return merged;
  }

  private static ObjectNode securityScheme(Settings settings) {
    String realm = settings.realmUrl().replaceAll("/+$", "");
    ObjectNode scheme = NODES.objectNode();
    scheme.put("type", "oauth2");
    scheme.put("description", "Log in with the Annals Keycloak realm (authorization code with PKCE, public client '"
        + settings.clientId() + "'). Roles: 'reader' for GET; 'editor' for POST, PUT and PATCH; 'admin' for"
        + " DELETE and entity merge.");
    ObjectNode flow = scheme.putObject("flows").putObject("authorizationCode");
    flow.put("authorizationUrl", realm + "/protocol/openid-connect/auth");
    flow.put("tokenUrl", realm + "/protocol/openid-connect/token");
    flow.put("refreshUrl", realm + "/protocol/openid-connect/token");
    flow.putObject("scopes").put("openid", "Sign in with OpenID Connect");
    return scheme;
  }

  /** One security requirement for all, unique operation ids, and the gateway's own error answers. */
  private static void prepare(ObjectNode operation, String prefix, Set<String> operationIds, boolean hasProblem) {
    operation.remove("security");
    String id = operation.path("operationId").asText("");
    if (!id.isEmpty() && !operationIds.add(id)) {
      String unique = prefix.substring(0, 1).toLowerCase() + prefix.substring(1) + id.substring(0, 1).toUpperCase()
          + id.substring(1);
      operation.put("operationId", unique);
      operationIds.add(unique);
    }
    ObjectNode responses = operation.withObjectProperty("responses");
    problemResponse(responses, "401", "No valid access token: none, expired, altered or from another issuer",
        hasProblem, true);
    problemResponse(responses, "403", "The token lacks the role this operation needs", hasProblem, true);
    ObjectNode tooMany = problemResponse(responses, "429", "Over the caller's rate limit; wait as Retry-After says",
        hasProblem, false);
    if (tooMany != null) {
      tooMany.withObjectProperty("headers").putObject("Retry-After").put("description", "Seconds to wait")
          .putObject("schema").put("type", "integer");
    }
    problemResponse(responses, "503", "The service behind this operation is unavailable; try again shortly",
        hasProblem, false);
    problemResponse(responses, "504", "The service behind this operation did not answer in time", hasProblem,
        false);
  }

  /** Adds a documented problem answer, or completes one a service documented without its body. */
  private static ObjectNode problemResponse(ObjectNode responses, String status, String description,
      boolean hasProblem, boolean completeExisting) {
    JsonNode existing = responses.get(status);
    if (existing != null && (!completeExisting || existing.has("content"))) {
      return null;
    }
    ObjectNode response = responses.putObject(status);
    response.put("description", existing != null && existing.hasNonNull("description")
        && !existing.path("description").asText().isBlank() ? existing.path("description").asText() : description);
    if (hasProblem) {
      response.putObject("content").putObject("application/problem+json").putObject("schema")
          .put("$ref", SCHEMA_REF + "Problem");
    }
    return response;
  }

  /**
   * Copies the schemas the kept paths use, with those they use in turn. A name already taken by a
   * different schema gets the service's prefix; the returned map says which names changed.
   */
  private static Map<String, String> copySchemas(JsonNode available, JsonNode kept, ObjectNode target,
      String prefix) {
    Set<String> needed = new LinkedHashSet<>();
    Deque<JsonNode> pending = new ArrayDeque<>();
    pending.push(kept);
    while (!pending.isEmpty()) {
      for (String name : refsIn(pending.pop())) {
        if (available.has(name) && needed.add(name)) {
          pending.push(available.get(name));
        }
      }
    }
    Map<String, String> renames = new HashMap<>();
    for (String name : needed) {
      JsonNode schema = available.get(name);
      if (target.has(name) && !target.get(name).equals(schema)) {
        String renamed = prefix + name;
        for (int i = 2; target.has(renamed); i++) {
          renamed = prefix + name + i;
        }
        renames.put(name, renamed);
      }
    }
    for (String name : needed) {
      JsonNode schema = available.get(name).deepCopy();
      rewriteRefs(schema, renames);
      target.set(renames.getOrDefault(name, name), schema);
    }
    return renames;
  }

  private static Set<String> refsIn(JsonNode node) {
    Set<String> names = new LinkedHashSet<>();
    Deque<JsonNode> pending = new ArrayDeque<>();
    pending.push(node);
    while (!pending.isEmpty()) {
      JsonNode current = pending.pop();
      JsonNode ref = current.get("$ref");
      if (ref != null && ref.isTextual() && ref.asText().startsWith(SCHEMA_REF)) {
        names.add(ref.asText().substring(SCHEMA_REF.length()));
      }
      current.forEach(pending::push);
    }
    return names;
  }

  private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
    if (renames.isEmpty()) {
      return;
    }
    Deque<JsonNode> pending = new ArrayDeque<>();
    pending.push(node);
    while (!pending.isEmpty()) {
      JsonNode current = pending.pop();
      if (current instanceof ObjectNode object && object.get("$ref") instanceof TextNode ref
          && ref.asText().startsWith(SCHEMA_REF)) {
        String name = ref.asText().substring(SCHEMA_REF.length());
        if (renames.containsKey(name)) {
          object.put("$ref", SCHEMA_REF + renames.get(name));
        }
      }
      current.forEach(pending::push);
    }
  }

  /** "IngestService" for ingest-service: the prefix of its renamed schemas and operation ids. */
  private static String prefix(Downstream downstream) {
    StringBuilder prefix = new StringBuilder();
    for (String part : downstream.serviceName().split("-")) {
      prefix.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return prefix.toString();
  }
}
