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
import org.annals.common.problem.ProblemException;
import org.annals.timeline.domain.EventQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/timelines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Timelines", description = "The events involving one entity, in time order")
public class TimelineResource {

  private static final int MAX_TIMELINE = 1000;

  private final EventQueries queries;

  public TimelineResource(EventQueries queries) {
    this.queries = queries;
  }

  @GET
  @RolesAllowed(Roles.READER)
  @Path("/{entityId}")
  @Operation(operationId = "getTimeline", summary = "An entity's timeline: its events in time order",
      description = "Each entry: date, kind, one-line summary, the entity's role (ACTOR, TARGET, PARTICIPANT, or"
          + " LOCATION), participants and source count. format=timelinejs answers the TimelineJS3 JSON format"
          + " instead (dated events only, one page).")
  @APIResponse(responseCode = "200", description = "The timeline (Timeline, or TimelineJs with format=timelinejs)",
      content = @Content(schema = @Schema(oneOf = {EventViews.Timeline.class, TimelineJs.class}), examples = {
          @ExampleObject(name = "json", value = TimelineExamples.TIMELINE),
          @ExampleObject(name = "timelinejs", value = TimelineExamples.TIMELINE_JS)}))
  @APIResponse(responseCode = "400", description = "A date, format, limit or cursor that is not valid, or from after to",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "404", description = "The entity id is not an id, or no event names the entity",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Object get(@PathParam("entityId") String entityId,
      @Parameter(description = "First day (YYYY-MM-DD)", example = "2023-01-01") @QueryParam("from") String from,
      @Parameter(description = "Last day (YYYY-MM-DD)", example = "2023-01-31") @QueryParam("to") String to,
      @Parameter(description = "json (default) or timelinejs", example = "json",
          schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "timelinejs"}))
      @QueryParam("format") @DefaultValue("json") String format,
      @Parameter(description = "Page size", example = "200", schema = @Schema(type = SchemaType.INTEGER,
          minimum = "1", maximum = "" + MAX_TIMELINE, defaultValue = "200"))
      @QueryParam("limit") @DefaultValue("200") String limit,
      @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
    boolean timelineJs = switch (format.strip()) {
      case "json", "" -> false;
      case "timelinejs" -> true;
      default -> throw ProblemException.invalidField("format", "must be json or timelinejs");
    };
    EventQueries.EventFilter filter = EventQueries.EventFilter.forEntity(Params.id(entityId, "entity"),
        Params.date(from, "from"), Params.date(to, "to"));
    EventViews.Timeline timeline = queries.timeline(filter, Params.pageSize(limit, MAX_TIMELINE),
        Params.blankToNull(cursor));
    return timelineJs ? TimelineJs.of(timeline) : timeline;
  }
}
