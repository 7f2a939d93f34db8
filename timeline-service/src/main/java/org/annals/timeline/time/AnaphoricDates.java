package org.annals.timeline.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The following year", "the previous Friday", "the next day": dates that count from the last date the
 * text mentioned, not from the publication date ("On May 22, 1995 he was promoted, and the following
 * year he was posted abroad": 1996).
 */
final class AnaphoricDates {

  private static final Pattern ANAPHORIC = Pattern.compile("(?i)the (following|next|previous|preceding|prior) "
      + "(day|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)");
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2}).*");
  private static final Pattern YEAR = Pattern.compile("(\\d{4}).*");

  private AnaphoricDates() {}

  /**
   * The value of {@code surface} counted from the last of the {@code earlier} expressions precise enough
   * to count from; empty when it is not such an expression or the text names no such date before it.
   * The answer keeps that date's anchoring.
   */
  static Optional<Timex> resolve(Timex expression, List<Timex> earlier) {
    Matcher anaphoric = ANAPHORIC.matcher(expression.text().strip());
    if (!anaphoric.matches()) {
      return Optional.empty();
    }
    int direction = anaphoric.group(1).equalsIgnoreCase("following") || anaphoric.group(1).equalsIgnoreCase("next")
        ? 1 : -1;
    String unit = anaphoric.group(2).toLowerCase(Locale.ROOT);
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Timex reference = earlier.get(i);
      if (reference.value() == null || !"DATE".equals(reference.type()) && !"TIME".equals(reference.type())) {
        continue;
      }
      Optional<String> value = count(reference.value(), unit, direction);
      if (value.isPresent()) {
        return Optional.of(new Timex(expression.start(), expression.end(), expression.text(), "DATE", value.get(),
            reference.anchoring()));
      }
    }
    return Optional.empty();
  }

  /** One {@code unit} after or before the date {@code value}, if that date is precise enough. */
  private static Optional<String> count(String value, String unit, int direction) {
    Matcher day = DAY.matcher(value);
    if (day.matches()) {
      LocalDate date = LocalDate.of(Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)),
          Integer.parseInt(day.group(3)));
      return Optional.of(switch (unit) {
        case "day" -> date.plusDays(direction).toString();
        case "week" -> NewsTimeRules.week(date.plusWeeks(direction));
        case "month" -> YearMonth.from(date).plusMonths(direction).toString();
        case "year" -> String.valueOf(date.getYear() + direction);
        default -> {
          DayOfWeek weekday = DayOfWeek.valueOf(unit.toUpperCase(Locale.ROOT));
          yield date.with(direction > 0 ? TemporalAdjusters.next(weekday) : TemporalAdjusters.previous(weekday))
              .toString();
        }
      });
    }
    Matcher month = MONTH.matcher(value);
    if (month.matches() && (unit.equals("month") || unit.equals("year"))) {
      YearMonth named = YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
      return Optional.of(unit.equals("month") ? named.plusMonths(direction).toString()
          : String.valueOf(named.getYear() + direction));
    }
    Matcher year = YEAR.matcher(value);
    if (year.matches() && unit.equals("year")) {
      return Optional.of(String.valueOf(Integer.parseInt(year.group(1)) + direction));
    }
    return Optional.empty();
  }
}
