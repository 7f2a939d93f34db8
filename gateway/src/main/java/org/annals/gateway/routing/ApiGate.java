package org.annals.gateway.routing;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.annals.common.http.Allowances;
import org.annals.common.problem.RoutingProblems;
import org.annals.common.requestid.RequestIds;
import org.annals.common.security.AccessRules;
import org.annals.common.security.SecurityProblems;
import org.annals.gateway.config.GatewayConfig;

/**
 * The public entry: every request under {@code /api} is given a request id, counted against its
 * user's rate limit (its address's was counted before authentication, by
 * {@link org.annals.common.http.AddressLimiter}), matched to the service that owns its path, checked
 * against the access rules and the body limit, and only then passed on. {@code /internal/**} is never
 * routed.
 */
@ApplicationScoped
public class ApiGate {

  private static final int POOL_SIZE_PER_SERVICE = 64;

  private final GatewayConfig config;
  private final Allowances callers;
  private final Vertx vertx;
  private final Map<Downstream, DownstreamProxy> proxies = new EnumMap<>(Downstream.class);

  public ApiGate(GatewayConfig config, Vertx vertx) {
    this.config = config;
    this.callers = new Allowances(config.rateLimit().requests(), config.rateLimit().per());
    this.vertx = vertx;
  }

  void install(@Observes Router router) {
    HttpClient client = vertx.createHttpClient(new HttpClientOptions()
        .setMaxPoolSize(POOL_SIZE_PER_SERVICE)
        .setKeepAlive(true));
    for (Downstream downstream : Downstream.values()) {
      proxies.put(downstream, new DownstreamProxy(vertx, client, downstream, config));
    }
    router.route().order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT - 1).handler(ApiGate::requestId);
    router.route("/api/*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::gate);
    router.route("/internal/*").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(context ->
        RoutingProblems.send(context, 404, "not-found", "Not Found",
            "Internal endpoints are for the services only and are not reachable through the gateway."));
  }

  /** The caller's request id when it is sane, a new one otherwise: passed on, logged, and answered. */
  private static void requestId(RoutingContext context) {
    String id = RequestIds.acceptOrCreate(context.request().getHeader(RequestIds.HEADER));
    context.request().headers().set(RequestIds.HEADER, id);
    RequestIds.bind(id);
    context.addHeadersEndHandler(ignored -> context.response().headers().set(RequestIds.HEADER, id));
    context.next();
  }

  private void gate(RoutingContext context) {
    HttpServerRequest request = context.request();
    String path = request.path();
    if (!path.equals(context.normalizedPath())) {
      // The services would resolve "..", "%2e" and the like themselves, to a path not checked here.
      RoutingProblems.send(context, 400, "invalid-path", "Invalid path",
          "The path must not contain '.' or '..' segments or needlessly percent-encoded characters.");
      return;
    }
    PathTemplates.record(path);
    SecurityIdentity identity = identity(context);
    Allowances.Decision rate = callers.take(caller(identity, request));
    context.response().putHeader("X-RateLimit-Remaining", Long.toString(rate.remaining()));
    if (!rate.allowed()) {
      context.response().putHeader("Retry-After", Long.toString(rate.retryAfterSeconds()));
      RoutingProblems.send(context, 429, "too-many-requests", "Too Many Requests",
          "You have made more than " + config.rateLimit().requests() + " requests in " + config.rateLimit().per()
              .toSeconds() + " s. Wait " + rate.retryAfterSeconds() + " s (see Retry-After) and slow down.");
      return;
    }
    Optional<Downstream> target = Downstream.owning(path);
    if (target.isEmpty()) {
      RoutingProblems.send(context, 404, "not-found", "Not Found",
          "There is nothing at this path. The operations are listed at /q/openapi.");
      return;
    }
    String role = AccessRules.requiredRole(request.method().name(), path).orElseThrow();
    if (identity.isAnonymous()) {
      context.response().putHeader("WWW-Authenticate", "Bearer");
      RoutingProblems.send(context, 401, "unauthorized", "Unauthorized", SecurityProblems.UNAUTHORIZED_DETAIL);
      return;
    }
    if (!identity.hasRole(role)) {
      RoutingProblems.send(context, 403, "forbidden", "Forbidden", SecurityProblems.forbiddenDetail());
      return;
    }
    if (declaredLength(request) > config.maxBodySize().asLongValue()) {
      context.response().putHeader("Connection", "close");
      RoutingProblems.send(context, 413, "too-large", "Content Too Large", "The request body is larger than the"
          + " gateway accepts (" + config.maxBodySize().asLongValue() + " bytes).");
      return;
    }
    proxies.get(target.get()).handle(request);
  }

  /** Authentication has run before any route (proactive): a caller without a valid token is anonymous. */
  private static SecurityIdentity identity(RoutingContext context) {
    if (context.user() instanceof QuarkusHttpUser user) {
      return user.getSecurityIdentity();
    }
    return QuarkusSecurityIdentity.builder().setAnonymous(true).build();
  }

  /** Whose allowance a request counts against: the user, or the address of a caller without a token. */
  private static String caller(SecurityIdentity identity, HttpServerRequest request) {
    if (!identity.isAnonymous()) {
      return "user:" + identity.getPrincipal().getName();
    }
    return "address:" + (request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress());
  }

  private static long declaredLength(HttpServerRequest request) {
    String length = request.getHeader("Content-Length");
    if (length == null) {
      return -1;
    }
    try {
      return Long.parseLong(length.strip());
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }
}
