package org.annals.timeline.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Corrections to SUTime's values for news, where most of what is reported has already happened:
 *
 * <ul>
 *   <li>a weekday, weekend, month or month-day without a year points back from the publication date
 *       when its clause speaks of the past, forward when of the future (SUTime often picks the next
 *       one regardless); a month or month-day is otherwise the one nearest the publication date, and
 *       "this weekend" the one just past unless the clause speaks of the future;
 *   <li>"today" is the publication date;
 *   <li>"two years ago", "last month", "a week earlier" have the granularity of their unit (TIMEX3:
 *       "a year ago" is a year, not a day);
 *   <li>in quarterly-results reporting "a year ago" / "the year-ago quarter" is the same quarter of the
 *       year before;
 *   <li>spelled-out years ("nineteen ninety-six") are read in full.
 * </ul>
 */
public final class NewsTimeRules {

  /** The sentence of an expression: its words, their tags, and where the expression starts. */
  public record Clause(List<String> words, List<String> tags, int at) {

    /**
     * The tense of the verb group nearest before the expression ("was scheduled" past, "will meet"
     * future), else after it; "since" right before it means the past.
     */
    Tense tense() {
      if (at > 0 && words.get(at - 1).equalsIgnoreCase("since")) {
        return Tense.PAST;
      }
      Tense before = scan(at - 1, -1);
      return before != Tense.UNKNOWN ? before : scan(at + 1, 1);
    }

    private Tense scan(int from, int step) {
      for (int i = from; i >= 0 && i < words.size(); i += step) {
        String word = words.get(i).toLowerCase(Locale.ROOT);
        String tag = tags.get(i);
        if (FUTURE_WORDS.contains(word) || (FUTURE_BEFORE_TO.contains(word) && i + 1 < words.size()
            && words.get(i + 1).equalsIgnoreCase("to"))) {
          return Tense.FUTURE;
        }
        if (tag.equals("VBD")) {
          return Tense.PAST;
        }
        if (tag.equals("VBN") && i > 0 && Set.of("has", "have", "had").contains(words.get(i - 1).toLowerCase())) {
          return Tense.PAST;
        }
        if (tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD")) {
          return Tense.UNKNOWN;
        }
      }
      return Tense.UNKNOWN;
    }
  }

  enum Tense {
    PAST, FUTURE, UNKNOWN
  }

