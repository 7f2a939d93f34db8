package org.annals.timeline.time;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A length of time named by a number and a unit ("three days", "a few weeks") as a TIMEX3 duration. */
final class Durations {

  private static final Pattern LENGTH = Pattern.compile("(?i)(an?|one|two|three|four|five|six|seven|eight|nine|ten|"
      + "eleven|twelve|\\d{1,3}|a few|few|several|some)[- ](?:trading |business )?(second|minute|hour|day|week|month|"
      + "quarter|year)s?");
  private static final Map<String, String> NUMBERS = Map.ofEntries(Map.entry("a", "1"), Map.entry("an", "1"),
      Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"),
      Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"),
      Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"));
  private static final Map<String, String> UNITS = Map.of("second", "TS", "minute", "TM", "hour", "TH", "day", "D",
      "week", "W", "month", "M", "quarter", "Q", "year", "Y");

  private Durations() {}

  /** The TIMEX3 value of {@code text} if it is just a number and a unit: "P3D", "PXW", "PT2H". */
  static Optional<String> of(String text) {
    Matcher length = LENGTH.matcher(text.strip());
    if (!length.matches()) {
      return Optional.empty();
    }
    String number = length.group(1).toLowerCase(Locale.ROOT);
    String amount = number.matches("\\d+") ? number : NUMBERS.getOrDefault(number, "X");
    String unit = UNITS.get(length.group(2).toLowerCase(Locale.ROOT));
    return Optional.of(unit.startsWith("T") ? "PT" + amount + unit.substring(1) : "P" + amount + unit);
  }
}
