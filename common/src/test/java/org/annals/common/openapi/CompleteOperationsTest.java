package org.annals.common.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CompleteOperationsTest {

  private static final String PROBLEM = "application/problem+json";

  private OpenAPI document;
  private Operation mentions;
  private Operation batch;

  @BeforeEach
  void document() {
    mentions = OASFactory.createOperation()
        .addParameter(OASFactory.createParameter().name("id").in(Parameter.In.PATH))
        .addParameter(OASFactory.createParameter().name("limit").in(Parameter.In.QUERY)
            .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).maximum(new BigDecimal(200))))
        .addParameter(OASFactory.createParameter().name("cursor").in(Parameter.In.QUERY))
        .responses(OASFactory.createAPIResponses()
            .addAPIResponse("200", OASFactory.createAPIResponse().description("A page"))
            // As the security layer lists it.
            .addAPIResponse("401", OASFactory.createAPIResponse().description("Not Authorized"))
            .addAPIResponse("404", OASFactory.createAPIResponse().description("No such entity")
                .content(OASFactory.createContent().addMediaType(PROBLEM, OASFactory.createMediaType()))));
    batch = OASFactory.createOperation()
        .requestBody(OASFactory.createRequestBody().content(OASFactory.createContent()
            .addMediaType("application/json", OASFactory.createMediaType().addExample("two", OASFactory
                .createExample().value(List.of(Map.of("text", "One."), Map.of("text", "Two.")))))
            .addMediaType("application/x-ndjson", OASFactory.createMediaType())))
        .responses(OASFactory.createAPIResponses()
            .addAPIResponse("400", OASFactory.createAPIResponse().description("Not an array")
                .content(OASFactory.createContent().addMediaType(PROBLEM, OASFactory.createMediaType()
                    .addExample("own", OASFactory.createExample().value(Map.of("status", 400)))))));
    document = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
        .addPathItem("/api/v1/entities/{id}/mentions", OASFactory.createPathItem().GET(mentions))
        .addPathItem("/api/v1/articles/batch", OASFactory.createPathItem().POST(batch)));
    new CompleteOperations().filterOpenAPI(document);
  }

  @Test
  void listsTheProblemAnswersEachOperationCanGive() {
    assertEquals(List.of("200", "400", "401", "403", "404", "406", "414", "429", "431", "500"),
        List.copyOf(mentions.getResponses().getAPIResponses().keySet()));
    assertEquals(List.of("400", "401", "403", "406", "413", "414", "415", "429", "431", "500"),
        List.copyOf(batch.getResponses().getAPIResponses().keySet()));
    assertTrue(mentions.getResponses().getAPIResponse("429").getHeaders().containsKey("Retry-After"));
  }

  @Test
  void givesEveryProblemAnswerABodyWithAnExampleOnTheOperationsPath() {
    String entity = ExamplePaths.id("entity");
    Map<?, ?> notFound = exampleValue(mentions, "404", "notFound");
    assertEquals("No entity with id " + entity + ".", notFound.get("detail"));
    assertEquals("/api/v1/entities/" + entity + "/mentions", notFound.get("instance"));
    assertEquals("No such entity", mentions.getResponses().getAPIResponse("404").getDescription(),
        "the operation's own description is kept");
    assertEquals("limit: must be a whole number from 1 to 200", exampleValue(mentions, "400", "invalidParameter")
        .get("detail"));
    APIResponse unauthorized = mentions.getResponses().getAPIResponse("401");
    assertTrue(unauthorized.getDescription().startsWith("No valid access token"), unauthorized.getDescription());
    assertEquals("urn:annals:problem:invalid-token", exampleValue(mentions, "401", "invalidToken").get("type"));
    assertEquals(406, exampleValue(mentions, "406", "notAcceptable").get("status"));
    assertEquals("urn:annals:problem:unsupported-media-type",
        exampleValue(batch, "415", "unsupportedMediaType").get("type"));
    assertEquals(Map.of("status", 400), exampleValue(batch, "400", "own"), "an operation's own example is kept");
    assertNull(problem(batch, "400").getExamples().get("malformedJson"));
  }

  @Test
  void documentsIdsAndCursorsAsEverywhere() {
    Parameter id = mentions.getParameters().get(0);
    assertEquals("The id of the entity (a UUID)", id.getDescription());
    assertEquals(ExamplePaths.id("entity"), id.getExample());
    Parameter cursor = mentions.getParameters().get(2);
    assertTrue(cursor.getDescription().startsWith("nextCursor of the previous page"));
    assertTrue(cursor.getExample() instanceof String);
  }

  @Test
  void givesAnNdjsonBodyItsJsonExampleALinePerItem() {
    MediaType lines = batch.getRequestBody().getContent().getMediaType("application/x-ndjson");
    assertEquals("{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n", lines.getExamples().get("two").getValue());
  }

  @Test
  void changesNothingWhenRunAgain() {
    String before = describe();
    new CompleteOperations().filterOpenAPI(document);
    assertEquals(before, describe());
  }

  @Test
  void namesWhatAPathParameterIdentifies() {
    assertEquals("story", ExamplePaths.thingNamed("/api/v1/stories/{id}", "id"));
    assertEquals("entity", ExamplePaths.thingNamed("/api/v1/timelines/{entityId}", "entityId"));
    assertEquals("article", ExamplePaths.thingNamed("/internal/v1/articles/{id}/analysis", "id"));
    assertEquals("/api/v1/articles/" + ExamplePaths.id("article") + "/reprocess",
        ExamplePaths.fill("/api/v1/articles/{id}/reprocess"));
  }

  private static MediaType problem(Operation operation, String status) {
    return operation.getResponses().getAPIResponse(status).getContent().getMediaType(PROBLEM);
  }

  private static Map<?, ?> exampleValue(Operation operation, String status, String example) {
    return (Map<?, ?>) problem(operation, status).getExamples().get(example).getValue();
  }

  /** Every answer with its examples' names, and every parameter's example. */
  private String describe() {
    StringBuilder text = new StringBuilder();
    for (Operation operation : List.of(mentions, batch)) {
      operation.getResponses().getAPIResponses().forEach((status, response) -> text.append(status).append(
          response.getContent() == null ? "" : response.getContent().getMediaTypes().values().stream()
              .map(type -> String.valueOf(type.getExamples() == null ? null : type.getExamples().keySet())).toList()));
      if (operation.getParameters() != null) {
        operation.getParameters().forEach(p -> text.append(p.getName()).append(p.getExample()));
      }
    }
    return text.toString();
  }
}
