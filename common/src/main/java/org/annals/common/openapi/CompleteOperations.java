package org.annals.common.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.annals.common.api.Cursors;
import org.annals.common.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes every operation of a service's document with what all operations share, so that the
 * resources annotate only what is their own: the problem answers any operation can give (with the
 * body of each), and the path ids and page cursors, which mean the same everywhere. Registered with
 * {@code mp.openapi.filter}; it only adds what is missing, so running it again changes nothing.
 */
public class CompleteOperations implements OASFilter {

  private static final String JSON = "application/json";
  private static final String NDJSON = "application/x-ndjson";
  private static final String RETRY_AFTER = "Retry-After";
  private static final ObjectMapper JSON_WRITER = new ObjectMapper();

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    openAPI.getPaths().getPathItems().forEach((path, item) -> {
      if (item.getOperations() != null) {
        item.getOperations().values().forEach(operation -> complete(path, operation));
      }
    });
  }

  private static void complete(String path, Operation operation) {
    String example = ExamplePaths.fill(path);
    List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
    for (Parameter parameter : parameters) {
      if (parameter.getIn() == Parameter.In.PATH) {
        documentId(parameter, ExamplePaths.thingNamed(path, parameter.getName()));
      } else if ("cursor".equals(parameter.getName())) {
        documentCursor(parameter);
      }
    }
    boolean body = operation.getRequestBody() != null;
    if (body) {
      exampleLines(operation.getRequestBody().getContent());
    }
    TreeSet<Integer> statuses = new TreeSet<>(ProblemExamples.ANY_OPERATION);
    if (!parameters.isEmpty() || body) {
      statuses.add(400);
    }
    if (path.contains("{")) {
      statuses.add(404);
    }
    if (body) {
      statuses.add(413);
      statuses.add(415);
    }
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    for (int status : statuses) {
      APIResponse response = addProblem(operation.getResponses(), status,
          examples(status, path, example, operation, parameters));
      if (status == 429 && (response.getHeaders() == null || !response.getHeaders().containsKey(RETRY_AFTER))) {
        response.addHeader(RETRY_AFTER, OASFactory.createHeader().description("Seconds to wait before trying again")
            .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
      }
    }
    // In order of status, as a reader looks them up.
    operation.getResponses().setAPIResponses(new TreeMap<>(operation.getResponses().getAPIResponses()));
  }

  private static List<ProblemExamples.Named> examples(int status, String path, String example, Operation operation,
      List<Parameter> parameters) {
    return switch (status) {
      case 400 -> {
        List<ProblemExamples.Named> found = new ArrayList<>();
        refusedParameter(parameters).ifPresent(parameter -> found.add(ProblemExamples.invalidParameter(
            parameter.getName(), "limit".equals(parameter.getName()) ? maximum(parameter) : null, example)));
        if (takesJson(operation)) {
          found.add(ProblemExamples.malformedJson(example));
        }
        yield found;
      }
      case 404 -> {
        String thing = parameters.stream().filter(p -> p.getIn() == Parameter.In.PATH).findFirst()
            .map(p -> ExamplePaths.thingNamed(path, p.getName())).orElse("resource");
        yield List.of(ProblemExamples.notFound(thing, ExamplePaths.id(thing), example));
      }
      default -> ProblemExamples.of(status, example);
    };
  }

  /**
   * Documents a problem answer: adds it, gives a body to one the security layer listed without
   * one, or an example to one an operation listed without any. A service's own description is kept.
   */
  private static APIResponse addProblem(APIResponses responses, int status, List<ProblemExamples.Named> examples) {
    String code = Integer.toString(status);
    APIResponse response = responses.getAPIResponse(code);
    if (response == null) {
      response = OASFactory.createAPIResponse().description(ProblemExamples.description(status));
      responses.addAPIResponse(code, response);
    } else if (response.getContent() == null && ProblemExamples.description(status) != null) {
      // Listed by the security layer with a bare reason phrase ("Not Authorized").
      response.setDescription(ProblemExamples.description(status));
    }
    if (response.getContent() == null) {
      response.setContent(OASFactory.createContent());
    }
    Content content = response.getContent();
    MediaType problem = content.getMediaType(Problem.MEDIA_TYPE);
    if (problem == null) {
      problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"));
      content.addMediaType(Problem.MEDIA_TYPE, problem);
    }
    if (problem.getExample() == null && (problem.getExamples() == null || problem.getExamples().isEmpty())) {
      for (ProblemExamples.Named named : examples) {
        problem.addExample(named.name(), OASFactory.createExample().summary(named.summary())
            .value(ProblemExamples.asValue(named.problem())));
      }
    }
    return response;
  }

  /**
   * Gives an NDJSON body the example of its JSON array form, an item per line: an annotation cannot
   * hold it, as every example that starts with a brace is read as one JSON value.
   */
  private static void exampleLines(Content content) {
    MediaType lines = content == null ? null : content.getMediaType(NDJSON);
    MediaType json = content == null ? null : content.getMediaType(JSON);
    if (lines == null || json == null || json.getExamples() == null
        || (lines.getExamples() != null && !lines.getExamples().isEmpty())) {
      return;
    }
    json.getExamples().forEach((name, example) -> {
      if (example.getValue() instanceof List<?> items) {
        StringBuilder text = new StringBuilder();
        for (Object item : items) {
          try {
            text.append(JSON_WRITER.writeValueAsString(item)).append('\n');
          } catch (JsonProcessingException e) {
            throw new IllegalStateException("example " + name + " cannot be written as JSON", e);
          }
        }
        lines.addExample(name, OASFactory.createExample().summary(example.getSummary()).value(text.toString()));
      }
    });
  }

  private static void documentId(Parameter parameter, String thing) {
    if (parameter.getDescription() == null || parameter.getDescription().isBlank()) {
      parameter.setDescription("The id of the " + thing + " (a UUID)");
    }
    if (parameter.getExample() == null && parameter.getExamples() == null) {
      parameter.setExample(ExamplePaths.id(thing));
    }
  }

  private static void documentCursor(Parameter parameter) {
    if (parameter.getDescription() == null || parameter.getDescription().isBlank()) {
      parameter.setDescription("nextCursor of the previous page; omit it for the first page");
    }
    if (parameter.getExample() == null && parameter.getExamples() == null) {
      parameter.setExample(Cursors.encode("2023-01-31T10:15:30Z", ExamplePaths.id("cursor")));
    }
  }

  /** The parameter a 400 example shows refused: limit if there is one, else the first query, else path one. */
  private static Optional<Parameter> refusedParameter(List<Parameter> parameters) {
    return parameters.stream().filter(p -> "limit".equals(p.getName())).findFirst()
        .or(() -> parameters.stream().filter(p -> p.getIn() == Parameter.In.QUERY).findFirst())
        .or(() -> parameters.stream().findFirst());
  }

  private static Integer maximum(Parameter limit) {
    BigDecimal maximum = limit.getSchema() == null ? null : limit.getSchema().getMaximum();
    return maximum == null ? null : maximum.intValue();
  }

  private static boolean takesJson(Operation operation) {
    Content content = operation.getRequestBody() == null ? null : operation.getRequestBody().getContent();
    Map<String, MediaType> types = content == null ? null : content.getMediaTypes();
    return types != null && types.containsKey(JSON);
  }
}
