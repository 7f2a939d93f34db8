package org.annals.ingest.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.annals.contract.EntityAnalysis;
import org.annals.contract.EntityAnalysisRequest;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * entity-service's internal contract. The circuit breaker stops a dispatcher from queueing calls at a
 * service that is down; the dispatcher's own backoff does the retrying. A 4xx is about one article,
 * not the service, so it does not count towards opening the circuit for every article. Each call carries
 * the client-credentials token of annals-ingest (realm role 'service'), which the internal endpoints need.
 */
@OidcClientFilter
@RegisterRestClient(configKey = "entity-service")
@Path("/internal/v1/articles")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface EntityServiceClient {

  /** Answers the mentions and the article's annotation; replaces any earlier analysis of the article. */
  @PUT
  @Path("/{id}/analysis")
  @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 5000, skipOn = ClientErrorException.class)
  EntityAnalysis analyse(@PathParam("id") UUID id, EntityAnalysisRequest request);

  @DELETE
  @Path("/{id}")
  @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 5000, skipOn = ClientErrorException.class)
  void delete(@PathParam("id") UUID id);
}
