package org.annals.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Settings of the gateway, under {@code annals.gateway}. */
@ConfigMapping(prefix = "annals.gateway")
public interface GatewayConfig {

  /** Where each service answers. */
  Downstreams downstreams();

  /** Longest wait for a connection to a service. */
  @WithDefault("2s")
  Duration connectTimeout();

  /** Longest a service may stay silent (before its answer starts, or within it) before the caller gets 504. */
  @WithDefault("30s")
  Duration responseTimeout();

  CircuitBreaker circuitBreaker();

  RateLimit rateLimit();

  /** Largest request body the gateway passes on; each operation may allow less (see its service). */
  @WithDefault("11M")
  MemorySize maxBodySize();

  Keycloak keycloak();

  /**
   * The gateway's URL as clients reach it, for the OpenAPI document ("/", where it is served, when not
   * set) and for the Location of what a service created (a path only when not set): never the Host a
   * caller sent.
   */
  Optional<URI> publicUrl();

  /** How long a service's OpenAPI document is reused before it is asked again. */
  @WithDefault("1m")
  Duration openapiRefresh();

  interface Downstreams {
    URI ingest();

    URI entity();

    URI timeline();
  }

  interface CircuitBreaker {
    /** Failures (no connection, timeout, 502/503/504) within ten seconds that open a service's circuit. */
    @WithDefault("5")
    int failures();

    /** How long an open circuit answers 503 at once before one call is let through again. */
    @WithDefault("10s")
    Duration openFor();
  }

  interface RateLimit {
    /** Requests one user (or, without a token, one address) may make per {@link #per()}. */
    @WithDefault("600")
    long requests();

    @WithDefault("1m")
    Duration per();

    /**
     * Requests one client address may make per {@link #per()}, counted before its token is checked: this
     * many times {@link #requests()}, for the users behind one address (an office, a NAT).
     */
    @WithDefault("10")
    int addressMultiple();

    /**
     * Answers 401 one address may get per {@link #failedAuthenticationsPer()}; beyond them its requests
     * are answered 429 before their token is checked, until the allowance refills.
     */
    @WithDefault("30")
    long failedAuthentications();

    @WithDefault("1m")
    Duration failedAuthenticationsPer();
  }

  interface Keycloak {
    /** The realm as the gateway reaches it: issuer of the tokens, and checked for readiness. */
    URI realmUrl();

    /** The realm as browsers reach it, for the OpenAPI login; the realm URL when not set. */
    Optional<URI> publicRealmUrl();

    /** The public client Swagger UI and dashboards log in with (authorization code with PKCE). */
    @WithDefault("annals-dashboard")
    String dashboardClientId();
  }
}
