package org.annals.systemtests;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A JSON body sent without saying so, or saying something else: no Content-Type, an empty one, a
 * wildcard, another charset, a form, or a content coding nobody applied. Every operation with a body
 * answers 415 instead of guessing.
 */
final class MediaTypeCases {

  static final String KIND = "unsupported media type";

  /** How each variant labels a body. */
  private static final Map<String, BiFunction<RawHttp.Request, byte[], RawHttp.Request>> LABELS = Map.of(
      "no Content-Type", (request, body) -> request.body(body),
      "an empty Content-Type", (request, body) -> request.body("", body),
      "Content-Type */*", (request, body) -> request.body("*/*", body),
      "JSON in iso-8859-1", (request, body) -> request.body("application/json; charset=iso-8859-1", body),
      "a form", (request, body) -> request.body("application/x-www-form-urlencoded", body),
      "Content-Encoding gzip that is not", (request, body) -> request.header("Content-Encoding", "gzip")
          .body("application/json", body));

  private MediaTypeCases() {}

  static List<BadCase> all(Operations api) {
    List<BadCase> cases = new ArrayList<>();
    for (Operations.JsonOperation body : api.jsonBodies()) {
      byte[] json = body.validJson().getBytes(StandardCharsets.UTF_8);
      LABELS.forEach((what, label) -> cases.addAll(body.operation().refused(KIND, what,
          label.apply(body.operation().request(), json), 415)));
      if (!body.operation().equals(api.submit())) {
        cases.addAll(body.operation().refused(KIND, "JSON sent as text/plain",
            body.operation().request().body("text/plain; charset=UTF-8", json), 415));
      }
    }
    return cases;
  }
}
