package org.annals.gateway.routing;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.annals.common.problem.RoutingProblems;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a cross-origin request with problem details just before Quarkus's CORS handler (order -300)
 * would refuse it with an empty 403: one from an origin not in {@code quarkus.http.cors.origins}, or
 * with a method not in {@code quarkus.http.cors.methods}. The same rules: each origin exactly, a
 * {@code /regex/} entry, {@code *}, or the gateway's own origin.
 */
@ApplicationScoped
public class CorsRefusals {

  private static final int ORDER = -301;

  private final List<String> origins;
  private final List<Pattern> originPatterns;
  private final List<String> methods;

  public CorsRefusals(@ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> origins,
      @ConfigProperty(name = "quarkus.http.cors.methods") Optional<List<String>> methods) {
    this.origins = origins.orElse(List.of());
    this.originPatterns = this.origins.stream().filter(o -> o.length() > 2 && o.startsWith("/") && o.endsWith("/"))
        .map(o -> Pattern.compile(o.substring(1, o.length() - 1))).toList();
    this.methods = methods.orElse(List.of()).stream().map(m -> m.strip().toUpperCase(Locale.ROOT)).toList();
  }

  void install(@Observes Router router) {
    router.route().order(ORDER).handler(this::check);
  }

  private void check(RoutingContext context) {
    HttpServerRequest request = context.request();
    String origin = request.getHeader("Origin");
    if (origin == null) {
      context.next();
    } else if (!originAllowed(origin, request)) {
      RoutingProblems.send(context, 403, "origin-not-allowed", "Forbidden", "Browsers may call this API only"
          + " from the origins the gateway is configured with (quarkus.http.cors.origins); this request's origin"
          + " is not one of them.");
    } else if (!preflight(request) && !methodAllowed(request.method().name())) {
      RoutingProblems.send(context, 403, "method-not-allowed-cross-origin", "Forbidden", "Browsers may call this"
          + " API cross-origin only with the methods " + String.join(", ", methods) + ".");
    } else {
      context.next();
    }
  }

  private boolean originAllowed(String origin, HttpServerRequest request) {
    return origins.contains("*") || origins.contains(origin)
        || originPatterns.stream().anyMatch(pattern -> pattern.matcher(origin).matches())
        || request.authority() != null && origin.equalsIgnoreCase(request.scheme() + "://" + request.authority());
  }

  private boolean methodAllowed(String method) {
    return methods.isEmpty() || methods.contains("*") || methods.contains(method);
  }

  private static boolean preflight(HttpServerRequest request) {
    return "OPTIONS".equals(request.method().name()) && request.getHeader("Access-Control-Request-Method") != null;
  }
}
