package org.annals.common.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.annals.common.problem.ProblemException;
import org.annals.common.text.InputText;

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

  /**
   * The {@code count} parts of a cursor; a cursor of another shape is a client error. Only the first
   * part may hold the separator itself (a name): the others are ids, numbers and days.
   */
  public static String[] decode(String cursor, int count) {
    String joined;
    try {
      joined = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
    // A forged cursor can carry what a parameter may not (a NUL reaches PostgreSQL, which refuses it).
    if (InputText.fault(joined).isPresent()) {
      throw invalid();
    }
    String[] parts = new String[count];
    int end = joined.length();
    for (int i = count - 1; i > 0; i--) {
      int at = joined.lastIndexOf(SEPARATOR, end - 1);
      if (at < 0) {
        throw invalid();
      }
      parts[i] = joined.substring(at + 1, end);
      end = at;
    }
    parts[0] = joined.substring(0, end);
    return parts;
  }

  /** The answer to a cursor whose parts decode but do not make sense. */
  public static ProblemException invalid() {
    return ProblemException.invalidField("cursor",
        "is not a cursor this service issued; pass the nextCursor of a previous page, or omit it");
  }
}
