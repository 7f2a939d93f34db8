package org.annals.ingest.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.common.testing.StubServer;

/**
 * entity-service and timeline-service as one stub HTTP server, each under its own path prefix so that
 * calls to the two services (both have DELETE /internal/v1/articles/{id}) can be told apart. Its
 * behaviour is switched by tests; it stays NORMAL unless a test changes it, so every other test class
 * sees its articles analysed.
 */
public class DownstreamStub implements QuarkusTestResourceLifecycleManager {

  public enum Behaviour {
    /** Answers like the real services. */
    NORMAL,
    /** 503, as a service that is down behind a proxy. */
    DOWN,
    /** Answers only after the client's read timeout (1.5 s in the test profile). */
    SLOW,
    /** 422 with a problem body: the service cannot handle the article. */
    FAIL_422,
    /** 200 with an empty object: entity-service without the mentions and annotation the contract promises. */
    NO_MENTIONS
  }

  public enum Service { ENTITY, TIMELINE }

  /** One request the stub received, and how it was answered. */
  public record Call(Service service, String method, UUID articleId, String requestId, JsonNode body,
      Behaviour answeredAs) {}

  public static final Duration SLOW_ANSWER = Duration.ofMillis(3000);

  private static final String ENTITY_PREFIX = "/entity-service";
  private static final String TIMELINE_PREFIX = "/timeline-service";
  private static final Pattern ENTITY_ANALYSIS = Pattern.compile("/internal/v1/articles/([0-9a-f-]{36})/analysis");
  private static final Pattern ARTICLE = Pattern.compile("/internal/v1/articles/([0-9a-f-]{36})");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Map<Service, Behaviour> BEHAVIOUR = new ConcurrentHashMap<>(Map.of(
      Service.ENTITY, Behaviour.NORMAL, Service.TIMELINE, Behaviour.NORMAL));
  private static final List<Call> CALLS = new CopyOnWriteArrayList<>();

  private StubServer server;

  @Override
  public Map<String, String> start() {
    server = StubServer.start("downstream-stub", Map.of(
        ENTITY_PREFIX + "/", exchange -> handle(Service.ENTITY, exchange),
        TIMELINE_PREFIX + "/", exchange -> handle(Service.TIMELINE, exchange)));
    String base = server.baseUrl();
    return Map.of(
        "quarkus.rest-client.entity-service.url", base + ENTITY_PREFIX,
        "quarkus.rest-client.timeline-service.url", base + TIMELINE_PREFIX);
  }

  @Override
  public void stop() {
    if (server != null) {
      server.close();
    }
  }

  /** Switches both services. */
  public static void behave(Behaviour next) {
    BEHAVIOUR.put(Service.ENTITY, next);
    BEHAVIOUR.put(Service.TIMELINE, next);
  }

  public static void behave(Service service, Behaviour next) {
    BEHAVIOUR.put(service, next);
  }

  /** Every call the stub received for an article, in order. */
  public static List<Call> calls(UUID articleId) {
    return CALLS.stream().filter(c -> articleId.equals(c.articleId())).toList();
  }

  public static List<Call> calls(UUID articleId, Service service, String method) {
    return calls(articleId).stream().filter(c -> c.service() == service && c.method().equals(method)).toList();
  }

  /** The mentions entity-service answers for an article: 1 to 4 of them, depending on its id. */
  public static ArrayNode mentionsFor(UUID articleId) {
    ArrayNode mentions = JSON.createArrayNode();
    int count = 1 + Math.floorMod(articleId.hashCode(), 4);
    for (int i = 0; i < count; i++) {
      ObjectNode mention = mentions.addObject();
      mention.put("start", i * 10);
      mention.put("end", i * 10 + 7);
      mention.put("text", "Harbour");
      mention.put("entityId", new UUID(articleId.getMostSignificantBits(), i).toString());
      mention.put("entityName", "Harbour Authority " + i);
      mention.put("entityType", "ORGANIZATION");
      mention.putNull("entityKind");
      mention.putArray("within");
    }
    return mentions;
  }

  /** The annotation entity-service answers for an article; ingest-service passes it on unread. */
  public static ObjectNode annotationFor(UUID articleId) {
    return JSON.createObjectNode().put("format", "corenlp-protobuf+gzip").put("version", 1)
        .put("data", java.util.Base64.getEncoder().encodeToString(articleId.toString().getBytes()));
  }

  /** The number of events timeline-service answers for an article: 2 to 4, depending on its id. */
  public static int eventsFor(UUID articleId) {
    return 2 + Math.floorMod(articleId.hashCode() / 4, 3);
  }

  private static void handle(Service service, HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath()
          .substring(service == Service.ENTITY ? ENTITY_PREFIX.length() : TIMELINE_PREFIX.length());
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      Matcher route = (service == Service.ENTITY && method.equals("PUT") ? ENTITY_ANALYSIS : ARTICLE).matcher(path);
      if (!route.matches() || !(method.equals("PUT") || method.equals("DELETE"))) {
        answer(exchange, 404, problem(404, "No such route in the stub: " + method + " " + path));
        return;
      }
      UUID articleId = UUID.fromString(route.group(1));
      Behaviour now = BEHAVIOUR.get(service);
      CALLS.add(new Call(service, method, articleId, exchange.getRequestHeaders().getFirst("X-Request-Id"),
          body.length == 0 ? null : JSON.readTree(body), now));
      switch (now) {
        case DOWN -> answer(exchange, 503, problem(503, "The service is restarting."));
        case FAIL_422 -> answer(exchange, 422, problem(422, "The text has no sentences the stub can analyse."));
        case NO_MENTIONS -> {
          if (method.equals("PUT") && service == Service.ENTITY) {
            answer(exchange, 200, JSON.createObjectNode());
          } else {
            answerNormally(service, method, articleId, exchange);
          }
        }
        case SLOW -> {
          sleep(SLOW_ANSWER);
          answerNormally(service, method, articleId, exchange);
        }
        case NORMAL -> answerNormally(service, method, articleId, exchange);
      }
    }
  }

  private static void answerNormally(Service service, String method, UUID articleId, HttpExchange exchange)
      throws IOException {
    if (method.equals("DELETE")) {
      exchange.sendResponseHeaders(204, -1);
    } else if (service == Service.ENTITY) {
      ObjectNode analysis = JSON.createObjectNode();
      analysis.set("mentions", mentionsFor(articleId));
      analysis.set("annotation", annotationFor(articleId));
      answer(exchange, 200, analysis);
    } else {
      answer(exchange, 200, JSON.createObjectNode().put("events", eventsFor(articleId)).put("timexes", 1));
    }
  }

  private static ObjectNode problem(int status, String detail) {
    return JSON.createObjectNode().put("type", "urn:annals:problem:stub").put("title", "Stub answer")
        .put("status", status).put("detail", detail);
  }

  private static void answer(HttpExchange exchange, int status, JsonNode json) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(json);
    exchange.getResponseHeaders().set("Content-Type",
        status >= 400 ? "application/problem+json" : "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