  /** Two candidate years for a month or day closer to each other than this are told apart by tense. */
  private static final int NEAR_TIE_DAYS = 60;
  private static final Set<String> FUTURE_WORDS = Set.of("will", "'ll", "shall", "wo");
  private static final Set<String> FUTURE_BEFORE_TO = Set.of("going", "expected", "scheduled", "supposed", "due",
      "plans", "planned", "set", "slated", "intends", "aims");
  /** "last week", "this month", "next year": the period itself, at its own granularity. */
  private static final Pattern NAMED_PERIOD = Pattern.compile("(?:late |early )?(last|this|next|coming)"
      + " (week|month|year)");
  private static final Pattern LATEST_QUARTER = Pattern.compile("(the )?(latest|most recent|just-ended) quarter");
  private static final Pattern WEEKEND = Pattern.compile("\\d{4}-W\\d{2}-WE");
  private static final Pattern MONTH_VALUE = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(.*)");
  private static final Pattern WEEKDAY = Pattern.compile(
      "(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
  private static final Pattern EXPLICIT_DIRECTION = Pattern.compile("(?i)\\b(next|last|this|coming|past|previous|"
      + "following|ago|earlier|later|before|after)\\b");
  private static final Pattern MONTH_NAME = Pattern.compile("(?i)\\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|"
      + "june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\\b\\.?");
  private static final Pattern DAY_OF_MONTH = Pattern.compile("\\b(\\d{1,2})(st|nd|rd|th)?\\b");
  private static final Pattern UNIT = Pattern.compile("(?i)\\b(years?|months?|weeks?|decades?)\\b");
  private static final Pattern DAY_LEVEL = Pattern.compile("(?i)\\b(days?|today|yesterday|tomorrow|\\d{1,2})\\b");
  private static final Pattern YEAR_EARLIER = Pattern.compile(
      "(?i)\\b(a year (ago|earlier|before)|year-(ago|earlier))\\b");
  private static final Pattern ORDINAL_QUARTER = Pattern.compile(
      "(?i)\\b(first|second|third|fourth|1st|2nd|3rd|4th)[- ](fiscal[- ])?quarter\\b");
  private static final Map<String, Integer> QUARTERS = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4,
      "1st", 1, "2nd", 2, "3rd", 3, "4th", 4);
  private static final Pattern TWO_DIGIT_YEAR_WORDS = Pattern.compile(
      "(?i)^(in )?nineteen[- ](\\w+)(?:[- ](\\w+))?$");
  private static final Map<String, Integer> TENS = Map.of("ten", 10, "twenty", 20, "thirty", 30, "forty", 40,
      "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
  private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
      Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9));

  private NewsTimeRules() {}

  /**
   * The corrected value of one expression. {@code quarterlyReport} says the article reports results by
   * quarter, which makes "a year ago" the comparable quarter.
   */
  public static String correct(String text, String type, String value, LocalDate published, Clause clause,
      boolean quarterlyReport) {
    if (value == null || published == null) {
      return value;
    }
    String lower = text.toLowerCase(Locale.ROOT).strip();
    Optional<Integer> spelled = spelledYear(lower);
    if (spelled.isPresent()) {
      return String.valueOf(spelled.get());
    }
    if (LATEST_QUARTER.matcher(lower).matches()) {
      return reportedQuarter(published);
    }
    Matcher quarter = ORDINAL_QUARTER.matcher(lower);
    if (quarter.find() && !lower.matches(".*\\d{4}.*")) {
      int number = QUARTERS.get(quarter.group(1));
      int current = quarterNumber(published);
      int year = number <= current ? published.getYear() : published.getYear() - 1;
      if (YEAR_EARLIER.matcher(lower).find() || lower.contains("last year")) {
        year--;
      } else if (lower.contains("next year")) {
        year++;
      }
      return year + "-Q" + number;
    }
    if (!"DATE".equals(type)) {
      return value;
    }
    if (lower.equals("today")) {
      return published.toString();
    }
    if (quarterlyReport && YEAR_EARLIER.matcher(lower).find()) {
      return reportedQuarter(published.minusYears(1));
    }
    Matcher named = NAMED_PERIOD.matcher(lower);
    if (named.matches()) {
      int shift = switch (named.group(1)) {
        case "last" -> -1;
        case "next", "coming" -> 1;
        default -> 0;
      };
      String unit = named.group(2);
      LocalDate day = switch (unit) {
        case "week" -> published.plusWeeks(shift);
        case "month" -> published.plusMonths(shift);
        default -> published.plusYears(shift);
      };
      return truncate(day, unit);
    }
    Tense tense = clause.tense();
    if (WEEKEND.matcher(value).matches() && lower.contains("weekend") && !lower.matches(".*\\b(next|last|coming)\\b.*")
        && tense != Tense.FUTURE) {
      LocalDate saturday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
      return String.format("%d-W%02d-WE", saturday.get(IsoFields.WEEK_BASED_YEAR),
          saturday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
    Matcher date = DATE.matcher(value);
    if (date.matches()) {
      LocalDate day = LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
          Integer.parseInt(date.group(3)));
      String rest = date.group(4);
      Matcher weekday = WEEKDAY.matcher(lower);
      if (weekday.find() && !EXPLICIT_DIRECTION.matcher(lower).find() && !MONTH_NAME.matcher(lower).find()) {
        DayOfWeek wanted = DayOfWeek.valueOf(weekday.group(1).toUpperCase(Locale.ROOT));
        return switch (tense) {
          case PAST -> published.with(TemporalAdjusters.previousOrSame(wanted)) + rest;
          case FUTURE -> published.with(TemporalAdjusters.next(wanted)) + rest;
          case UNKNOWN -> value;
        };
      }
      Matcher dayOfMonth = DAY_OF_MONTH.matcher(lower);
      if (MONTH_NAME.matcher(lower).find() && dayOfMonth.find() && !lower.matches(".*\\d{4}.*")
          && !EXPLICIT_DIRECTION.matcher(lower).find()) {
        int dayNumber = Integer.parseInt(dayOfMonth.group(1));
        if (dayNumber >= 1 && dayNumber <= day.lengthOfMonth()) {
          return nearest(day.withDayOfMonth(dayNumber), published, tense, value) + rest;
        }
        return value;
      }
      Matcher unit = UNIT.matcher(lower);
      if (unit.find() && !DAY_LEVEL.matcher(lower).find() && !MONTH_NAME.matcher(lower).find() && rest.isEmpty()) {
        return truncate(day, unit.group(1).toLowerCase(Locale.ROOT));
      }
      return value;
    }
    Matcher month = MONTH_VALUE.matcher(value);
    if (month.matches() && MONTH_NAME.matcher(lower).find() && !lower.matches(".*\\d{4}.*")
        && !EXPLICIT_DIRECTION.matcher(lower).find()) {
      LocalDate middle = YearMonth.of(published.getYear(), Integer.parseInt(month.group(2))).atDay(15);
      String resolved = nearest(middle, published, tense, null);
      return resolved == null ? value : resolved.substring(0, 7);
    }
    return value;
  }

  /**
   * A date named without its year: in the publication year or the one before or after, whichever is
   * nearest the publication date; when two are about as near, the clause's tense decides, and failing
   * that SUTime's {@code fallback}.
   */
  private static String nearest(LocalDate named, LocalDate published, Tense tense, String fallback) {
    LocalDate best = null;
    LocalDate second = null;
    for (int shift = -1; shift <= 1; shift++) {
      LocalDate candidate = named.withYear(published.getYear() + shift);
      if (best == null || distance(candidate, published) < distance(best, published)) {
        second = best;
        best = candidate;
      } else if (second == null || distance(candidate, published) < distance(second, published)) {
        second = candidate;
      }
    }
    if (Math.abs(distance(best, published) - distance(second, published)) >= NEAR_TIE_DAYS) {
      return best.toString();
    }
    LocalDate earlier = best.isBefore(second) ? best : second;
    LocalDate later = best.isBefore(second) ? second : best;
    return switch (tense) {
      case PAST -> earlier.toString();
      case FUTURE -> later.toString();
      case UNKNOWN -> fallback;
    };
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

  private static long distance(LocalDate a, LocalDate b) {
    return Math.abs(a.toEpochDay() - b.toEpochDay());
  }

  private static String truncate(LocalDate day, String unit) {
    if (unit.startsWith("year")) {
      return String.valueOf(day.getYear());
    }
    if (unit.startsWith("decade")) {
      return String.valueOf(day.getYear() / 10);
    }
    if (unit.startsWith("month")) {
      return YearMonth.from(day).toString();
    }
    return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** "nineteen ninety-six" as 1996; empty for anything else. */
  static Optional<Integer> spelledYear(String text) {
    Matcher words = TWO_DIGIT_YEAR_WORDS.matcher(text);
    if (!words.matches()) {
      return Optional.empty();
    }
    Integer tens = TENS.get(words.group(2));
    if (tens == null) {
      return Optional.empty();
    }
    int units = 0;
    if (words.group(3) != null) {
      Integer unit = UNITS.get(words.group(3));
      if (unit == null) {
        return Optional.empty();
      }
      units = unit;
    }
    return Optional.of(1900 + tens + units);
  }
}
