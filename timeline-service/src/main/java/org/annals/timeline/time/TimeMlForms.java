package org.annals.timeline.time;

import java.util.regex.Pattern;

/**
 * SUTime's values in the forms TIMEX3 (as TimeBank annotates it) writes them: a decade is its first
 * three digits ("198" for the 1980s, not "198X"), a century its first two ("19" for the 20th
 * century), and a clock time carries no time-zone offset (the zone is not part of the value).
 */
final class TimeMlForms {

  private static final Pattern DECADE_NAMED = Pattern.compile("(?i)\\d0'?s\\b|\\bdecade\\b|\\b(twen|thir|for|fif|six"
      + "|seven|eigh|nine)ties\\b");
  private static final Pattern CENTURY_NAMED = Pattern.compile("(?i)\\bcentury\\b");
  private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
  private static final Pattern CENTURY = Pattern.compile("(\\d{2})XX");
  private static final Pattern ZONE = Pattern.compile("(T\\d{2}(?::\\d{2}){0,2})(?:Z|[+-]\\d{2}:?\\d{2})$");

  private TimeMlForms() {}

  static String of(String text, String value) {
    if (DECADE_NAMED.matcher(text).find() && DECADE.matcher(value).matches()) {
      return value.substring(0, 3);
    }
    if (CENTURY_NAMED.matcher(text).find() && CENTURY.matcher(value).matches()) {
      return value.substring(0, 2);
    }
    return ZONE.matcher(value).replaceFirst("$1");
  }
}
