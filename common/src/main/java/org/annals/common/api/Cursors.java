package org.annals.common.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.annals.common.problem.ProblemException;

/**
 * Opaque page cursors: the sort key of the last item a page held, in parts. Every service issues and
 * reads them the same way and answers a cursor it did not issue with the same problem.
 */
public final class Cursors {

  private static final String SEPARATOR = "|";

  private Cursors() {}

  public static String encode(Object... parts) {
    StringBuilder joined = new StringBuilder();
    for (Object part : parts) {
      if (!joined.isEmpty()) {
        joined.append(SEPARATOR);
      }
      joined.append(part == null ? "" : part);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The {@code count} parts of a cursor; a cursor of another shape is a client error. */
  public static String[] decode(String cursor, int count) {
    try {
      String[] parts = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8)
          .split("\\|", -1);
      if (parts.length == count) {
        return parts;
      }
    } catch (IllegalArgumentException e) {
      // Answered below, as any other cursor of the wrong shape.
    }
    throw invalid();
  }

  /** The answer to a cursor whose parts decode but do not make sense. */
  public static ProblemException invalid() {
    return ProblemException.invalidField("cursor",
        "is not a cursor this service issued; pass the nextCursor of a previous page, or omit it");
  }
}
