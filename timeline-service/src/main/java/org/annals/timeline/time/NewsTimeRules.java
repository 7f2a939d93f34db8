package org.annals.timeline.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Corrections to SUTime's values for news, where most of what is reported has already happened:
 *
 * <ul>
 *   <li>a weekday or weekend without a year is the one just past unless its clause speaks of the future
 *       (SUTime often picks the next one); a month or month-day is the one nearest the publication
 *       date unless that is more than a month away against the clause's tense ("stepped down in
 *       March", written in November, is the March before), and a deadline ("until", "payable") is not
 *       dated by the tense of the report; "last April" is the most recent April;
 *   <li>"today" is the publication date;
 *   <li>"two years ago", "last month", "a week earlier" have the granularity of their unit (TIMEX3:
 *       "a year ago" is a year, not a day); "year-end" is the year;
 *   <li>"coming months", "these days", "past years" are the future, present and past, not lengths;
 *   <li>periods of results reports follow {@link QuarterlyReports}; years read out ("nineteen
 *       ninety-six") are read in full, and values take TimeBank's forms (see {@link SpelledYears},
 *       {@link TimeMlForms}).
 * </ul>
 */
public final class NewsTimeRules {

  /** The sentence of an expression: its words, their tags, and where the expression starts. */
  public record Clause(List<String> words, List<String> tags, int at) {

    /**
     * The tense of the verb group nearest before the expression ("was scheduled" past, "will meet"
     * future), else after it; "since" right before it means the past. A present or modal verb before
     * it settles that the clause does not speak of the past ("should reopen by March, he said").
     */
    Tense tense() {
      if (at > 0 && words.get(at - 1).equalsIgnoreCase("since")) {
        return Tense.PAST;
      }
      return scan(at - 1, -1).or(() -> scan(at + 1, 1)).orElse(Tense.UNKNOWN);
    }

    /** The tense of the first verb group from {@code from} in direction {@code step}; empty if none. */
    private Optional<Tense> scan(int from, int step) {
      for (int i = from; i >= 0 && i < words.size(); i += step) {
        String word = words.get(i).toLowerCase(Locale.ROOT);
        String tag = tags.get(i);
        if (FUTURE_BEFORE_TO.contains(word) && i + 1 < words.size() && words.get(i + 1).equalsIgnoreCase("to")) {
          // "had been due to expire": a plan of the past.
          return Optional.of(before(i, "had") || before(i, "had", "been") ? Tense.PAST : Tense.FUTURE);
        }
        if (step < 0 && tag.equals("VB") && before(i, "to") && (i < 2
            || !FUTURE_BEFORE_TO.contains(words.get(i - 2).toLowerCase(Locale.ROOT)))) {
          // "agreed to buy it in February": the purchase may come after the agreement; the past verb
          // does not date it.
          return Optional.of(Tense.UNKNOWN);
        }
        if (FUTURE_WORDS.contains(word)) {
          return Optional.of(Tense.FUTURE);
        }
        if (tag.equals("VBD")) {
          return Optional.of(Tense.PAST);
        }
        if (tag.equals("VBN") && i > 0 && PERFECT.contains(words.get(i - 1).toLowerCase(Locale.ROOT))) {
          return Optional.of(Tense.PAST);
        }
        if (tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD")) {
          return Optional.of(Tense.UNKNOWN);
        }
      }
      return Optional.empty();
    }

