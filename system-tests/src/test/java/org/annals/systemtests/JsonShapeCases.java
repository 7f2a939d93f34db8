package org.annals.systemtests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON that is well-formed text but not the document an operation takes (a value of the wrong type, a
 * field it does not know, an array for an object, the same key twice, two documents, nesting 5,000
 * deep), or not JSON at all. Every operation with a JSON body answers 400 with a problem, never a bare
 * 400 or a 500; a batch may refuse every item on its own instead.
 */
final class JsonShapeCases {

  static final String KIND = "JSON of the wrong shape";
  private static final int DEEP = 5000;

  private JsonShapeCases() {}

  static List<BadCase> all(Operations api) {
    List<BadCase> cases = new ArrayList<>();
    for (Operations.JsonOperation body : api.jsonBodies()) {
      shapes(body).forEach((what, json) -> cases.addAll(body.operation().refused(KIND, what,
          body.operation().request().body("application/json", json), 400)));
    }
    return cases;
  }

  private static Map<String, String> shapes(Operations.JsonOperation body) {
    String field = body.firstTextField();
    String valid = body.validJson();
    String item = body.operation().batch() ? valid.substring(1, valid.length() - 1) : valid;
    String wrapped = body.operation().batch() ? "[%s]" : "%s";
    Map<String, String> shapes = new LinkedHashMap<>();
    shapes.put("a number for " + field, body.with(field, "42"));
    shapes.put("an object for " + field, body.with(field, "{\"value\":\"x\"}"));
    shapes.put("an array for " + field, body.with(field, "[\"x\"]"));
    shapes.put("an unknown field", wrapped.formatted("{\"surprise\":\"x\"," + item.substring(1)));
    shapes.put("an array instead of the object", wrapped.formatted("[" + item + "]"));
    shapes.put("the same key twice", wrapped.formatted("{" + lastSegment(field) + ":\"x\"," + item.substring(1)));
    shapes.put("two documents", valid + valid);
    shapes.put("null", "null");
    shapes.put("a bare string", "\"Officials in Bergen said on Monday\"");
    shapes.put("cut short", valid.substring(0, valid.length() - 2));
    shapes.put(DEEP + "-deep arrays", "[".repeat(DEEP) + "]".repeat(DEEP));
    shapes.put(DEEP + "-deep objects", "{\"a\":".repeat(DEEP) + "{}" + "}".repeat(DEEP));
    shapes.put(DEEP + "-deep in a field", body.with(field, "[".repeat(DEEP) + "]".repeat(DEEP)));
    return shapes;
  }

  /** "/0/text" → "\"text\"" */
  private static String lastSegment(String pointer) {
    return "\"" + pointer.substring(pointer.lastIndexOf('/') + 1) + "\"";
  }
}
