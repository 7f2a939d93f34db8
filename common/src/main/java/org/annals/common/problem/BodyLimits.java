package org.annals.common.problem;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.annals.common.requestid.RequestIds;

/**
 * Answers a body over {@code quarkus.http.limits.max-body-size} with problem details too: Vert.x
 * rejects it before any resource runs, with an empty 413 by default.
 */
@ApplicationScoped
public class BodyLimits {

  void installHandler(@Observes Router router) {
    router.errorHandler(413, context -> {
      if (context.response().ended()) {
        return;
      }
      String requestId = RequestIds.acceptOrCreate(context.request().getHeader(RequestIds.HEADER));
      Problem problem = new Problem("urn:annals:problem:too-large", "Content Too Large", 413,
          "The request body is larger than this service accepts. See the operation's documented limit.",
          context.request().path(), requestId, java.util.List.of());
      context.response().setStatusCode(413)
          .putHeader("Content-Type", Problem.MEDIA_TYPE)
          .putHeader(RequestIds.HEADER, requestId)
          .end(Json.encode(problem));
    });
  }
}
