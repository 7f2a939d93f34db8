package org.annals.common.http;

import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Every process serves two HTTP servers (the API and the management interface for metrics). Quarkus
 * tags a server's meters with {@code server.port} only when the port is set rather than chosen (0):
 * with one of each, the same meter name gets two tag sets, Prometheus refuses the second, and that
 * server never starts listening. A process's port says nothing its scrape target does not, so the tag
 * is dropped everywhere.
 */
public class ServerMetricTags {

  @Produces
  @Singleton
  MeterFilter withoutServerPort() {
    return MeterFilter.ignoreTags("server.port");
  }
}
