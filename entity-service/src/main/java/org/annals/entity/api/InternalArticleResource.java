package org.annals.entity.api;

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
import org.annals.common.api.Params;
import org.annals.common.problem.Problem;
import org.annals.common.problem.ProblemException;
import org.annals.common.security.Roles;
import org.annals.entity.domain.EntityAnalysisService;
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

  private final EntityAnalysisService analysis;

  public InternalArticleResource(EntityAnalysisService analysis) {
    this.analysis = analysis;
  }

  @PUT
  @Path("/{id}/analysis")
  @JsonBody
  @Operation(operationId = "analyseArticleEntities", summary = "Find and resolve the mentions of an article",
      description = "Idempotent: sending the same article again replaces its earlier mentions.")
  @APIResponse(responseCode = "200", description = "The resolved mentions",
      content = @Content(schema = @Schema(implementation = AnalysisResult.class)))
  @APIResponse(responseCode = "400", description = "Invalid request",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public AnalysisResult analyse(@PathParam("id") UUID id, AnalysisRequest request) {
    if (request == null) {
      throw ProblemException.invalid("The body must be an AnalysisRequest with the article's text.");
    }
    Params.inRange(request.publishedAt(), "publishedAt");
    return new AnalysisResult(analysis.analyse(id, request.text(), request.language()).stream()
        .map(ResolvedMention::of).toList());
  }

  @DELETE
  @Path("/{id}")
  @Operation(operationId = "deleteArticleEntities", summary = "Remove an article's mentions",
      description = "Idempotent: an unknown article answers 204 too.")
  @APIResponse(responseCode = "204", description = "Removed")
  public void delete(@PathParam("id") UUID id) {
    analysis.delete(id);
  }
}
