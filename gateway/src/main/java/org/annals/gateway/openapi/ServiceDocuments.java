package org.annals.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.gateway.config.GatewayConfig;
import org.annals.gateway.outbound.Fetcher;
import org.annals.gateway.routing.Downstream;
import org.jboss.logging.Logger;

/**
 * The services' own OpenAPI documents, fetched from each one and kept for a while. A service that
 * cannot be asked keeps its last document, so a restart does not take its operations off the API.
 */
@ApplicationScoped
public class ServiceDocuments {

  private static final Logger LOG = Logger.getLogger(ServiceDocuments.class);
  private record Fetched(JsonNode document, Instant at) {}

  private final GatewayConfig config;
  private final ObjectMapper json;
  private final Fetcher fetcher;
  private final Map<Downstream, Fetched> cache = new EnumMap<>(Downstream.class);

  public ServiceDocuments(GatewayConfig config, ObjectMapper json, Fetcher fetcher) {
    this.config = config;
    this.json = json;
    this.fetcher = fetcher;
  }

  /** Every service's document that is known, in routing order; a service never reached is missing. */
  public Uni<Map<Downstream, JsonNode>> all() {
    List<Uni<JsonNode>> documents = Arrays.stream(Downstream.values()).map(this::document).toList();
    return Uni.join().all(documents).andFailFast().map(found -> {
      Map<Downstream, JsonNode> known = new LinkedHashMap<>();
      for (int i = 0; i < found.size(); i++) {
        if (found.get(i) != null) {
          known.put(Downstream.values()[i], found.get(i));
        }
      }
      return known;
    });
  }

  private Uni<JsonNode> document(Downstream downstream) {
    Fetched cached;
    synchronized (cache) {
      cached = cache.get(downstream);
    }
    if (cached != null && cached.at().plus(config.openapiRefresh()).isAfter(Instant.now())) {
      return Uni.createFrom().item(cached.document());
    }
    return fetcher.get(downstream.at(config, "/q/openapi?format=json"))
        .map(body -> {
          JsonNode document = parse(body.getBytes());
          synchronized (cache) {
            cache.put(downstream, new Fetched(document, Instant.now()));
          }
          return document;
        })
        .onFailure().recoverWithItem(failure -> {
          LOG.warnf("The OpenAPI document of %s could not be fetched (%s); %s", downstream.serviceName(),
              failure.getMessage(), cached == null ? "its operations are missing" : "the last one is used");
          return cached == null ? null : cached.document();
        });
  }

  private JsonNode parse(byte[] body) {
    try {
      return json.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException("not JSON: " + e.getMessage(), e);
    }
  }
}
