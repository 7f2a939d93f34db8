package org.annals.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into problem details. Messages name the field and the fix, never a Java class:
 * clients and people read them.
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  public Response problem(ProblemException e, UriInfo uri) {
    return ProblemFactory.response(e.status(), e.slug(), e.title(), e.getMessage(), ProblemFactory.path(uri), e.errors());
  }

  @ServerExceptionMapper
  public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
    List<Problem.FieldError> errors = e.getConstraintViolations().stream()
        .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
        .sorted((a, b) -> a.field().compareTo(b.field()))
        .toList();
    String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
    return ProblemFactory.response(400, "validation", "Invalid request", detail, ProblemFactory.path(uri), errors);
  }

  @ServerExceptionMapper
  public Response json(JsonProcessingException e, UriInfo uri) {
    return problem(JsonProblems.from(e), uri);
  }

  /**
   * A JSON value of the wrong type or an unknown field in a typed body: Quarkus REST's own mapper for
   * this type (priority USER + 100) answers a bare 400 without a body; this one, at USER, wins.
   */
  @ServerExceptionMapper
  public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
    return json(e, uri);
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e, UriInfo uri) {
    // Quarkus REST reports an unreadable JSON body as a bare 400 around Jackson's exception.
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonProcessingException json) {
        return problem(JsonProblems.from(json), uri);
      }
    }
    Response original = e.getResponse();
    int status = original.getStatus();
    if (status >= 500) {
      return unexpected(e, uri);
    }
    StatusProblems.Answer known = StatusProblems.of(status);
    Response answer = ProblemFactory.response(status, known.slug(), known.title(), known.detail(),
        ProblemFactory.path(uri));
    String allow = original.getHeaderString(HttpHeaders.ALLOW);
    if (allow != null) {
      return Response.fromResponse(answer).header(HttpHeaders.ALLOW, allow).build();
    }
    return answer;
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable e, UriInfo uri) {
    LOG.errorf(e, "Unexpected failure on %s", ProblemFactory.path(uri));
    StatusProblems.Answer internal = StatusProblems.of(500);
    return ProblemFactory.response(500, internal.slug(), internal.title(), internal.detail(),
        ProblemFactory.path(uri));
  }

  private static String fieldOf(ConstraintViolation<?> violation) {
    List<String> names = new ArrayList<>();
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
        continue;
      }
      String name = node.getName();
      if (node.getIndex() != null) {
        name = (name == null ? "" : name) + "[" + node.getIndex() + "]";
      }
      if (name != null && !name.isEmpty()) {
        names.add(name);
      }
    }
    if (names.isEmpty()) {
      for (Path.Node node : violation.getPropertyPath()) {
        if (node.getKind() == ElementKind.PARAMETER) {
          return node.getName();
        }
      }
      return "body";
    }
    return String.join(".", names);
  }
}
