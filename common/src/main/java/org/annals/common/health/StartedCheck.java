package org.annals.common.health;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/**
 * Startup probe: up once the application, its migrations included, has finished starting, so that
 * Kubernetes does not run liveness checks against a service still loading.
 */
@Startup
@ApplicationScoped
public class StartedCheck implements HealthCheck {

  private volatile boolean started;

  void onStart(@Observes StartupEvent event) {
    started = true;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("started").status(started).build();
  }
}
