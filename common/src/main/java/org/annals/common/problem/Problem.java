package org.annals.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details document, the body of every error answer. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details: every error answer has this shape.")
public record Problem(
    @Schema(description = "URI reference naming the kind of problem", example = "urn:annals:problem:validation")
    String type,
    @Schema(description = "Short summary of the kind of problem", example = "Invalid request")
    String title,
    @Schema(description = "HTTP status code", example = "400")
    int status,
    @Schema(description = "What went wrong with this request and how to fix it",
        example = "publishedAt: 2023-02-30 is not a valid date")
    String detail,
    @Schema(description = "The request path", example = "/api/v1/articles")
    String instance,
    @Schema(description = "The X-Request-Id of the request, to find it in the logs", example = "9f2c1e6a4b7d4c0e")
    String requestId,
    @Schema(description = "Field-level validation errors")
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One invalid field of a request. */
  @Schema(name = "FieldError")
  public record FieldError(
      @Schema(example = "publishedAt") String field,
      @Schema(example = "must be a date (2023-01-31), a year-month (2023-01) or a date-time with offset")
      String message) {}
}
