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
import org.annals.contract.TimelineArticle;
import org.annals.contract.TimelineResult;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** timeline-service's internal contract; see {@link EntityServiceClient} for the fault handling. */
@OidcClientFilter
@RegisterRestClient(configKey = "timeline-service")
@Path("/internal/v1/articles")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface TimelineServiceClient {

  /** Answers how many events and time expressions the article gave; replaces any earlier analysis of it. */
  @PUT
  @Path("/{id}")
  @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 5000, skipOn = ClientErrorException.class)
  TimelineResult analyse(@PathParam("id") UUID id, TimelineArticle request);

  @DELETE
  @Path("/{id}")
  @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 5000, skipOn = ClientErrorException.class)
  void delete(@PathParam("id") UUID id);
}
