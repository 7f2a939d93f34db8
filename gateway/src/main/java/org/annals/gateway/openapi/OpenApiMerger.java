package org.annals.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.TreeMap;
import org.annals.common.openapi.ExamplePaths;
import org.annals.common.openapi.ProblemExamples;
import org.annals.common.problem.Problem;
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
  private static final ObjectMapper EXAMPLES = new ObjectMapper();

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
            prepare(operation, path.getKey(), downstream, operationIds, schemas.has("Problem"));
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

  /**
   * One security requirement for all, unique operation ids, and the answers the gateway gives itself
   * (the services document the others: see CompleteOperations).
   */
  private static void prepare(ObjectNode operation, String path, Downstream downstream, Set<String> operationIds,
      boolean hasProblem) {
    operation.remove("security");
    String id = operation.path("operationId").asText("");
    if (!id.isEmpty() && !operationIds.add(id)) {
      String prefix = prefix(downstream);
      String unique = prefix.substring(0, 1).toLowerCase() + prefix.substring(1) + id.substring(0, 1).toUpperCase()
          + id.substring(1);
      operation.put("operationId", unique);
      operationIds.add(unique);
    }
    ObjectNode responses = operation.withObjectProperty("responses");
    for (int status : ProblemExamples.GATEWAY) {
      ObjectNode response = gatewayResponse(responses, status, path, downstream, hasProblem);
      if (status != 504 && !response.path("headers").has("Retry-After")) {
        response.withObjectProperty("headers").putObject("Retry-After")
            .put("description", "Seconds to wait before trying again").putObject("schema").put("type", "integer");
      }
    }
    sortByStatus(responses);
  }

  /**
   * Documents an answer of the gateway with its problem body, or adds the gateway's examples to the
   * service's own answer with that status (429: the service limits per address, the gateway per user too).
   */
  private static ObjectNode gatewayResponse(ObjectNode responses, int status, String path, Downstream downstream,
      boolean hasProblem) {
    ObjectNode response = responses.withObjectProperty(Integer.toString(status));
    if (!response.hasNonNull("description")) {
      response.put("description", ProblemExamples.description(status));
    }
    if (hasProblem) {
      ObjectNode problem = response.withObjectProperty("content").withObjectProperty(Problem.MEDIA_TYPE);
      if (!problem.has("schema")) {
        problem.putObject("schema").put("$ref", SCHEMA_REF + "Problem");
      }
      ObjectNode examples = problem.withObjectProperty("examples");
      String instance = ExamplePaths.fill(path);
      for (ProblemExamples.Named example : ProblemExamples.ofGateway(status, instance, downstream.serviceName())) {
        if (!examples.has(example.name())) {
          examples.putObject(example.name()).put("summary", example.summary())
              .set("value", EXAMPLES.valueToTree(ProblemExamples.asValue(example.problem())));
        }
      }
    }
    return response;
  }

  /** Statuses in order, as a reader looks them up. */
  private static void sortByStatus(ObjectNode responses) {
    Map<String, JsonNode> sorted = new TreeMap<>();
    responses.fields().forEachRemaining(entry -> sorted.put(entry.getKey(), entry.getValue()));
    responses.removeAll();
    responses.setAll(sorted);
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
