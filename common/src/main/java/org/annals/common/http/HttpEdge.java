package org.annals.common.http;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.annals.common.problem.RoutingProblems;

/**
 * The first handler of every request: arranges the security headers of whatever answer it will get,
 * and refuses a request target or headers over the limits with problem details. The HTTP decoder's own
 * limits are set far higher (META-INF/microprofile-config.properties), because it answers with an empty
 * body and no way to change it.
 */
@ApplicationScoped
public class HttpEdge {

  /** Before CORS (-300) and authentication (-200), after Quarkus's own first handlers. */
  static final int ORDER = -1000;

  private final int maxUriLength;
  private final long maxHeaderSize;

  public HttpEdge(HttpEdgeConfig config) {
    this.maxUriLength = config.maxUriLength();
    this.maxHeaderSize = config.maxHeaderSize().asLongValue();
  }

  void install(@Observes Router router) {
    router.route().order(ORDER).handler(this::handle);
  }

  private void handle(RoutingContext context) {
    HttpServerResponse response = context.response();
    context.addHeadersEndHandler(ignored -> SecurityHeaders.apply(response));
    HttpServerRequest request = context.request();
    if (request.uri().length() > maxUriLength) {
      RoutingProblems.send(context, 414, "uri-too-long", "URI Too Long", "The request's path and query are "
          + request.uri().length() + " characters long; at most " + maxUriLength + " are accepted.");
      return;
    }
    long headerSize = headerSize(request.headers());
    if (headerSize > maxHeaderSize) {
      RoutingProblems.send(context, 431, "headers-too-large", "Request Header Fields Too Large",
          "The request's headers take " + headerSize + " bytes; at most " + maxHeaderSize + " are accepted.");
      return;
    }
    context.next();
  }

  /** Names and values, with the ": " and line end of each, as they came on the wire. */
  private static long headerSize(MultiMap headers) {
    long size = 0;
    for (Map.Entry<String, String> header : headers) {
      size += header.getKey().length() + header.getValue().length() + 4;
    }
    return size;
  }
}
