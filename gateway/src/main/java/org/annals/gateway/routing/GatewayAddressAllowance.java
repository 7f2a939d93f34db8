package org.annals.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.annals.common.http.AddressAllowance;
import org.annals.gateway.config.GatewayConfig;

/**
 * The gateway's allowance per client address, from its rate limit settings: raising the per-user limit
 * (for a benchmark, say) raises it too.
 */
@ApplicationScoped
public class GatewayAddressAllowance {

  // Singleton: a record cannot stand behind a client proxy.
  @Produces
  @Singleton
  AddressAllowance allowance(GatewayConfig config) {
    GatewayConfig.RateLimit limit = config.rateLimit();
    return new AddressAllowance(true, limit.requests() * limit.addressMultiple(), limit.per(),
        limit.failedAuthentications(), limit.failedAuthenticationsPer());
  }
}
