package org.annals.gateway.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.annals.common.testing.StubServer;
import org.annals.common.testing.TestTokens;

/**
 * What stands behind the gateway in its tests: ingest- and entity-service as one stub HTTP server
 * (each under its own base path) that echoes what reached it, timeline-service down (a port nobody
 * listens on), and Keycloak's discovery document. A request header {@code X-Stub} makes a stub slow
 * or failing for that request.
 */
public class StubServices implements QuarkusTestResourceLifecycleManager {

  public static final String BEHAVIOUR = "X-Stub";
  public static final long SLOW_MS = 3000;
  private static final String REALM_PATH = "/keycloak/realms/annals";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();
  private static volatile boolean keycloakUp = true;

  private StubServer server;

  @Override
  public Map<String, String> start() {
    // The handlers need the server's address, known once it listens.
    String[] base = new String[1];
    server = StubServer.start("stub-services", Map.of(
        "/ingest/", exchange -> serve("ingest", exchange, base[0]),
        "/entity/", exchange -> serve("entity", exchange, base[0]),
        "/keycloak/", exchange -> discovery(exchange, base[0] + REALM_PATH)));
    base[0] = server.baseUrl();
    String realm = base[0] + REALM_PATH;
    Map<String, String> config = new LinkedHashMap<>(TestTokens.realmConfig(realm));
    config.put("annals.gateway.downstreams.ingest", base[0] + "/ingest");
    config.put("annals.gateway.downstreams.entity", base[0] + "/entity");
    config.put("annals.gateway.downstreams.timeline", "http://127.0.0.1:" + unusedPort());
    config.put("annals.gateway.keycloak.realm-url", realm);
    return config;
  }

  @Override
  public void stop() {
    if (server != null) {
      server.close();
    }
  }

  /** How many requests a stub ("ingest", "entity") has received so far. */
  public static int calls(String service) {
    return CALLS.computeIfAbsent(service, s -> new AtomicInteger()).get();
  }

  public static void keycloakUp(boolean up) {
    keycloakUp = up;
  }

  private static void discovery(HttpExchange exchange, String realm) throws IOException {
    try (exchange) {
      exchange.getRequestBody().readAllBytes();
      byte[] body = JSON.writeValueAsBytes(Map.of("issuer", realm));
      exchange.sendResponseHeaders(keycloakUp ? 200 : 503, body.length);
      exchange.getResponseBody().write(body);
    }
  }

  private static void serve(String service, HttpExchange exchange, String base) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getRawPath().substring(service.length() + 1);
      byte[] request;
      try (InputStream in = exchange.getRequestBody()) {
        request = in.readAllBytes();
      }
      if (path.equals("/q/health/ready")) {
        respond(exchange, 200, "application/json", "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (path.equals("/q/openapi")) {
        respond(exchange, 200, "application/json", StubDocuments.of(service));
        return;
      }
      CALLS.computeIfAbsent(service, s -> new AtomicInteger()).incrementAndGet();
      String behaviour = String.valueOf(exchange.getRequestHeaders().getFirst(BEHAVIOUR));
      switch (behaviour) {
        case "slow" -> sleep(SLOW_MS);
        case "500" -> {
          respond(exchange, 500, "application/problem+json",
              "{\"type\":\"urn:annals:problem:internal\",\"status\":500,\"title\":\"Internal error\"}"
                  .getBytes(StandardCharsets.UTF_8));
          return;
        }
        case "503" -> {
          respond(exchange, 503, "application/problem+json",
              "{\"type\":\"urn:annals:problem:not-ready\",\"status\":503}".getBytes(StandardCharsets.UTF_8));
          return;
        }
        default -> { }
      }
      Map<String, Object> echo = new LinkedHashMap<>();
      echo.put("service", service);
      echo.put("method", exchange.getRequestMethod());
      echo.put("path", path);
      echo.put("query", exchange.getRequestURI().getRawQuery());
      Map<String, String> headers = new LinkedHashMap<>();
      exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
      echo.put("headers", headers);
      echo.put("bodyBytes", request.length);
      echo.put("bodySha256", sha256(request));
      exchange.getResponseHeaders().add("Keep-Alive", "timeout=5");
      exchange.getResponseHeaders().add("X-Stub-Served", service);
      if ("POST".equals(exchange.getRequestMethod())) {
        exchange.getResponseHeaders().add("Location", base + "/" + service + path + "/created-id");
      }
      respond(exchange, "POST".equals(exchange.getRequestMethod()) ? 201 : 200, "application/json",
          JSON.writeValueAsBytes(echo));
    }
  }

  private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int unusedPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
