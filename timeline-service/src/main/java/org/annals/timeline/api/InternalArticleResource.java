package org.annals.timeline.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.annals.common.api.JsonBody;
import org.annals.common.problem.Problem;
import org.annals.common.problem.ProblemException;
import org.annals.common.security.Roles;
import org.annals.contract.TimelineArticle;
import org.annals.contract.TimelineResult;
import org.annals.timeline.domain.ArticleAnalysis;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The internal contract ingest-service's dispatcher calls (docs/internal-contracts.md). */
@Path("/internal/v1/articles")
@RolesAllowed(Roles.SERVICE)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Internal", description = "Called by ingest-service only; never routed by the gateway")
public class InternalArticleResource {

  private final ArticleAnalysis analysis;

  public InternalArticleResource(ArticleAnalysis analysis) {
    this.analysis = analysis;
  }

  @PUT
  @Path("/{id}")
  @JsonBody
  @Operation(operationId = "analyseArticleTimeline", summary = "Extract the time expressions and events of an article and merge its events with those known",
      description = "Reads the annotation entity-service made of the text (docs/internal-contracts.md); an annotation "
          + "of another format or version, or of another text, is refused and nothing is stored. Idempotent: "
          + "sending the same article again replaces its earlier evidence.")
  @APIResponse(responseCode = "200", description = "How many events and time expressions the article gave",
      content = @Content(schema = @Schema(implementation = TimelineResult.class)))
  @APIResponse(responseCode = "400", description = "Invalid request",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public TimelineResult analyse(@PathParam("id") UUID id, TimelineArticle request) {
    if (request == null) {
      throw ProblemException.invalid("The body must be a TimelineArticle with the article's text and annotation.");
    }
    ArticleAnalysis.Result result = analysis.analyse(id, request);
    return new TimelineResult(result.events(), result.timexes());
  }

  @DELETE
  @Path("/{id}")
  @Operation(operationId = "deleteArticleTimeline", summary = "Remove an article's time expressions and its evidence from events",
      description = "Idempotent: an unknown article answers 204 too.")
  @APIResponse(responseCode = "204", description = "Removed")
  public void delete(@PathParam("id") UUID id) {
    analysis.delete(id);
  }
}
