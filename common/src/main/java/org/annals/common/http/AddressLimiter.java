package org.annals.common.http;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.annals.common.problem.RoutingProblems;

/**
 * Counts every request per client address before anything else looks at it, authentication included:
 * a token is checked only after its sender has been counted. An address that has had too many 401
 * answers lately is refused with 429 at once, without checking its token again: forged tokens cost a
 * signature check each, and junk in {@code Authorization} must not buy a way around the limits.
 */
@ApplicationScoped
public class AddressLimiter {

  /** Right after {@link HttpEdge}, before CORS (-300) and authentication (-200). */
  static final int ORDER = HttpEdge.ORDER + 1;

  private final AddressAllowance allowance;
  private final Allowances requests;
  private final Allowances failures;

  public AddressLimiter(AddressAllowance allowance) {
    this.allowance = allowance;
    this.requests = new Allowances(allowance.requests(), allowance.per());
    this.failures = new Allowances(allowance.failedAuthentications(), allowance.failedAuthenticationsPer());
  }

  void install(@Observes Router router) {
    if (allowance.enabled()) {
      router.route().order(ORDER).handler(this::count);
    }
  }

  private void count(RoutingContext context) {
    String address = address(context.request());
    Allowances.Decision request = requests.take(address);
    if (!request.allowed()) {
      refuse(context, request, "You have made more than " + allowance.requests() + " requests in "
          + allowance.per().toSeconds() + " s from your address.");
      return;
    }
    // Health needs no token: a probe must not fail for the failed tokens of others at its address.
    String path = context.request().path();
    if (path == null || !path.startsWith("/q/health")) {
      Allowances.Decision failed = failures.peek(address);
      if (!failed.allowed()) {
        refuse(context, failed, "Your address has sent more than " + allowance.failedAuthentications()
            + " requests without a valid access token in " + allowance.failedAuthenticationsPer().toSeconds()
            + " s; its requests are refused, whatever token they carry, until that allowance refills.");
        return;
      }
    }
    context.addHeadersEndHandler(ignored -> {
      if (context.response().getStatusCode() == 401) {
        failures.charge(address);
      }
    });
    context.next();
  }

  private static void refuse(RoutingContext context, Allowances.Decision decision, String why) {
    context.response().putHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
    RoutingProblems.send(context, 429, "too-many-requests", "Too Many Requests",
        why + " Wait " + decision.retryAfterSeconds() + " s (see Retry-After) and slow down.");
  }

  private static String address(HttpServerRequest request) {
    return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
  }
}
