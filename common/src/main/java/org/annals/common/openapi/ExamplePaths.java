package org.annals.common.openapi;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ids and paths the API document's examples use: one id per kind of thing throughout. */
public final class ExamplePaths {

  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

  private ExamplePaths() {}

  /** The path as a client would call it, each id filled in with its example. */
  public static String fill(String path) {
    Matcher parameter = PATH_PARAMETER.matcher(path);
    StringBuilder filled = new StringBuilder();
    while (parameter.find()) {
      parameter.appendReplacement(filled, id(thingNamed(path, parameter.group(1))));
    }
    return parameter.appendTail(filled).toString();
  }

  /**
   * What a path parameter names: "entity" for {@code entityId}, else the collection it follows
   * ("article" for {@code /articles/{id}}).
   */
  public static String thingNamed(String path, String parameter) {
    if (parameter.endsWith("Id") && parameter.length() > 2) {
      return parameter.substring(0, parameter.length() - 2);
    }
    String before = path.substring(0, path.indexOf("{" + parameter + "}")).replaceAll("/+$", "");
    String collection = before.substring(before.lastIndexOf('/') + 1);
    if (collection.endsWith("ies")) {
      return collection.substring(0, collection.length() - 3) + "y";
    }
    return collection.endsWith("s") ? collection.substring(0, collection.length() - 1) : collection;
  }

  /** The same id for the same kind of thing throughout the document. */
  public static String id(String thing) {
    return UUID.nameUUIDFromBytes(thing.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
