package org.annals.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.annals.gateway.config.GatewayConfig;

/** The services behind the gateway and the public paths each one owns. */
public enum Downstream {
  INGEST("ingest-service", List.of("/api/v1/articles")),
  ENTITY("entity-service", List.of("/api/v1/entities")),
  TIMELINE("timeline-service",
      List.of("/api/v1/events", "/api/v1/stories", "/api/v1/timelines", "/api/v1/timexes"));

  private final String serviceName;
  private final List<String> prefixes;

  Downstream(String serviceName, List<String> prefixes) {
    this.serviceName = serviceName;
    this.prefixes = prefixes;
  }

  public String serviceName() {
    return serviceName;
  }

  /** The service that owns a public path; none for anything else, {@code /internal/**} included. */
  public static Optional<Downstream> owning(String path) {
    for (Downstream downstream : values()) {
      if (downstream.owns(path)) {
        return Optional.of(downstream);
      }
    }
    return Optional.empty();
  }

  public boolean owns(String path) {
    return prefixOf(path).isPresent();
  }

  /** The public path of this service that a path lies under, e.g. {@code /api/v1/articles}. */
  public Optional<String> prefixOf(String path) {
    return prefixes.stream().filter(prefix -> path.equals(prefix) || path.startsWith(prefix + "/")).findFirst();
  }

  /** A path of the service, e.g. {@code /q/health/ready}, under its configured URL. */
  public URI at(GatewayConfig config, String path) {
    return URI.create(url(config).toString().replaceAll("/+$", "") + path);
  }

  public URI url(GatewayConfig config) {
    return switch (this) {
      case INGEST -> config.downstreams().ingest();
      case ENTITY -> config.downstreams().entity();
      case TIMELINE -> config.downstreams().timeline();
    };
  }
}
