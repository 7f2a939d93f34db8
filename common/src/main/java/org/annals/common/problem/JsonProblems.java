package org.annals.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.annals.common.json.InvalidTextException;
import java.util.Collection;
import java.util.regex.Pattern;
import java.util.List;
import java.util.stream.Collectors;

/** Explains a JSON reading failure by field and expected type, in words for a client, not Java. */
public final class JsonProblems {

  /** Java type names Jackson puts in its messages (`java.lang.String`): a client writes JSON, not Java. */
  private static final Pattern JAVA_NAME = Pattern.compile("`?\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][\\w$]*(?:<[^>`]*>)?`?");

  /**
   * Jackson's advice to its programmers ("enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow",
   * "(not recognized as one since Feature 'ALLOW_COMMENTS' not enabled for parser)"): a client cannot
   * enable anything here, and the names are Jackson's.
   */
  private static final Pattern JACKSON_ADVICE = Pattern.compile(
      ":? enable `[^`]*` to allow|\\s*\\([^()]*\\bFeature\\b[^()]*\\)");

  private JsonProblems() {}

  public static ProblemException from(JsonProcessingException e) {
    if (e instanceof InvalidTextException text) {
      String field = jsonPath(text);
      return field(field.isEmpty() ? "body" : field, text.reason());
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      String field = jsonPath(unknown);
      Collection<Object> known = unknown.getKnownPropertyIds();
      String message = known == null || known.isEmpty() ? "unknown field"
          : "unknown field; known fields are " + known.stream().map(String::valueOf).sorted()
              .collect(Collectors.joining(", "));
      return field(field, message);
    }
    if (e instanceof MismatchedInputException mismatch) {
      String field = jsonPath(mismatch);
      if (field.isEmpty()) {
        return new ProblemException(400, "malformed-json", "Malformed JSON",
            "The request body must be " + describe(mismatch.getTargetType()) + ".");
      }
      return field(field, "expected " + describe(mismatch.getTargetType()));
    }
    if (e instanceof StreamConstraintsException limit) {
      // "Document nesting depth (1001) exceeds the maximum allowed (1000, from `StreamReadConstraints...`)".
      return new ProblemException(400, "malformed-json", "Malformed JSON", "The request body is beyond what this"
          + " service reads: " + firstLine(limit.getOriginalMessage()).replaceAll(", from `[^`]*`", "") + ".");
    }
    if (e instanceof JsonParseException parse) {
      String where = parse.getLocation() == null ? ""
          : " at line " + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr();
      return new ProblemException(400, "malformed-json", "Malformed JSON",
          "The request body is not valid JSON" + where + ": " + firstLine(parse.getOriginalMessage()));
    }
    return new ProblemException(400, "malformed-json", "Malformed JSON",
        "The request body could not be read as JSON: " + firstLine(e.getOriginalMessage()));
  }

  private static ProblemException field(String field, String message) {
    return new ProblemException(400, "validation", "Invalid request", field + ": " + message,
        List.of(new Problem.FieldError(field, message)));
  }

  /** The JSON path of the failing value, as a client wrote it: {@code items[2].publishedAt}. */
  static String jsonPath(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** Names a JSON type for a Java target type, without naming Java classes. */
  static String describe(Class<?> type) {
    if (type == null) {
      return "a different value";
    }
    if (CharSequence.class.isAssignableFrom(type) || type.isEnum()) {
      return "a string";
    }
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    return "an object";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable input";
    }
    int end = message.indexOf('\n');
    String line = end < 0 ? message : message.substring(0, end);
    return JAVA_NAME.matcher(JACKSON_ADVICE.matcher(line).replaceAll("")).replaceAll("a value");
  }
}
