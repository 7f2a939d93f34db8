package org.annals.ingest.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.oidc.client.OidcClientException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

/** Which failures make an article wait, and which count against it, where security is concerned. */
class DownstreamFailureTest {

  @Test
  void anArticleWaitsWhenNoServiceTokenCanBeHad() {
    DownstreamFailure failure = DownstreamFailure.of("entity-service", new ProcessingException(
        new OidcClientException("Invalid client or Invalid client credentials")));
    assertTrue(failure.unavailable());
    assertTrue(failure.message().contains("no service token"), failure.message());
  }

  @Test
  void anArticleWaitsWhenTheServiceRefusesTheToken() {
    assertTrue(DownstreamFailure.of("timeline-service",
        new WebApplicationException(Response.status(401).build())).unavailable());
    assertTrue(DownstreamFailure.of("timeline-service",
        new WebApplicationException(Response.status(403).build())).unavailable());
  }

  @Test
  void anArticleTheServiceCannotHandleCountsAgainstIt() {
    assertFalse(DownstreamFailure.of("entity-service",
        new WebApplicationException(Response.status(422).build())).unavailable());
  }
}
