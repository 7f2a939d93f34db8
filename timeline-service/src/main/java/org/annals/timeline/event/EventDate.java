package org.annals.timeline.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.timeline.time.Timex;

/**
 * When an event happened according to one time expression: its TIMEX3 value, the days it covers
 * (inclusive; null when only the form is known, as "XXXX-WXX-6" in an article not yet placed in time),
 * its granularity and how it was obtained.
 */
public record EventDate(String text, String value, LocalDate start, LocalDate end, String granularity, String origin) {

  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern UNPLACED_WEEKDAY = Pattern.compile("XXXX-WXX-([1-7])(T.*)?");

  public static final EventDate NONE = new EventDate(null, null, null, null, "NONE", "NONE");

  /** The date a time expression gives, if it names a point or stretch of time an event can sit in. */
  public static Optional<EventDate> of(Timex timex) {
    if (timex.value() == null || !("DATE".equals(timex.type()) || "TIME".equals(timex.type()))) {
      return Optional.empty();
    }
    String origin = timex.anchoring().name();
    return interval(timex.value()).map(i -> new EventDate(timex.text(), timex.value(), i.start, i.end, i.granularity,
        origin)).or(() -> UNPLACED_WEEKDAY.matcher(timex.value()).matches()
            ? Optional.of(new EventDate(timex.text(), timex.value(), null, null, "DAY", origin))
            : Optional.empty());
  }

  public boolean known() {
    return start != null;
  }

  /** The weekday an unplaced expression names ("XXXX-WXX-6": Saturday), if it names one. */
  public Optional<DayOfWeek> weekday() {
    if (value == null) {
      return Optional.empty();
    }
    Matcher m = UNPLACED_WEEKDAY.matcher(value);
    return m.matches() ? Optional.of(DayOfWeek.of(Integer.parseInt(m.group(1)))) : Optional.empty();
  }

  /**
   * Whether two readings can be of one event: overlapping days, or a weekday that falls within the
   * other's days. Unknown on either side does not contradict.
   */
  public boolean compatible(EventDate other) {
    if (known() && other.known()) {
      return !start.isAfter(other.end) && !other.start.isAfter(end);
    }
    if (known() && other.weekday().isPresent()) {
      return containsWeekday(other.weekday().get());
    }
    if (other.known() && weekday().isPresent()) {
      return other.containsWeekday(weekday().get());
    }
    return weekday().isEmpty() || other.weekday().isEmpty() || weekday().equals(other.weekday());
  }

  private boolean containsWeekday(DayOfWeek day) {
    LocalDate first = start.with(TemporalAdjusters.nextOrSame(day));
    return !first.isAfter(end);
  }

  /** Whether a is more precise than b: a known date before an unknown one, then fewer days. */
  public boolean moreSpecificThan(EventDate other) {
    if (known() != other.known()) {
      return known();
    }
    if (!known()) {
      return value != null && other.value == null;
    }
    return end.toEpochDay() - start.toEpochDay() < other.end.toEpochDay() - other.start.toEpochDay();
  }

  private record Interval(LocalDate start, LocalDate end, String granularity) {}

  private static Optional<Interval> interval(String value) {
    try {
      Matcher m = DAY.matcher(value);
      if (m.matches()) {
        LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
        // "Overnight" in a morning report is the night before its day: late on the eve counts too.
        return Optional.of(new Interval("TNI".equals(m.group(4)) ? day.minusDays(1) : day, day, "DAY"));
      }
      m = WEEK.matcher(value);
      if (m.matches()) {
        LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return Optional.of(m.group(3) != null
            ? new Interval(monday.plusDays(5), monday.plusDays(6), "WEEKEND")
            : new Interval(monday, monday.plusDays(6), "WEEK"));
      }
      m = QUARTER.matcher(value);
      if (m.matches()) {
        YearMonth first = YearMonth.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1);
        return Optional.of(new Interval(first.atDay(1), first.plusMonths(2).atEndOfMonth(), "QUARTER"));
      }
      m = MONTH.matcher(value);
      if (m.matches()) {
        YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        return Optional.of(new Interval(month.atDay(1), month.atEndOfMonth(), "MONTH"));
      }
      if (YEAR.matcher(value).matches()) {
        int year = Integer.parseInt(value);
        return Optional.of(new Interval(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "YEAR"));
      }
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
