package org.annals.timeline.time;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How results reports name their periods: "the latest quarter" is the quarter reported on (the last
 * one ended before publication); "fourth-quarter" the last fourth quarter; "a year earlier", "the
 * year-ago quarter", "last year's quarter" the same quarter a year before, but the year before when
 * the sentence compares a longer period ("for the nine months ... a year earlier"); "the past two
 * quarters" a length in quarters.
 */
final class QuarterlyReports {

  private static final Pattern LATEST_QUARTER = Pattern.compile("(the )?(latest|most recent|just-ended) quarter");
  private static final Pattern ORDINAL_QUARTER = Pattern.compile(
      "(?i)\\b(first|second|third|fourth|1st|2nd|3rd|4th)[- ](fiscal[- ])?quarter\\b");
  private static final Map<String, Integer> QUARTERS = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4,
      "1st", 1, "2nd", 2, "3rd", 3, "4th", 4);
  /** "the 1988 quarter": that year's quarter reported on. */
  private static final Pattern YEARS_QUARTER = Pattern.compile("the (\\d{4}) quarter");
  /** "last year's quarter", "the corresponding period last year": the same quarter a year before. */
  private static final Pattern LAST_YEARS_QUARTER = Pattern.compile("last year's (\\w+ )?(quarter|period)"
      + "|(corresponding|comparable|same|year-ago) (quarter|period),? (a year ago|last year)");
  private static final Pattern YEAR_EARLIER = Pattern.compile(
      "(?i)\\b(a year (ago|earlier|before)|year-(ago|earlier))\\b");
  private static final Pattern YEAR_EARLIER_MODIFIER = Pattern.compile("(?i)\\byear-(ago|earlier)\\b");
  /** Periods longer than a quarter that a sentence can compare with the year before. */
  private static final Pattern LONGER_PERIOD = Pattern.compile("(?i)\\b(nine|six|twelve|12) months\\b|\\b(first|"
      + "second) half\\b|\\byear to date\\b|\\b(full|fiscal) year\\b");
  private static final Pattern MONTHS = Pattern.compile("P(\\d+)M");

  private QuarterlyReports() {}

  /**
   * The value of {@code lower} (an expression in lower case, SUTime's {@code value}) if it names a
   * period as results reports do; {@code quarterlyReport} says the article reports results by quarter.
   */
  static Optional<String> value(String lower, String value, LocalDate published, NewsTimeRules.Clause clause,
      boolean quarterlyReport) {
    if (LATEST_QUARTER.matcher(lower).matches()) {
      return Optional.of(reportedQuarter(published));
    }
    Matcher quarter = ORDINAL_QUARTER.matcher(lower);
    if (quarter.find() && !lower.matches(".*\\d{4}.*")) {
      int number = QUARTERS.get(quarter.group(1));
      int year = number <= quarterNumber(published) ? published.getYear() : published.getYear() - 1;
      if (YEAR_EARLIER.matcher(lower).find() || lower.contains("last year")) {
        year--;
      } else if (lower.contains("next year")) {
        year++;
      }
      return Optional.of(year + "-Q" + number);
    }
    Matcher yearsQuarter = YEARS_QUARTER.matcher(lower);
    if (quarterlyReport && yearsQuarter.matches()) {
      return Optional.of(yearsQuarter.group(1) + reportedQuarter(published).substring(4));
    }
    if (quarterlyReport && LAST_YEARS_QUARTER.matcher(lower).find()) {
      return Optional.of(reportedQuarter(published.minusYears(1)));
    }
    Matcher months = MONTHS.matcher(value);
    if (lower.contains("quarters") && months.matches() && Integer.parseInt(months.group(1)) % 3 == 0) {
      return Optional.of("P" + Integer.parseInt(months.group(1)) / 3 + "Q");
    }
    if (YEAR_EARLIER.matcher(lower).find()) {
      if (quarterlyReport) {
        boolean longerPeriod = LONGER_PERIOD.matcher(String.join(" ", clause.words().subList(0, clause.at()))).find();
        return Optional.of(longerPeriod ? String.valueOf(published.getYear() - 1)
            : reportedQuarter(published.minusYears(1)));
      }
      if (YEAR_EARLIER_MODIFIER.matcher(lower).find()) {
        // "year-earlier results", which SUTime reads as a year's length or this year.
        return Optional.of(String.valueOf(published.getYear() - 1));
      }
    }
    return Optional.empty();
  }

  /** The quarter a day falls in, as TIMEX3 writes it: 2023-Q1. */
  static String quarter(LocalDate day) {
    return day.getYear() + "-Q" + quarterNumber(day);
  }

  /** The quarter a results report published that day is about: the last one that ended before it. */
  static String reportedQuarter(LocalDate published) {
    return quarter(published.minusMonths(3));
  }

  private static int quarterNumber(LocalDate day) {
    return (day.getMonthValue() - 1) / 3 + 1;
  }
}
