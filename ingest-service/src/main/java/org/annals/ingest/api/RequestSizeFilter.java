package org.annals.ingest.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.annals.common.problem.ProblemException;
import org.annals.ingest.config.IngestConfig;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a body over the documented limit of its operation from its Content-Length, before reading
 * it. (A chunked body is bounded by quarkus.http.limits.max-body-size.)
 */
public class RequestSizeFilter {

  private final IngestConfig config;

  public RequestSizeFilter(IngestConfig config) {
    this.config = config;
  }

  @ServerRequestFilter(preMatching = true)
  public void checkSize(ContainerRequestContext request) {
    String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    if (length == null || !request.getUriInfo().getPath().startsWith("/api/v1/articles")) {
      return;
    }
    boolean batch = request.getUriInfo().getPath().startsWith("/api/v1/articles/batch");
    long limit = batch ? config.limits().maxBatchBytes() : config.limits().maxBodyBytes();
    long size;
    try {
      size = Long.parseLong(length.strip());
    } catch (NumberFormatException e) {
      return;
    }
    if (size > limit) {
      throw new ProblemException(413, "too-large", "Content Too Large", String.format(
          "The body has %d bytes; %s accepts at most %d bytes.%s", size,
          batch ? "a batch" : "a single article", limit,
          batch ? " Split the batch." : " Send the article's text rather than the whole page, or split it."));
    }
  }
}
