package org.annals.ingest.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a body over the documented limit of its operation from its Content-Length, before reading it.
 */
public class RequestSizeFilter {

  private final BodySizeLimits limits;

  public RequestSizeFilter(BodySizeLimits limits) {
    this.limits = limits;
  }

  @ServerRequestFilter(preMatching = true)
  public void checkSize(ContainerRequestContext request) {
    String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    if (length == null || !request.getUriInfo().getPath().startsWith("/api/v1/articles")) {
      return;
    }
    long size;
    try {
      size = Long.parseLong(length.strip());
    } catch (NumberFormatException e) {
      return;
    }
    limits.requireWithin(size, request.getUriInfo().getPath().startsWith("/api/v1/articles/batch"));
  }
}