    /** Whether {@code expected} are the words right before position {@code i}. */
    private boolean before(int i, String... expected) {
      if (i < expected.length) {
        return false;
      }
      for (int k = 0; k < expected.length; k++) {
        if (!words.get(i - expected.length + k).equalsIgnoreCase(expected[k])) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether the expression is a deadline or a date something takes effect ("until", "by", "payable",
     * "effective", "of record"): it points forward whatever the tense of the report.
     */
    boolean forward() {
      return at > 0 && FORWARD.contains(words.get(at - 1).toLowerCase(Locale.ROOT));
    }
  }

  enum Tense {
    PAST, FUTURE, UNKNOWN
  }

  /** Two candidate years for a month or day closer to each other than this are told apart by tense. */
  private static final int NEAR_TIE_DAYS = 60;
  private static final Set<String> FUTURE_WORDS = Set.of("will", "'ll", "shall", "wo");
  private static final Set<String> FUTURE_BEFORE_TO = Set.of("going", "expected", "scheduled", "supposed", "due",
      "plans", "planned", "set", "slated", "intends", "aims", "is", "are");
  private static final Set<String> PERFECT = Set.of("has", "have", "had");
  private static final Set<String> FORWARD = Set.of("until", "till", "by", "payable", "effective", "record",
      "expires", "expire");
  /** A clause's tense overrides the nearest reading of a month or day only when that is further away than this. */
  private static final int TENSE_OVERRIDE_DAYS = 31;
  /** "last week", "this month", "next year": the period itself, at its own granularity. */
  private static final Pattern NAMED_PERIOD = Pattern.compile("(?:late |early )?(last|this|next|coming)"
      + " (week|month|year)");
  private static final Pattern WEEKEND = Pattern.compile("\\d{4}-W\\d{2}-WE");
  private static final Pattern MONTH_VALUE = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(.*)");
  private static final Pattern WEEKDAY = Pattern.compile(
      "(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
  private static final Pattern EXPLICIT_DIRECTION = Pattern.compile("(?i)\\b(next|last|this|coming|past|previous|"
      + "following|ago|earlier|later|before|after)\\b");
  private static final Pattern MONTH_NAME = Pattern.compile("(?i)\\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|"
      + "june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\\b\\.?");
  /** "last April": the most recent April before the publication month, not April of last year. */
  private static final Pattern LAST_MONTH = Pattern.compile("(?:(?:this )?past|last) (jan|feb|mar|apr|may|jun|jul|"
      + "aug|sep|oct|nov|dec)[a-z]*\\.?");
  /** The day next to a month's name: "Nov. 9", "9th of November", "9 November". */
  private static final Pattern DAY_OF_MONTH = Pattern.compile("(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
      + "nov|dec)[a-z]*\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b|\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|"
      + "may|jun|jul|aug|sep|oct|nov|dec)");
  private static final Pattern UNIT = Pattern.compile("(?i)\\b(years?|months?|weeks?|decades?)\\b");
  private static final Pattern DAY_LEVEL = Pattern.compile("(?i)\\b(days?|today|yesterday|tomorrow|\\d{1,2})\\b");
  /** "coming months", "these days", "past years": the future, the present, the past, not lengths. */
  private static final Pattern VAGUE_PERIOD = Pattern.compile("(?:the )?coming (?:days|weeks|months|quarters|years)"
      + "|these days|past (?:days|weeks|months|quarters|years|decades)");
  /** "by year end", "year's end", "year-end": the end of the year, which TimeBank gives as the year. */
  private static final Pattern YEAR_END = Pattern.compile("(?i)\\byear('s |-| )end\\b");
  /** A point of the calendar (a year, decade, quarter, half, season or month), never a length or a set. */
  private static final Pattern CALENDAR_POINT = Pattern.compile("\\d{2,4}(-(Q\\d|H\\d|SP|SU|FA|WI|\\d{2}))?");

  private NewsTimeRules() {}

  /**
   * The corrected value of one expression. {@code quarterlyReport} says the article reports results by
   * quarter, which makes "a year ago" the comparable quarter.
   */
  public static String correct(String text, String type, String sutimeValue, LocalDate published, Clause clause,
      boolean quarterlyReport) {
    if (sutimeValue == null || published == null) {
      return sutimeValue;
    }
    String lower = text.toLowerCase(Locale.ROOT).strip();
    if (SpelledYears.in(lower).isPresent()) {
      return SpelledYears.correct(lower, sutimeValue);
    }
    String value = TimeMlForms.of(lower, sutimeValue);
    if (VAGUE_PERIOD.matcher(lower).matches()) {
      return lower.startsWith("these") ? "PRESENT_REF" : lower.startsWith("past") ? "PAST_REF" : "FUTURE_REF";
    }
    Optional<String> reported = QuarterlyReports.value(lower, value, published, clause, quarterlyReport);
    if (reported.isPresent()) {
      return reported.get();
    }
    if (YEAR_END.matcher(lower).find()) {
      boolean past = !clause.forward() && clause.tense() == Tense.PAST;
      return String.valueOf(published.getYear() - (past ? 1 : 0));
    }
    if (!"DATE".equals(type) && !"TIME".equals(type)) {
      return value;
    }
    if (lower.equals("today")) {
      return published.toString();
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
    if (WEEKEND.matcher(value).matches() && lower.contains("weekend") && !lower.matches(".*\\b(next|last|coming)\\b.*")
        && clause.tense() != Tense.FUTURE) {
      LocalDate saturday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
      return week(saturday) + "-WE";
    }
    Matcher date = DATE.matcher(value);
    if (date.matches()) {
      return dayValue(lower, value, date, published, clause);
    }
    Matcher month = MONTH_VALUE.matcher(value);
    if (month.matches() && MONTH_NAME.matcher(lower).find() && !lower.matches(".*\\d{4}.*")) {
      return monthValue(lower, value, Integer.parseInt(month.group(2)), published, clause);
    }
    return value;
  }

  /** A day SUTime resolved ({@code date}: its parts and any time of day after them). */
  private static String dayValue(String lower, String value, Matcher date, LocalDate published, Clause clause) {
    LocalDate day = LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
        Integer.parseInt(date.group(3)));
    String rest = date.group(4);
    boolean direction = EXPLICIT_DIRECTION.matcher(lower).find();
    boolean monthNamed = MONTH_NAME.matcher(lower).find();
    Matcher weekday = WEEKDAY.matcher(lower);
    if (weekday.find() && !direction && !monthNamed) {
      DayOfWeek wanted = DayOfWeek.valueOf(weekday.group(1).toUpperCase(Locale.ROOT));
      return switch (clause.tense()) {
        case PAST, UNKNOWN -> published.with(TemporalAdjusters.previousOrSame(wanted)) + rest;
        case FUTURE -> published.with(TemporalAdjusters.next(wanted)) + rest;
      };
    }
    Matcher dayOfMonth = DAY_OF_MONTH.matcher(lower);
    if (dayOfMonth.find() && !lower.matches(".*\\d{4}.*") && !direction) {
      int dayNumber = Integer.parseInt(dayOfMonth.group(dayOfMonth.group(1) != null ? 1 : 2));
      if (dayNumber < 1 || dayNumber > day.lengthOfMonth()) {
        return value;
      }
      LocalDate named = MonthDay.of(day.getMonth(), dayNumber).atYear(published.getYear());
      return nearest(named, named, published, clause, value) + rest;
    }
    Matcher unit = UNIT.matcher(lower);
    if (unit.find() && !DAY_LEVEL.matcher(lower).find() && !monthNamed && rest.isEmpty()) {
      return truncate(day, unit.group(1).toLowerCase(Locale.ROOT));
    }
    return value;
  }

  /**
   * A month named without its year; "last April" is the most recent April before this month, except
   * for the month just past, which would be "last month".
   */
  private static String monthValue(String lower, String value, int monthNumber, LocalDate published,
      Clause clause) {
    YearMonth named = YearMonth.of(published.getYear(), monthNumber);
    if (LAST_MONTH.matcher(lower).matches()) {
      return (named.isBefore(YearMonth.from(published).minusMonths(1)) ? named : named.minusYears(1)).toString();
    }
    if (EXPLICIT_DIRECTION.matcher(lower).find()) {
      return value;
    }
    String resolved = nearest(named.atDay(1), named.atEndOfMonth(), published, clause, null);
    return resolved == null ? value : resolved.substring(0, 7);
  }

  /**
   * The TIMEX3 type of a corrected value: a point of the calendar or a vague reference to the past,
   * present or future is a DATE whatever SUTime took it for ("the 1980s" as a set, "the latest quarter",
   * "year-end" or "coming months" as a length).
   */
  public static String type(String sutimeType, String value) {
    return value != null && (CALENDAR_POINT.matcher(value).matches() || value.endsWith("_REF")) ? "DATE" : sutimeType;
  }

  /**
   * A day or month named without its year ({@code first} to {@code last} in some year): in the
   * publication year or the one before or after: the nearest one, unless that is more than a month
   * away in the direction the clause's tense contradicts ("stepped down in March" in November is the
   * March before); when two are about as near, the tense decides, failing that SUTime's
   * {@code fallback}. A deadline ("until", "payable") is not dated by the tense of the report. The
   * answer is the first day of the one chosen.
   */
  private static String nearest(LocalDate first, LocalDate last, LocalDate published, Clause clause, String fallback) {
    long length = last.toEpochDay() - first.toEpochDay();
    List<LocalDate> starts = List.of(first.minusYears(1), first, first.plusYears(1));
    LocalDate latestBegun = starts.stream().filter(c -> !c.isAfter(published)).reduce((a, b) -> b).orElseThrow();
    LocalDate nextNotOver = starts.stream().filter(c -> !c.plusDays(length).isBefore(published)).findFirst()
        .orElseThrow();
    List<LocalDate> byDistance = starts.stream()
        .sorted(Comparator.comparingLong(c -> distance(c.plusDays(length / 2), published))).toList();
    LocalDate nearest = byDistance.get(0);
    Tense tense = clause.forward() ? Tense.UNKNOWN : clause.tense();
    boolean tie = distance(byDistance.get(1).plusDays(length / 2), published)
        - distance(nearest.plusDays(length / 2), published) < NEAR_TIE_DAYS;
    if (tense == Tense.PAST && (tie || nearest.isAfter(published.plusDays(TENSE_OVERRIDE_DAYS)))) {
      return latestBegun.toString();
    }
    if (tense == Tense.FUTURE && (tie || nearest.plusDays(length).isBefore(published.minusDays(TENSE_OVERRIDE_DAYS)))) {
      return nextNotOver.toString();
    }
    return tie ? fallback : nearest.toString();
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
    return week(day);
  }

  /** The ISO week a day falls in, as TIMEX3 writes it: 2023-W05. */
  static String week(LocalDate day) {
    return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
