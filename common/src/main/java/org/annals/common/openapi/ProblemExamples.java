package org.annals.common.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.common.problem.Problem;
import org.annals.common.problem.ProblemException;
import org.annals.common.problem.StatusProblems;
import org.annals.common.security.SecurityProblems;

/**
 * The problem answers of the API document, written as the services and the gateway really give them,
 * so that a client sees in the document the body it will have to handle.
 */
public final class ProblemExamples {

  /** The statuses the HTTP layer, the address limit and the security checks may answer on any operation. */
  public static final List<Integer> ANY_OPERATION = List.of(401, 403, 406, 414, 429, 431, 500);
  /** The statuses the gateway adds in front of every service: its user rate limit, and failing services. */
  public static final List<Integer> GATEWAY = List.of(429, 503, 504);

  static final String REQUEST_ID = "9f2c1e6a4b7d4c0e";
  private static final String TYPE = "urn:annals:problem:";

  private ProblemExamples() {}

  /** One example body: its name in the document, a line saying when it is given, the body. */
  public record Named(String name, String summary, Problem problem) {}

  /** What an answer with this status means on any operation; null for a status only some give. */
  public static String description(int status) {
    return switch (status) {
      case 400 -> "A parameter or the body is invalid: the detail names it and the fix";
      case 401 -> "No valid access token: none, expired, altered or from another issuer";
      case 403 -> "The token lacks the role this operation needs";
      case 404 -> "Nothing with this id (an id that is not a UUID names nothing either)";
      case 406 -> "Accept asks for a media type this operation cannot answer in";
      case 413 -> "The body is over the operation's documented limit";
      case 414 -> "The request line (path and query) is too long";
      case 415 -> "A content type or charset this operation does not accept, or none";
      case 429 -> "Over a rate limit (the address's, or the user's at the gateway); wait as Retry-After says";
      case 431 -> "The request's headers are too large";
      case 500 -> "A fault on our side: nothing was changed; report the requestId";
      case 503 -> "The service behind this operation is unavailable; try again after Retry-After";
      case 504 -> "The service behind this operation did not answer in time";
      default -> null;
    };
  }

  /**
   * The examples of an answer with this status to a request on {@code path} (ids filled in); none for a
   * status whose body depends on the operation (400 and 404: see {@link #invalidParameter} and
   * {@link #notFound}; 409) or that only the gateway gives ({@link #ofGateway}).
   */
  public static List<Named> of(int status, String path) {
    return switch (status) {
      case 401 -> List.of(
          named("noToken", "No Authorization header", problem(401, "unauthorized", "Unauthorized",
              SecurityProblems.UNAUTHORIZED_DETAIL, path)),
          named("invalidToken", "A token that is expired, altered or from another issuer", problem(401,
              "invalid-token", "Unauthorized", "The access token was refused: it is expired, altered, or not issued"
                  + " by the Annals Keycloak realm. Get a new one.", path)));
      case 403 -> List.of(named("missingRole", "A token without the role", problem(403, "forbidden", "Forbidden",
          SecurityProblems.forbiddenDetail(), path)));
      case 406 -> List.of(named("notAcceptable", "Accept: text/xml", known(406, path)));
      case 413 -> List.of(named("tooLarge", "A body over the limit", known(413, path)));
      case 414 -> List.of(named("uriTooLong", "A path and query of 5000 characters", problem(414, "uri-too-long",
          "URI Too Long", "The request's path and query are 5000 characters long; at most 4096 are accepted.",
          path)));
      case 415 -> List.of(named("unsupportedMediaType", "Content-Type: application/xml", known(415, path)));
      case 429 -> List.of(
          named("addressLimit", "Too many requests from one address", problem(429, "too-many-requests",
              "Too Many Requests", "You have made more than 100000 requests in 60 s from your address. Wait 12 s"
                  + " (see Retry-After) and slow down.", path)),
          named("failedAuthentications", "Too many requests without a valid token from one address", problem(429,
              "too-many-requests", "Too Many Requests", "Your address has sent more than 30 requests without a"
                  + " valid access token in 60 s; its requests are refused until then, whatever token they carry."
                  + " Wait 41 s (see Retry-After) and slow down.", path)));
      case 431 -> List.of(named("headersTooLarge", "Headers of 30 000 bytes", problem(431, "headers-too-large",
          "Request Header Fields Too Large", "The request's headers take 30000 bytes; at most 20480 are accepted.",
          path)));
      case 500 -> List.of(named("internal", "A fault on our side", known(500, path)));
      default -> List.of();
    };
  }

