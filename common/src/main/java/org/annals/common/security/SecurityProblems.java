package org.annals.common.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.annals.common.problem.ProblemFactory;
import org.annals.common.problem.RoutingProblems;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401 and 403 as problem details. A missing token or a missing role is found by the resource's
 * {@code @RolesAllowed}; an expired, tampered or foreign token is refused earlier, while the request is
 * authenticated, and reaches the router's failure handler instead.
 */
@ApplicationScoped
public class SecurityProblems {

  /** What a client without a valid token must do, for every 401. */
  public static final String UNAUTHORIZED_DETAIL = "This operation needs a valid access token from the"
      + " Annals Keycloak realm: send it as 'Authorization: Bearer <token>'.";
  static final String INVALID_TOKEN_DETAIL = "The access token was refused: it is expired, altered, or not"
      + " issued by the Annals Keycloak realm. Get a new one.";

  @ServerExceptionMapper
  public Response unauthorized(UnauthorizedException e, UriInfo uri) {
    return Response.fromResponse(ProblemFactory.response(401, "unauthorized", "Unauthorized", UNAUTHORIZED_DETAIL,
        ProblemFactory.path(uri))).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    return ProblemFactory.response(403, "forbidden", "Forbidden", forbiddenDetail(), ProblemFactory.path(uri));
  }

  /** The detail of a 403: the rule, since the caller cannot see which role it lacked otherwise. */
  public static String forbiddenDetail() {
    return "Your token does not carry the role this operation needs: GET needs 'reader'; POST, PUT and PATCH"
        + " need 'editor'; DELETE and entity merge need 'admin'; internal endpoints are for services only.";
  }

  void installFailureHandler(@Observes Router router) {
    router.route().failureHandler(this::onFailure);
  }

  private void onFailure(RoutingContext context) {
    if (!(context.failure() instanceof AuthenticationFailedException) || context.response().ended()) {
      context.next();
      return;
    }
    context.response().putHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
    RoutingProblems.send(context, 401, "invalid-token", "Unauthorized", INVALID_TOKEN_DETAIL);
  }
}
