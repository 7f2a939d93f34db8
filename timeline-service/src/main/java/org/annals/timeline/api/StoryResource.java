package org.annals.timeline.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.annals.common.api.Params;
import org.annals.common.problem.Problem;
import org.annals.common.security.Roles;
import org.annals.timeline.domain.EventQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/stories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stories", description = "Related events grouped: shared participants or place, close in time")
public class StoryResource {

  private final EventQueries queries;

  public StoryResource(EventQueries queries) {
    this.queries = queries;
  }

  @GET
  @RolesAllowed(Roles.READER)
  @Operation(operationId = "listStories", summary = "Stories, latest first",
      description = "A story groups related events: shared participants or place, close in time. With entity,"
          + " only the stories with an event it takes part in. Follow nextCursor until it is absent.")
  @APIResponse(responseCode = "200", description = "A page of stories",
      content = @Content(schema = @Schema(implementation = EventViews.StoryPage.class),
          examples = @ExampleObject(name = "page", value = TimelineExamples.STORY_PAGE)))
  @APIResponse(responseCode = "400", description = "An entity id, limit or cursor that is not valid",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public EventViews.StoryPage list(
      @Parameter(description = "Entity id: stories with an event it takes part in",
          example = "7d1f0b3a-4c2e-4f6a-8b9d-0e1f2a3b4c5d") @QueryParam("entity") String entity,
      @Parameter(description = "Page size", example = "50", schema = @Schema(type = SchemaType.INTEGER,
          minimum = "1", maximum = "" + EventResource.MAX_PAGE, defaultValue = "50"))
      @QueryParam("limit") @DefaultValue("50") String limit,
      @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
    return queries.stories(Params.filterId(entity, "entity"), Params.pageSize(limit, EventResource.MAX_PAGE),
        Params.blankToNull(cursor));
  }

  @GET
  @RolesAllowed(Roles.READER)
  @Path("/{id}")
  @Operation(operationId = "getStory", summary = "A story with its events in time order",
      description = "The story's title, span and counts, and each of its events as the events list gives them.")
  @APIResponse(responseCode = "200", description = "The story",
      content = @Content(schema = @Schema(implementation = EventViews.StoryDetail.class),
          examples = @ExampleObject(name = "story", value = TimelineExamples.STORY_DETAIL)))
  @APIResponse(responseCode = "404", description = "No such story",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public EventViews.StoryDetail get(@PathParam("id") String id) {
    return queries.story(Params.id(id, "story"));
  }
}
