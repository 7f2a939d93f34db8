package org.annals.gateway.routing;

import static org.annals.common.Failures.causedBy;
import static org.annals.common.Failures.timedOut;

import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.circuitbreaker.OpenCircuitException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.net.ConnectException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.annals.common.problem.Problem;
import org.annals.common.problem.RoutingProblems;
import org.annals.common.requestid.RequestIds;
import org.annals.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;

/**
 * The reverse proxy to one service (Vert.x HTTP proxy: bodies streamed both ways, headers kept,
 * hop-by-hop headers dropped). A service that cannot be reached, or stays silent past the response
 * timeout, costs the caller a 503 or 504 problem at once; after repeated failures its circuit opens
 * and callers get 503 without waiting until it is tried again.
 */
final class DownstreamProxy implements ProxyInterceptor {

  private static final Logger LOG = Logger.getLogger(DownstreamProxy.class);
  /** Statuses that say the service itself is in trouble, and count towards opening its circuit. */
  private static final Set<Integer> SERVICE_FAILURES = Set.of(502, 503, 504);
  /** Response headers that concern one connection only, never passed on. */
  private static final List<String> HOP_BY_HOP = List.of("connection", "keep-alive", "proxy-authenticate",
      "proxy-connection", "trailer", "upgrade");
  private static final long FAILURE_WINDOW_MS = 10_000;

  private final Downstream downstream;
  private final URI url;
  private final String origin;
  private final String basePath;
  private final String publicUrl;
  private final HttpProxy proxy;
  private final CircuitBreaker breaker;
  private final long connectTimeoutMs;
  private final long responseTimeoutMs;
  private final long maxBodyBytes;
  private final long openForSeconds;

  DownstreamProxy(Vertx vertx, HttpClient client, Downstream downstream, GatewayConfig config) {
    this.downstream = downstream;
    this.url = downstream.url(config);
    this.origin = url.getScheme() + "://" + url.getAuthority();
    this.basePath = url.getPath() == null ? "" : url.getPath().replaceAll("/+$", "");
    this.publicUrl = config.publicUrl().map(u -> u.toString().replaceAll("/+$", "")).orElse("");
    this.connectTimeoutMs = config.connectTimeout().toMillis();
    this.responseTimeoutMs = config.responseTimeout().toMillis();
    this.maxBodyBytes = config.maxBodySize().asLongValue();
    this.openForSeconds = Math.max(1, config.circuitBreaker().openFor().toSeconds());
    this.breaker = CircuitBreaker.create(downstream.serviceName(), vertx, new CircuitBreakerOptions()
            .setMaxFailures(config.circuitBreaker().failures())
            .setFailuresRollingWindow(FAILURE_WINDOW_MS)
            .setResetTimeout(config.circuitBreaker().openFor().toMillis())
            .setTimeout(-1)
            .setNotificationAddress(null));
    this.proxy = HttpProxy.reverseProxy(client).origin(this::connect).addInterceptor(this);
  }

  void handle(HttpServerRequest request) {
    proxy.handle(request);
  }

  private Future<HttpClientRequest> connect(ProxyContext context) {
    boolean tls = "https".equalsIgnoreCase(url.getScheme());
    int port = url.getPort() > 0 ? url.getPort() : tls ? 443 : 80;
    return context.client().request(new RequestOptions()
        .setHost(url.getHost())
        .setPort(port)
        .setSsl(tls)
        .setConnectTimeout(connectTimeoutMs)
        .setIdleTimeout(responseTimeoutMs));
  }

  @Override
  public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
    ProxyRequest request = context.request();
    request.setURI(basePath + request.getURI());
    Body body = request.getBody();
    HttpServerRequest caller = request.proxiedRequest();
    if (caller.version() == HttpVersion.HTTP_2 && body != null && body.length() < 0 && !caller.isEnded()) {
      // HTTP/2 frames a body without a length; towards an HTTP/1.1 service it must be sent chunked, and
      // the proxy decides that from the caller's headers.
      caller.headers().set(HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CHUNKED);
    }
    SizeLimitedStream counted = body != null && body.length() < 0 ? new SizeLimitedStream(body.stream(), maxBodyBytes)
        : null;
    if (counted != null) {
      request.setBody(Body.body(counted, -1));
    }
    return breaker.<ProxyResponse>execute(promise -> context.sendRequest().onComplete(answer -> {
      if (answer.failed() && counted != null && counted.exceeded()) {
        // The caller's fault, not the service's: answered here so that it does not count as a failure.
        ProxyResponse tooLarge = problem(context, 413, "too-large", "Content Too Large",
            "The request body is larger than the gateway accepts (" + maxBodyBytes + " bytes).");
        promise.complete(tooLarge.putHeader("Connection", "close"));
      } else if (answer.succeeded() && SERVICE_FAILURES.contains(answer.result().getStatusCode())) {
        promise.fail(new FailedAnswer(answer.result()));
      } else {
        promise.handle(answer);
      }
    })).recover(failure -> Future.succeededFuture(failure instanceof FailedAnswer failed ? failed.response
        : unavailable(context, failure)));
  }

  /** A service's own 502, 503 or 504: counted against its circuit, and still passed on as it came. */
  private static final class FailedAnswer extends RuntimeException {
    private final transient ProxyResponse response;

    FailedAnswer(ProxyResponse response) {
      super("answered " + response.getStatusCode(), null, false, false);
      this.response = response;
    }
  }

  @Override
  public Future<Void> handleProxyResponse(ProxyContext context) {
    ProxyResponse response = context.response();
    String connection = response.headers().get("connection");
    if (connection != null) {
      for (String named : connection.split(",")) {
        response.headers().remove(named.strip());
      }
    }
    HOP_BY_HOP.forEach(response.headers()::remove);
    String location = response.headers().get("location");
    if (location != null && location.startsWith(origin + basePath + "/")) {
      // The service names itself in Location; the caller must come back through the gateway, at its
      // configured URL, or else at a path of the URL it called: never at what its Host header said.
      response.putHeader("location", publicUrl + location.substring(origin.length() + basePath.length()));
    }
    return context.sendResponse();
  }

  private ProxyResponse unavailable(ProxyContext context, Throwable failure) {
    String service = downstream.serviceName();
    if (failure instanceof OpenCircuitException) {
      return problem(context, 503, "service-unavailable", "Service Unavailable",
          service + " is unavailable: its recent calls failed. Try again in " + openForSeconds + " s.")
          .putHeader("Retry-After", Long.toString(openForSeconds));
    }
    if (timedOut(failure) && !causedBy(failure, ConnectException.class)) {
      return problem(context, 504, "gateway-timeout", "Gateway Timeout",
          service + " did not answer within " + responseTimeoutMs + " ms. The request may or may not have been"
              + " carried out; reading is safe to retry, check before repeating a change.");
    }
    LOG.warnf("%s could not be reached: %s", service, failure.toString());
    return problem(context, 503, "service-unavailable", "Service Unavailable",
        service + " cannot be reached at the moment. Try again shortly.")
        .putHeader("Retry-After", Long.toString(openForSeconds));
  }

  private static ProxyResponse problem(ProxyContext context, int status, String slug, String title, String detail) {
    HttpServerRequest caller = context.request().proxiedRequest();
    String requestId = RequestIds.acceptOrCreate(caller.getHeader(RequestIds.HEADER));
    return context.request().release().response()
        .setStatusCode(status)
        .putHeader("Content-Type", Problem.MEDIA_TYPE)
        .setBody(Body.body(RoutingProblems.body(status, slug, title, detail, caller.path(), requestId)));
  }
}
