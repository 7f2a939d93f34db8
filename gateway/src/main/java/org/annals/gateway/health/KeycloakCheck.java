package org.annals.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import org.annals.gateway.config.GatewayConfig;
import org.annals.gateway.outbound.Fetcher;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while Keycloak answers: without it no token can be checked, and every call would fail.
 * Says whether, never where: health answers are public.
 */
@Readiness
@ApplicationScoped
public class KeycloakCheck implements AsyncHealthCheck {

  private final Fetcher probe;
  private final URI discovery;

  public KeycloakCheck(Fetcher probe, GatewayConfig config) {
    this.probe = probe;
    this.discovery = URI.create(config.keycloak().realmUrl().toString().replaceAll("/+$", "")
        + "/.well-known/openid-configuration");
  }

  @Override
  public Uni<HealthCheckResponse> call() {
    return probe.check(discovery).map(state -> HealthCheckResponse.named("keycloak")
        .status("UP".equals(state))
        .withData("state", state)
        .build());
  }
}
