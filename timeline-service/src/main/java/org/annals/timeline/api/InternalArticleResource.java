package org.annals.timeline.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.annals.common.problem.Problem;
import org.annals.common.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The internal contract ingest-service's dispatcher calls (docs/internal-contracts.md). Declared here
 * so that both sides build against one definition; until recognition and resolution exist it answers
 * 501, which the dispatcher treats as "not available yet": articles wait, nothing is lost.
 */
@Path("/internal/v1/articles")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Internal", description = "Called by ingest-service only; never routed by the gateway")
public class InternalArticleResource {

  @PUT
  @Path("/{id}")
  @Operation(operationId = "analyseArticleTimeline", summary = "Extract the time expressions and events of an article",
      description = "Idempotent: sending the same article again replaces its earlier evidence.")
  @APIResponse(responseCode = "200", description = "How many events the article gave evidence for",
      content = @Content(schema = @Schema(implementation = TimelineResult.class)))
  @APIResponse(responseCode = "400", description = "Invalid request",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "501", description = "Analysis not available in this version",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public TimelineResult analyse(@PathParam("id") UUID id, TimelineArticle request) {
    throw notYet();
  }

  @DELETE
  @Path("/{id}")
  @Operation(operationId = "deleteArticleTimeline", summary = "Remove an article's time expressions and its evidence from events",
      description = "Idempotent: an unknown article answers 204 too.")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "501", description = "Analysis not available in this version",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public void delete(@PathParam("id") UUID id) {
    throw notYet();
  }

  private static ProblemException notYet() {
    return new ProblemException(501, "not-implemented", "Not Implemented",
        "Event and timeline extraction are not available in this version of timeline-service.");
  }
}