  /** The examples of an answer the gateway gives itself, in front of {@code service}. */
  public static List<Named> ofGateway(int status, String path, String service) {
    return switch (status) {
      case 429 -> List.of(named("userLimit", "Over the user's rate limit", problem(429, "too-many-requests",
          "Too Many Requests", "You have made more than 600 requests in 60 s. Wait 12 s (see Retry-After) and slow"
              + " down.", path)));
      case 503 -> List.of(named("unavailable", "The service cannot be reached", problem(503, "service-unavailable",
          "Service Unavailable", service + " cannot be reached at the moment. Try again shortly.", path)));
      case 504 -> List.of(named("timeout", "The service did not answer in time", problem(504, "gateway-timeout",
          "Gateway Timeout", service + " did not answer within 10000 ms. The request may or may not have been"
              + " carried out; reading is safe to retry, check before repeating a change.", path)));
      default -> List.of();
    };
  }

  /** A parameter refused as any parameter can be (a control character in it), or a limit out of range. */
  public static Named invalidParameter(String parameter, Integer maxLimit, String path) {
    ProblemException refused = maxLimit != null
        ? ProblemException.invalidField(parameter, "must be a whole number from 1 to " + maxLimit)
        : ProblemException.invalidField(parameter,
            "contains the control character U+0000 at offset 2; a value here is one line of text");
    return named("invalidParameter", "An invalid " + parameter, from(refused, path));
  }

  /** A JSON body that does not parse. */
  public static Named malformedJson(String path) {
    return named("malformedJson", "A body that is not JSON", problem(400, "malformed-json", "Malformed JSON",
        "The request body is not valid JSON at line 1, column 9: Unexpected end-of-input: expected close marker for"
            + " Object", path));
  }

  /** An id that names nothing. */
  public static Named notFound(String what, String id, String path) {
    return named("notFound", "An unknown id", from(ProblemException.notFound(what, id), path));
  }

  /** A problem as the value of a document's example, its fields in the schema's order. */
  public static Map<String, Object> asValue(Problem problem) {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("type", problem.type());
    value.put("title", problem.title());
    value.put("status", problem.status());
    value.put("detail", problem.detail());
    value.put("instance", problem.instance());
    value.put("requestId", problem.requestId());
    if (problem.errors() != null && !problem.errors().isEmpty()) {
      value.put("errors", problem.errors().stream().map(e -> {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", e.field());
        error.put("message", e.message());
        return error;
      }).toList());
    }
    return value;
  }

  private static Named named(String name, String summary, Problem problem) {
    return new Named(name, summary, problem);
  }

  private static Problem from(ProblemException e, String path) {
    return new Problem(TYPE + e.slug(), e.title(), e.status(), e.getMessage(), path, REQUEST_ID, e.errors());
  }

  /** The answer any operation gives for this status, as the HTTP layer and the mappers give it. */
  private static Problem known(int status, String path) {
    StatusProblems.Answer answer = StatusProblems.of(status);
    return problem(status, answer.slug(), answer.title(), answer.detail(), path);
  }

  private static Problem problem(int status, String slug, String title, String detail, String path) {
    return new Problem(TYPE + slug, title, status, detail, path, REQUEST_ID, List.of());
  }
}
