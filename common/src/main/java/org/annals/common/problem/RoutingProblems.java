package org.annals.common.problem;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.annals.common.http.SecurityHeaders;
import org.annals.common.requestid.RequestIds;

/**
 * Problem answers given below Quarkus REST, on the router: for failures no resource sees (a body over
 * the limit, a refused token) and for the gateway's own answers.
 */
public final class RoutingProblems {

  private RoutingProblems() {}

  /** Ends the request with a problem; the caller adds any further header first. */
  public static void send(RoutingContext context, int status, String slug, String title, String detail) {
    String requestId = RequestIds.acceptOrCreate(context.request().getHeader(RequestIds.HEADER));
    context.response().setStatusCode(status);
    // Also when the request failed before the handler that arranges them for every answer ran.
    SecurityHeaders.apply(context.response());
    context.response()
        .putHeader("Content-Type", Problem.MEDIA_TYPE)
        .putHeader(RequestIds.HEADER, requestId)
        .end(body(status, slug, title, detail, context.request().path(), requestId));
  }

  public static Buffer body(int status, String slug, String title, String detail, String path, String requestId) {
    return Buffer.buffer(Json.encode(
        new Problem(ProblemFactory.TYPE_PREFIX + slug, title, status, detail, path, requestId, List.of())));
  }
}
