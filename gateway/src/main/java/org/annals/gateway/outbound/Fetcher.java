package org.annals.gateway.outbound;

import static org.annals.common.Failures.causedBy;
import static org.annals.common.Failures.timedOut;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;

/** The gateway's own GET calls (readiness, OpenAPI documents): short timeouts, never the callers' traffic. */
@ApplicationScoped
public class Fetcher {

  private static final Duration TIMEOUT = Duration.ofSeconds(3);

  private final HttpClient client;

  public Fetcher(Vertx vertx) {
    this.client = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(8));
  }

  /** The body of a 200 answer; any other answer or failure fails the Uni. */
  public Uni<Buffer> get(URI url) {
    RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(url.toString())
        .setConnectTimeout(TIMEOUT.toMillis()).setIdleTimeout(TIMEOUT.toMillis());
    return Uni.createFrom().completionStage(() -> client.request(options)
        .compose(request -> request.send())
        .compose(response -> response.body().compose(body -> response.statusCode() == 200
            ? Future.succeededFuture(body) : Future.failedFuture(new NotOk(response.statusCode()))))
        .toCompletionStage());
  }

  /** {@code UP} when the URL answers 200, otherwise why not. */
  public Uni<String> check(URI url) {
    return get(url).map(ignored -> "UP")
        .onFailure().recoverWithItem(failure -> "DOWN (" + reason(failure) + ")");
  }

  /** Why a call failed, in words that name no address: health answers are public. */
  private static String reason(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof NotOk) {
        return cause.getMessage();
      }
    }
    if (causedBy(failure, ConnectException.class)) {
      return "no connection";
    }
    return timedOut(failure) ? "no answer in time" : "unreachable";
  }

  /** An answer other than 200. */
  private static final class NotOk extends RuntimeException {

    NotOk(int status) {
      super("answered " + status, null, false, false);
    }
  }
}
