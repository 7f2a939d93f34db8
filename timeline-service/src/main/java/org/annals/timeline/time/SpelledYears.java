package org.annals.timeline.time;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years read out in full, as broadcast transcripts write them ("nineteen ninety-six", "January
 * eighteen twelve"), which SUTime reads only as far as the tens ("nineteen ninety" for 1990).
 */
final class SpelledYears {

  private static final Pattern YEAR_WORDS = Pattern.compile("(?i)\\b(eighteen|nineteen)[- ](ten|twenty|thirty|forty|"
      + "fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine)\\b)?");
  /** The units a year read out can go on with after SUTime's expression ends. */
  private static final Pattern UNIT_TAIL = Pattern.compile("(?i)[- ](one|two|three|four|five|six|seven|eight|nine)\\b");
  private static final Pattern TENS_AT_END = Pattern.compile("(?i)\\b(eighteen|nineteen)[- ](ten|twenty|thirty|forty|"
      + "fifty|sixty|seventy|eighty|ninety)$");
  private static final Map<String, Integer> CENTURIES = Map.of("eighteen", 1800, "nineteen", 1900);
  private static final Map<String, Integer> TENS = Map.of("ten", 10, "twenty", 20, "thirty", 30, "forty", 40,
      "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
  private static final Map<String, Integer> UNITS = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5,
      "six", 6, "seven", 7, "eight", 8, "nine", 9);

  private SpelledYears() {}

  /** The year read out in {@code text} ("in nineteen ninety-six": 1996); empty when there is none. */
  static Optional<Integer> in(String text) {
    Matcher words = YEAR_WORDS.matcher(text);
    if (!words.find()) {
      return Optional.empty();
    }
    int units = words.group(3) == null ? 0 : UNITS.get(words.group(3).toLowerCase());
    return Optional.of(CENTURIES.get(words.group(1).toLowerCase()) + TENS.get(words.group(2).toLowerCase()) + units);
  }

  /** Where an expression that ends on the tens of a year read out really ends: after its units. */
  static int end(String text, int start, int end) {
    if (!TENS_AT_END.matcher(text).region(start, end).find()) {
      return end;
    }
    Matcher tail = UNIT_TAIL.matcher(text).region(end, text.length());
    return tail.lookingAt() ? tail.end() : end;
  }

  /** {@code value} with its year replaced by the one read out in {@code text}. */
  static String correct(String text, String value) {
    return in(text).map(year -> value.matches("\\d{4}.*") ? year + value.substring(4) : String.valueOf(year))
        .orElse(value);
  }
}
