package org.annals.common.problem;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Locale;
import java.util.Map;
import org.annals.common.security.SecurityProblems;

/**
 * What an answer of a status says when nothing more particular is known: the HTTP layer, a resource
 * that throws a bare status, and the OpenAPI examples give the same type, title and detail for it.
 */
public final class StatusProblems {

  /** The type slug, title and detail of a problem answer. */
  public record Answer(String slug, String title, String detail) {}

  private static final Map<Integer, Answer> ANSWERS = Map.ofEntries(
      Map.entry(400, new Answer("bad-request", "Bad Request",
          "The request could not be read: check its request line and headers (Host, Content-Length).")),
      Map.entry(401, new Answer("unauthorized", "Unauthorized", SecurityProblems.UNAUTHORIZED_DETAIL)),
      Map.entry(403, new Answer("forbidden", "Forbidden", SecurityProblems.forbiddenDetail())),
      Map.entry(404, new Answer("not-found", "Not Found",
          "There is nothing at this path. See /q/openapi for the operations of this service.")),
      Map.entry(405, new Answer("method-not-allowed", "Method Not Allowed",
          "This method is not allowed on this path. See /q/openapi for the allowed methods.")),
      Map.entry(406, new Answer("not-acceptable", "Not Acceptable",
          "This resource cannot answer in the media type asked for in Accept; ask for application/json.")),
      Map.entry(413, new Answer("too-large", "Content Too Large",
          "The request body is larger than this service accepts. See the operation's documented limit.")),
      Map.entry(414, new Answer("uri-too-long", "URI Too Long", "The request's path and query are too long.")),
      Map.entry(415, new Answer("unsupported-media-type", "Unsupported Media Type",
          "This content type is not accepted here. See /q/openapi for the accepted media types.")),
      Map.entry(431, new Answer("headers-too-large", "Request Header Fields Too Large",
          "The request's headers are too large.")),
      Map.entry(500, new Answer("internal", "Internal error",
          "The server failed to handle this request. Nothing was changed by it unless its answer said so;"
              + " report the requestId if it happens again.")));

  private StatusProblems() {}

  /** The answer of {@code status}; for a status without one of its own, its reason phrase. */
  public static Answer of(int status) {
    Answer answer = ANSWERS.get(status);
    if (answer != null) {
      return answer;
    }
    String reason = HttpResponseStatus.valueOf(status).reasonPhrase();
    return new Answer(reason.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"), reason, reason + ".");
  }

  /** The statuses that have an answer of their own. */
  static Iterable<Integer> known() {
    return ANSWERS.keySet();
  }
}
