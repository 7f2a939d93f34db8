package org.annals.common.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * What every process refuses before authentication, under {@code annals.http}. The gateway takes its
 * address allowance from its own settings instead (annals.gateway.rate-limit, docs/gateway.md).
 */
@ConfigMapping(prefix = "annals.http")
public interface HttpEdgeConfig {

  /** Longest request target (path and query) answered; a longer one gets 414. */
  @WithDefault("4096")
  int maxUriLength();

  /** Largest sum of the request's header names and values; more gets 431. */
  @WithDefault("20K")
  MemorySize maxHeaderSize();

  AddressLimit addressLimit();

  interface AddressLimit {
    /** Off only where something in front counts per address already. */
    @WithDefault("true")
    boolean enabled();

    /**
     * Requests one address may make per {@link #per()}, whatever they carry. A service is called by the
     * gateway, from one address for every user: generous by default.
     */
    @WithDefault("100000")
    long requests();

    @WithDefault("1m")
    Duration per();

    /** Answers 401 one address may get per {@link #failedAuthenticationsPer()} before it is refused at once. */
    @WithDefault("30")
    long failedAuthentications();

    @WithDefault("1m")
    Duration failedAuthenticationsPer();
  }
}
