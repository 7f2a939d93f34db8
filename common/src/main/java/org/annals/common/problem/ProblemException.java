package org.annals.common.problem;

import java.util.List;

/**
 * An error whose answer is known where it is thrown: the status, a stable type slug and a message a
 * person can act on. Throw it from resources and services; {@link ProblemMappers} renders it.
 */
public class ProblemException extends RuntimeException {

  private final int status;
  private final String slug;
  private final String title;
  private final List<Problem.FieldError> errors;

  public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
    super(detail);
    this.status = status;
    this.slug = slug;
    this.title = title;
    this.errors = List.copyOf(errors);
  }

  public ProblemException(int status, String slug, String title, String detail) {
    this(status, slug, title, detail, List.of());
  }

  public static ProblemException invalid(String detail) {
    return new ProblemException(400, "validation", "Invalid request", detail);
  }

  public static ProblemException invalidField(String field, String message) {
    return new ProblemException(400, "validation", "Invalid request", field + ": " + message,
        List.of(new Problem.FieldError(field, message)));
  }

  public static ProblemException notFound(String what, Object id) {
    return new ProblemException(404, "not-found", "Not found", "No " + what + " with id " + id + ".");
  }

  public int status() {
    return status;
  }

  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }

  public List<Problem.FieldError> errors() {
    return errors;
  }
}
