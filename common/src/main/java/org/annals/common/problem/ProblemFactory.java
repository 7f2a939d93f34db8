package org.annals.common.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.annals.common.requestid.RequestIds;

/** Builds problem answers, so that every error carries the request id and the right media type. */
public final class ProblemFactory {

  static final String TYPE_PREFIX = "urn:annals:problem:";

  private ProblemFactory() {}

  public static Response response(int status, String slug, String title, String detail, String path,
      List<Problem.FieldError> errors) {
    Problem problem = new Problem(TYPE_PREFIX + slug, title, status, detail, path, RequestIds.current(), errors);
    return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  /** The problem document of an error, for answers that carry several (one per batch item). */
  public static Problem problem(ProblemException e, String path) {
    return new Problem(TYPE_PREFIX + e.slug(), e.title(), e.status(), e.getMessage(), path, RequestIds.current(),
        e.errors());
  }

  /** The request path as a client wrote it, for a problem's instance. */
  public static String path(UriInfo uri) {
    return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
  }

  public static Response response(int status, String slug, String title, String detail, String path) {
    return response(status, slug, title, detail, path, List.of());
  }
}
