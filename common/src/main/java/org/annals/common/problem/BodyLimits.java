package org.annals.common.problem;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers a body over {@code quarkus.http.limits.max-body-size} with problem details too: Vert.x
 * rejects it before any resource runs, with an empty 413 by default.
 */
@ApplicationScoped
public class BodyLimits {

  void installHandler(@Observes Router router) {
    router.errorHandler(413, context -> {
      if (!context.response().ended()) {
        RoutingProblems.send(context, 413, "too-large", "Content Too Large",
            "The request body is larger than this service accepts. See the operation's documented limit.");
      }
    });
  }
}
