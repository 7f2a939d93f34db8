package org.annals.common.http;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The address allowance of {@code annals.http.address-limit}, unless the application produces its own. */
@ApplicationScoped
public class ConfiguredAddressAllowance {

  // Singleton: a record cannot stand behind a client proxy.
  @Produces
  @DefaultBean
  @Singleton
  AddressAllowance allowance(HttpEdgeConfig config) {
    HttpEdgeConfig.AddressLimit limit = config.addressLimit();
    return new AddressAllowance(limit.enabled(), limit.requests(), limit.per(), limit.failedAuthentications(),
        limit.failedAuthenticationsPer());
  }
}
