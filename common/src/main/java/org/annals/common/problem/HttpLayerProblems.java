package org.annals.common.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.VertxException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Problem details for the answers the HTTP layer gives before or around any resource: a body over
 * {@code quarkus.http.limits.max-body-size}, a path or method no route has, a request Vert.x cannot
 * read (an invalid Host), a failure in a router handler. Vert.x and Quarkus answer these with an empty
 * body or an HTML page by default.
 */
@ApplicationScoped
public class HttpLayerProblems {

  private static final Logger LOG = Logger.getLogger(HttpLayerProblems.class);

  private static final StatusProblems.Answer INVALID_HOST = new StatusProblems.Answer("bad-request", "Bad Request",
      "The Host header is missing or is not a host name with an optional port.");

  void install(@Observes Router router) {
    StatusProblems.known().forEach(status -> router.errorHandler(status, context -> send(context, status)));
    router.route().failureHandler(this::onFailure);
  }

  private void onFailure(RoutingContext context) {
    if (context.response().ended()) {
      return;
    }
    Throwable failure = context.failure();
    if (failure instanceof AuthenticationFailedException) {
      // SecurityProblems answers a refused token.
      context.next();
      return;
    }
    if (failure instanceof UnauthorizedException) {
      context.response().putHeader("WWW-Authenticate", "Bearer");
      send(context, 401);
    } else if (failure instanceof ForbiddenException) {
      send(context, 403);
    } else if (failure instanceof HttpException http && http.getStatusCode() < 500) {
      send(context, http.getStatusCode());
    } else if (failure == null && context.statusCode() >= 400) {
      send(context, context.statusCode());
    } else if (failure instanceof VertxException && context.request().authority() == null) {
      // Vert.x cannot make the request's URI without a valid Host: the client's mistake, not ours.
      LOG.debugf("Refused a request with an invalid Host header on %s", context.request().path());
      send(context, 400, INVALID_HOST);
    } else {
      LOG.errorf(failure, "Unexpected failure on %s", context.request().path());
      send(context, 500);
    }
  }

  private static void send(RoutingContext context, int status) {
    send(context, status, StatusProblems.of(status));
  }

  private static void send(RoutingContext context, int status, StatusProblems.Answer answer) {
    if (!context.response().ended()) {
      RoutingProblems.send(context, status, answer.slug(), answer.title(), answer.detail());
    }
  }
}
