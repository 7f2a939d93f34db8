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
import org.annals.common.problem.Problem;
import org.annals.common.problem.ProblemException;
import org.annals.common.security.Roles;
import org.annals.contract.ArticleAnnotation;
import org.annals.contract.EntityAnalysis;
import org.annals.contract.EntityAnalysisRequest;
import org.annals.contract.ResolvedMention;
import org.annals.entity.domain.EntityAnalysisService;
import org.annals.entity.domain.Mention;
import org.annals.nlp.AnnotationFormat;
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
  private final AnnotationFormat format;

  public InternalArticleResource(EntityAnalysisService analysis, AnnotationFormat format) {
    this.analysis = analysis;
    this.format = format;
  }

  @PUT
  @Path("/{id}/analysis")
  @JsonBody
  @Operation(operationId = "analyseArticleEntities", summary = "Read an article and resolve its mentions",
      description = "Reads the text once for the whole platform (tokens, sentences, tags, lemmas, entity tags, "
          + "dependency parse) and answers the annotation with the resolved mentions, for timeline-service. "
          + "Idempotent: sending the same article again replaces its earlier mentions.")
  @APIResponse(responseCode = "200", description = "The resolved mentions and the annotation",
      content = @Content(schema = @Schema(implementation = EntityAnalysis.class)))
  @APIResponse(responseCode = "400", description = "Invalid request",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public EntityAnalysis analyse(@PathParam("id") UUID id, EntityAnalysisRequest request) {
    if (request == null) {
      throw ProblemException.invalid("The body must be an EntityAnalysisRequest with the article's text.");
    }
    EntityAnalysisService.Analysis result = analysis.analyse(id, request.text(), request.language());
    return new EntityAnalysis(result.mentions().stream().map(InternalArticleResource::resolved).toList(),
        new ArticleAnnotation(AnnotationFormat.NAME, AnnotationFormat.VERSION, format.encodeText(result.document())));
  }

  private static ResolvedMention resolved(EntityAnalysisService.StoredMention stored) {
    Mention m = stored.mention();
    return new ResolvedMention(m.start, m.end, m.text, stored.entity().id, stored.entity().name,
        stored.entity().type, stored.entity().kind, stored.within());
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
