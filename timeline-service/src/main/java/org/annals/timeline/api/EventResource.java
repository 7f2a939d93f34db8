package org.annals.timeline.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Locale;
import org.annals.common.api.Params;
import org.annals.common.problem.Problem;
import org.annals.common.security.Roles;
import org.annals.common.problem.ProblemException;
import org.annals.timeline.domain.EventQueries;
import org.annals.timeline.event.EventKind;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "Real-world events merged from every article that reports them")
public class EventResource {

  static final int MAX_PAGE = 200;

  private final EventQueries queries;

  public EventResource(EventQueries queries) {
    this.queries = queries;
  }

  @GET
  @RolesAllowed(Roles.READER)
  @Operation(operationId = "listEvents", summary = "Events in time order, filtered by dates, entity, kind, story or article",
      description = "Undated events come last and are left out when from or to is given. An event is within"
          + " [from, to] when the days its date covers overlap them.")
  @APIResponse(responseCode = "200", description = "A page of events",
      content = @Content(schema = @Schema(implementation = EventViews.EventPage.class),
          examples = @ExampleObject(name = "page", value = TimelineExamples.EVENT_PAGE)))
  @APIResponse(responseCode = "400", description = "A date, id, kind, limit or cursor that is not valid, or from after to",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public EventViews.EventPage list(
      @Parameter(description = "First day (YYYY-MM-DD)", example = "2023-01-01") @QueryParam("from") String from,
      @Parameter(description = "Last day (YYYY-MM-DD)", example = "2023-01-31") @QueryParam("to") String to,
      @Parameter(description = "Entity id: events it takes part in or took place in",
          example = "7d1f0b3a-4c2e-4f6a-8b9d-0e1f2a3b4c5d") @QueryParam("entity") String entity,
      @Parameter(description = "Event kind, e.g. ATTACK, DENIAL, VISIT (docs/event-ontology.md)", example = "ATTACK")
      @QueryParam("kind") String kind,
      @Parameter(description = "Story id", example = "6f5e4d3c-2b1a-4c0d-9e8f-7a6b5c4d3e2f") @QueryParam("story")
      String story,
      @Parameter(description = "Article id: events it gives evidence for",
          example = "3f0c8d9e-8a51-4a57-9d0e-2b1c7f4e6a10") @QueryParam("article") String article,
      @Parameter(description = "Page size", example = "50", schema = @Schema(type = SchemaType.INTEGER,
          minimum = "1", maximum = "" + MAX_PAGE, defaultValue = "50"))
      @QueryParam("limit") @DefaultValue("50") String limit,
      @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
    EventQueries.EventFilter filter = new EventQueries.EventFilter(Params.date(from, "from"), Params.date(to, "to"),
        Params.filterId(entity, "entity"), kind(kind), Params.filterId(story, "story"),
        Params.filterId(article, "article"));
    return queries.events(filter, Params.pageSize(limit, MAX_PAGE), Params.blankToNull(cursor));
  }

  @GET
  @RolesAllowed(Roles.READER)
  @Path("/{id}")
  @Operation(operationId = "getEvent", summary = "An event with its participants, every source and every claim",
      description = "Each source is one mention in one article: the sentence and trigger with offsets into the"
          + " article's stored text, its own date reading, certainty and claimant. Claims put side by side what"
          + " each source says, contradictions included.")
  @APIResponse(responseCode = "200", description = "The event",
      content = @Content(schema = @Schema(implementation = EventViews.EventDetail.class),
          examples = @ExampleObject(name = "event", value = TimelineExamples.EVENT_DETAIL)))
  @APIResponse(responseCode = "404", description = "No such event (it may have lost its last source)",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public EventViews.EventDetail get(@PathParam("id") String id) {
    return queries.event(Params.id(id, "event"));
  }

  private static EventKind kind(String kind) {
    if (kind == null || kind.isBlank()) {
      return null;
    }
    try {
      return EventKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField("kind", "must be one of " + Arrays.toString(EventKind.values()));
    }
  }
}
