package org.annals.ingest.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The optional date header of a plain-text article, {@code date 2023-01-31} or {@code date 2023-01},
 * possibly indented, on a line of its own or followed on the same line by the text (as feeds that
 * flatten the date into the body deliver it). Only a date-shaped value makes a header, so a text that
 * starts "date palms..." is left alone.
 */
public final class HeaderLine {

  private static final Pattern DATE_LINE = Pattern.compile(
      "^[ \\t\\uFEFF]*date[ \\t]+(\\d{4}-\\d{1,2}(?:-\\d{1,2})?)(?=\\s|$)[ \\t]*(\\r?\\n)?",
      Pattern.CASE_INSENSITIVE);

  private HeaderLine() {}

  /** The header's date value and the text after it, or empty when the text has no header line. */
  public record Split(String dateValue, String body) {}

  public static Optional<Split> split(String raw) {
    Matcher header = DATE_LINE.matcher(raw);
    if (!header.find()) {
      return Optional.empty();
    }
    return Optional.of(new Split(header.group(1), raw.substring(header.end())));
  }
}
