package org.annals.common.problem;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.VertxException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.Map;
import org.annals.common.security.SecurityProblems;
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

  private record Answer(String slug, String title, String detail) {}

  private static final Map<Integer, Answer> ANSWERS = Map.ofEntries(
      Map.entry(400, new Answer("bad-request", "Bad Request",
          "The request could not be read: check its request line and headers (Host, Content-Length).")),
      Map.entry(401, new Answer("unauthorized", "Unauthorized", SecurityProblems.UNAUTHORIZED_DETAIL)),
      Map.entry(403, new Answer("forbidden", "Forbidden", SecurityProblems.forbiddenDetail())),
      Map.entry(404, new Answer("not-found", "Not Found",
          "There is nothing at this path. See /q/openapi for the operations of this service.")),
      Map.entry(405, new Answer("method-not-allowed", "Method Not Allowed",
          "This method is not allowed on this path. See /q/openapi for the allowed methods.")),
      Map.entry(406, new Answer("not-acceptable", "Not Acceptable",
          "This resource cannot answer in the media type asked for in Accept; ask for application/json.")),
      Map.entry(413, new Answer("too-large", "Content Too Large",
          "The request body is larger than this service accepts. See the operation's documented limit.")),
      Map.entry(414, new Answer("uri-too-long", "URI Too Long", "The request's path and query are too long.")),
      Map.entry(415, new Answer("unsupported-media-type", "Unsupported Media Type",
          "This content type is not accepted here. See /q/openapi for the accepted media types.")),
      Map.entry(431, new Answer("headers-too-large", "Request Header Fields Too Large",
          "The request's headers are too large.")),
      Map.entry(500, new Answer("internal", "Internal error",
          "The server failed to handle this request. Nothing was changed by it unless its answer said so;"
              + " report the requestId if it happens again.")));

  private static final Answer INVALID_HOST = new Answer("bad-request", "Bad Request",
      "The Host header is missing or is not a host name with an optional port.");

  void install(@Observes Router router) {
    ANSWERS.keySet().forEach(status -> router.errorHandler(status, context -> send(context, status)));
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
    Answer answer = ANSWERS.get(status);
    if (answer == null) {
      String reason = HttpResponseStatus.valueOf(status).reasonPhrase();
      answer = new Answer(reason.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"), reason, reason + ".");
    }
    send(context, status, answer);
  }

  private static void send(RoutingContext context, int status, Answer answer) {
    if (!context.response().ended()) {
      RoutingProblems.send(context, status, answer.slug(), answer.title(), answer.detail());
    }
  }
}
