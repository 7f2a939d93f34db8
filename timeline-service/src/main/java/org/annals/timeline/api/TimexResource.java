package org.annals.timeline.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.annals.common.problem.Problem;
import org.annals.common.problem.ProblemException;
import org.annals.common.security.Roles;
import org.annals.timeline.domain.ArticleAnalysis;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/timexes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Time expressions", description = "The time expressions of each article, normalised to TIMEX3")
public class TimexResource {

  private final ArticleAnalysis analysis;

  public TimexResource(ArticleAnalysis analysis) {
    this.analysis = analysis;
  }

  @GET
  @RolesAllowed(Roles.READER)
  @Operation(operationId = "listTimexes", summary = "The time expressions of one article, in text order",
      description = "Each expression as written, with its offsets into the article's stored text, its TIMEX3 type"
          + " and value, and what the value was worked out from (the text alone, or the article's date).")
  @APIResponse(responseCode = "200", description = "Each expression with offsets, type, value and anchoring",
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TimexView.class),
          examples = @ExampleObject(name = "timexes", value = TimelineExamples.TIMEXES)))
  @APIResponse(responseCode = "400", description = "No article id, or not a UUID",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "404", description = "No analysed article with that id",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
          examples = @ExampleObject(name = "notFound", value = TimelineExamples.NO_ANALYSED_ARTICLE)))
  public List<TimexView> list(@Parameter(description = "Article id (UUID)", required = true,
      example = "3f0c8d9e-8a51-4a57-9d0e-2b1c7f4e6a10")
      @QueryParam("article") String article) {
    if (article == null || article.isBlank()) {
      throw ProblemException.invalidField("article", "required: the id of the article");
    }
    UUID id;
    try {
      id = UUID.fromString(article.strip());
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField("article", "must be an article id (a UUID)");
    }
    return analysis.timexesOf(id).stream().map(TimexView::of).toList();
  }
}
