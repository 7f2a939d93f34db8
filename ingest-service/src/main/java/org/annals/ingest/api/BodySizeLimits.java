package org.annals.ingest.api;

import jakarta.enterprise.context.ApplicationScoped;
import org.annals.common.problem.ProblemException;
import org.annals.ingest.config.IngestConfig;

/**
 * The documented body limits: checked from Content-Length before a body is read, and from the body's
 * size once read when it came chunked. quarkus.http.limits.max-body-size stays a far higher backstop,
 * so that an oversized chunked body is still answered with problem details.
 */
@ApplicationScoped
public class BodySizeLimits {

  private final IngestConfig config;

  public BodySizeLimits(IngestConfig config) {
    this.config = config;
  }

  public void requireWithin(long size, boolean batch) {
    long limit = batch ? config.limits().maxBatchBytes() : config.limits().maxBodyBytes();
    if (size > limit) {
      throw new ProblemException(413, "too-large", "Content Too Large", String.format(
          "The body has %d bytes; %s accepts at most %d bytes.%s", size,
          batch ? "a batch" : "a single article", limit,
          batch ? " Split the batch." : " Send the article's text rather than the whole page, or split it."));
    }
  }
}
