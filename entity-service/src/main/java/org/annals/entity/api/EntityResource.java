package org.annals.entity.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.annals.common.api.JsonBody;
import org.annals.common.api.Params;
import org.annals.common.problem.Problem;
import org.annals.common.problem.ProblemException;
import org.annals.common.security.Roles;
import org.annals.entity.domain.EntityAdministration;
import org.annals.entity.domain.EntityQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/entities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Entities", description = "Canonical entities resolved from the articles' mentions")
public class EntityResource {

  private static final int MAX_PAGE = 200;
  private final EntityQueries queries;
  private final EntityAdministration administration;
  private final SecurityIdentity caller;

  public EntityResource(EntityQueries queries, EntityAdministration administration, SecurityIdentity caller) {
    this.queries = queries;
    this.administration = administration;
    this.caller = caller;
  }

  @GET
  @RolesAllowed(Roles.READER)
  @Operation(operationId = "listEntities", summary = "Find entities by name (canonical or alias) and type",
      description = "Entities whose name or an alias starts with name (any case), of the type given, by name;"
          + " without a name, every entity. Follow nextCursor until it is absent.")
  @APIResponse(responseCode = "200", description = "A page of entities, by name",
      content = @Content(schema = @Schema(implementation = EntityViews.Page.class),
          examples = @ExampleObject(name = "page", value = EntityExamples.PAGE)))
  @APIResponse(responseCode = "400", description = "Invalid type, limit or cursor",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public EntityViews.Page list(
      @Parameter(description = "Start of a name or alias, any case", example = "moss") @QueryParam("name") String name,
      @Parameter(description = "COUNTRY, CITY, STATE_OR_PROVINCE, LOCATION, ORGANIZATION or PERSON",
          example = "COUNTRY") @QueryParam("type") String type,
      @Parameter(description = "Page size", example = "50", schema = @Schema(type = SchemaType.INTEGER,
          minimum = "1", maximum = "" + MAX_PAGE, defaultValue = "50"))
      @QueryParam("limit") @DefaultValue("50") String limit,
      @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
    return queries.search(Params.blankToNull(name), Params.blankToNull(type), Params.pageSize(limit, MAX_PAGE),
        Params.blankToNull(cursor));
  }

  @GET
  @RolesAllowed(Roles.READER)
  @Path("/{id}")
  @Operation(operationId = "getEntity", summary = "An entity: names with counts, part-of, roles, where it is seen",
      description = "An entity merged into another still answers, with mergedInto naming the survivor.")
  @APIResponse(responseCode = "200", description = "The entity",
      content = @Content(schema = @Schema(implementation = EntityViews.Detail.class),
          examples = @ExampleObject(name = "country", value = EntityExamples.ENTITY)))
  @APIResponse(responseCode = "404", description = "No such entity",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public EntityViews.Detail get(@PathParam("id") String id) {
    return queries.detail(queries.get(Params.id(id, "entity")));
  }

  @GET
  @RolesAllowed(Roles.READER)
  @Path("/{id}/mentions")
  @Operation(operationId = "listEntityMentions", summary = "Where an entity is mentioned: article, sentence, offsets",
      description = "Each mention: the article, the words as written with their offsets into the article's stored"
          + " text, the sentence, how it was resolved to this entity and how surely, and its role.")
  @APIResponse(responseCode = "200", description = "A page of mentions",
      content = @Content(schema = @Schema(implementation = EntityViews.MentionPage.class),
          examples = @ExampleObject(name = "page", value = EntityExamples.MENTIONS)))
  @APIResponse(responseCode = "404", description = "No such entity",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public EntityViews.MentionPage mentions(@PathParam("id") String id,
      @Parameter(description = "Page size", example = "50", schema = @Schema(type = SchemaType.INTEGER,
          minimum = "1", maximum = "" + MAX_PAGE, defaultValue = "50"))
      @QueryParam("limit") @DefaultValue("50") String limit, @QueryParam("cursor") String cursor) {
    UUID entity = queries.get(Params.id(id, "entity")).id;
    return queries.mentions(entity, Params.pageSize(limit, MAX_PAGE), Params.blankToNull(cursor));
  }

  @GET
  @RolesAllowed(Roles.READER)
  @Path("/{id}/related")
  @Operation(operationId = "listRelatedEntities", summary = "Entities named in the same articles, most shared first",
      description = "The entities that articles mentioning this one also mention, with the number of articles"
          + " they share; the first limit of them.")
  @APIResponse(responseCode = "200", description = "Related entities with the number of shared articles",
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = EntityViews.Related.class),
          examples = @ExampleObject(name = "related", value = EntityExamples.RELATED)))
  @APIResponse(responseCode = "404", description = "No such entity",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public List<EntityViews.Related> related(@PathParam("id") String id,
      @Parameter(description = "How many", example = "20", schema = @Schema(type = SchemaType.INTEGER,
          minimum = "1", maximum = "" + MAX_PAGE, defaultValue = "20"))
      @QueryParam("limit") @DefaultValue("20") String limit) {
    return queries.related(queries.get(Params.id(id, "entity")).id, Params.pageSize(limit, MAX_PAGE));
  }

  @GET
  @RolesAllowed(Roles.READER)
  @Path("/{id}/changes")
  @Operation(operationId = "listEntityChanges", summary = "The administrative history of an entity: merges,"
      + " aliases added, corrections; who and when", description = "Every change made through this API (merge,"
      + " merged into, alias added, rename, retype), with the user who made it and when; analysis adds none.")
  @APIResponse(responseCode = "200", description = "Changes, oldest first",
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = EntityViews.Change.class),
          examples = @ExampleObject(name = "changes", value = EntityExamples.CHANGES)))
  @APIResponse(responseCode = "404", description = "No such entity",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public List<EntityViews.Change> changes(@PathParam("id") String id) {
    return queries.changes(queries.get(Params.id(id, "entity")).id);
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Path("/{id}/merge")
  @Consumes(MediaType.APPLICATION_JSON)
  @JsonBody
  @Operation(operationId = "mergeEntities", summary = "Merge a duplicate into this entity (admin)",
      description = "The duplicate's mentions and aliases move here; its id keeps answering with mergedInto.")
  @APIResponse(responseCode = "200", description = "The surviving entity",
      content = @Content(schema = @Schema(implementation = EntityViews.Detail.class),
          examples = @ExampleObject(name = "survivor", value = EntityExamples.ENTITY)))
  @APIResponse(responseCode = "400", description = "No duplicate given, or the entity itself",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "404", description = "No such entity",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "409", description = "One of them was already merged",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
          examples = @ExampleObject(name = "alreadyMerged", value = EntityExamples.ALREADY_MERGED)))
  public EntityViews.Detail merge(@PathParam("id") String id, @RequestBody(content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntityViews.MergeRequest.class),
      examples = @ExampleObject(name = "duplicate", value = EntityExamples.MERGE)))
      EntityViews.MergeRequest request) {
    if (request == null) {
      throw ProblemException.invalidField("duplicate", "required: the id of the entity to merge into this one");
    }
    // A string, not a UUID, in the body: Jackson's UUID reading drops a trailing NUL or control character
    // silently, whereas a string passes the test of text every body string passes.
    return queries.detail(administration.merge(Params.id(id, "entity"), Params.filterId(request.duplicate(),
        "duplicate"), actor()));
  }

  @POST
  @RolesAllowed(Roles.EDITOR)
  @Path("/{id}/aliases")
  @Consumes(MediaType.APPLICATION_JSON)
  @JsonBody
  @Operation(operationId = "addEntityAlias", summary = "Add an alias to an entity",
      description = "The alias (one line of at most 200 characters) becomes a name the entity is found by."
          + " Recorded in the entity's changes.")
  @APIResponse(responseCode = "201", description = "Added",
      content = @Content(schema = @Schema(implementation = EntityViews.Detail.class),
          examples = @ExampleObject(name = "added", value = EntityExamples.ENTITY)))
  @APIResponse(responseCode = "400", description = "Missing or too long",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "404", description = "No such entity",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "409", description = "Already a name of the entity, or the entity was merged",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
          examples = @ExampleObject(name = "aliasExists", value = EntityExamples.ALIAS_EXISTS)))
  public Response addAlias(@PathParam("id") String id, @RequestBody(content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntityViews.AliasRequest.class),
      examples = @ExampleObject(name = "alias", value = EntityExamples.ALIAS))) EntityViews.AliasRequest request) {
    UUID entity = Params.id(id, "entity");
    administration.addAlias(entity, request == null ? null : request.alias(), actor());
    return Response.status(201).entity(queries.detail(queries.get(entity))).build();
  }

  @PATCH
  @RolesAllowed(Roles.EDITOR)
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @JsonBody
  @Operation(operationId = "correctEntity", summary = "Correct an entity's name or type",
      description = "A field left out stays as it is. A new name is added to the names the entity is found by;"
          + " each change is recorded in the entity's changes.")
  @APIResponse(responseCode = "200", description = "The corrected entity",
      content = @Content(schema = @Schema(implementation = EntityViews.Detail.class),
          examples = @ExampleObject(name = "corrected", value = EntityExamples.CORRECTED)))
  @APIResponse(responseCode = "400", description = "Nothing to change, or an invalid value",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "404", description = "No such entity",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public EntityViews.Detail correct(@PathParam("id") String id, @RequestBody(content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntityViews.Patch.class),
      examples = @ExampleObject(name = "rename", value = EntityExamples.PATCH))) EntityViews.Patch patch) {
    if (patch == null) {
      throw ProblemException.invalid("Give a name or a type to change.");
    }
    return queries.detail(administration.correct(Params.id(id, "entity"), patch.name(), patch.type(), actor()));
  }

  /** Who made a change, for its audit record: the token's user name. */
  private String actor() {
    return caller.getPrincipal().getName();
  }
}
