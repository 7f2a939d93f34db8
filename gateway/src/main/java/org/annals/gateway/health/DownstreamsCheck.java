package org.annals.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.annals.gateway.config.GatewayConfig;
import org.annals.gateway.outbound.Fetcher;
import org.annals.gateway.routing.Downstream;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports which services behind the gateway are ready. Always up itself: the gateway still serves the
 * others, and answers 503 for a service that is down.
 */
@Readiness
@ApplicationScoped
public class DownstreamsCheck implements AsyncHealthCheck {

  private final Fetcher probe;
  private final GatewayConfig config;

  public DownstreamsCheck(Fetcher probe, GatewayConfig config) {
    this.probe = probe;
    this.config = config;
  }

  @Override
  public Uni<HealthCheckResponse> call() {
    List<Downstream> downstreams = List.of(Downstream.values());
    List<Uni<String>> states = downstreams.stream()
        .map(d -> probe.check(d.at(config, "/q/health/ready")))
        .toList();
    return Uni.join().all(states).andFailFast().map(results -> {
      HealthCheckResponseBuilder builder = HealthCheckResponse.named("downstreams").up();
      for (int i = 0; i < downstreams.size(); i++) {
        builder.withData(downstreams.get(i).serviceName(), results.get(i));
      }
      return builder.build();
    });
  }
}
