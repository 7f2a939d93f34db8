package org.annals.ingest.domain;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date as precise as the source gives it: a day, a month, or nothing. A date-time keeps
 * its instant too. Dates that cannot exist or lie in the future are refused, not guessed at.
 */
public record PublicationDate(LocalDate date, Instant instant, DateGranularity granularity, DateOrigin origin) {

  public static final PublicationDate NONE = new PublicationDate(null, null, DateGranularity.NONE, DateOrigin.NONE);

  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}.*");
  private static final int EARLIEST_YEAR = 1000;
  /** The earliest timezone is UTC+14: a paper there may already be dated tomorrow in UTC. */
  private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

  /**
   * Parses a date ({@code 2023-01-31}), a year-month ({@code 2023-01}) or a date-time with offset
   * ({@code 2023-01-31T08:30:00+01:00}).
   *
   * @throws InvalidDateException with a message that says what is accepted
   */
  public static PublicationDate parse(String value, DateOrigin origin, Clock clock) {
    String text = value.strip();
    Matcher day = DAY.matcher(text);
    if (day.matches()) {
      LocalDate date = ofDay(text, day);
      requireNotFuture(date, clock, text);
      return new PublicationDate(date, null, DateGranularity.DAY, origin);
    }
    Matcher month = MONTH.matcher(text);
    if (month.matches()) {
      int year = Integer.parseInt(month.group(1));
      int monthOfYear = Integer.parseInt(month.group(2));
      if (monthOfYear < 1 || monthOfYear > 12) {
        throw new InvalidDateException(text + " is not a valid month");
      }
      requireYear(year, text);
      YearMonth yearMonth = YearMonth.of(year, monthOfYear);
      if (yearMonth.isAfter(YearMonth.now(clock.withZone(EARLIEST_ZONE)))) {
        throw new InvalidDateException(text + " is in the future");
      }
      return new PublicationDate(yearMonth.atDay(1), null, DateGranularity.MONTH, origin);
    }
    if (DATE_TIME.matcher(text).matches()) {
      OffsetDateTime dateTime;
      try {
        dateTime = OffsetDateTime.parse(text.replace(' ', 'T'));
      } catch (DateTimeParseException e) {
        throw new InvalidDateException(text + " is not a valid date-time with offset, such as"
            + " 2023-01-31T08:30:00+01:00 or 2023-01-31T07:30:00Z");
      }
      requireYear(dateTime.getYear(), text);
      if (dateTime.toInstant().isAfter(clock.instant().plusSeconds(300))) {
        throw new InvalidDateException(text + " is in the future");
      }
      return new PublicationDate(dateTime.toLocalDate(), dateTime.toInstant(), DateGranularity.DAY, origin);
    }
    throw new InvalidDateException("'" + abbreviate(text) + "' is not a date; use a date (2023-01-31),"
        + " a year-month (2023-01) or a date-time with offset (2023-01-31T08:30:00+01:00)");
  }

  /** The date leniently read from an HTML page: a value that is not a date there is just ignored. */
  public static Optional<PublicationDate> parseLenient(String value, DateOrigin origin, Clock clock) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String text = value.strip();
    try {
      if (text.length() > 10 && DATE_TIME.matcher(text).matches()) {
        try {
          return Optional.of(parse(text, origin, clock));
        } catch (InvalidDateException e) {
          // A date-time without offset: its day is still the publication day.
          return Optional.of(parse(text.substring(0, 10), origin, clock));
        }
      }
      return Optional.of(parse(text.length() >= 10 ? text.substring(0, 10) : text, origin, clock));
    } catch (InvalidDateException e) {
      return Optional.empty();
    }
  }

  /** The value as a client reads it back: {@code 2023-01-31}, {@code 2023-01}, or null. */
  public String value() {
    return switch (granularity) {
      case DAY -> date.toString();
      case MONTH -> YearMonth.from(date).toString();
      case NONE -> null;
    };
  }

  private static LocalDate ofDay(String text, Matcher day) {
    int year = Integer.parseInt(day.group(1));
    requireYear(year, text);
    try {
      return LocalDate.of(year, Integer.parseInt(day.group(2)), Integer.parseInt(day.group(3)));
    } catch (DateTimeException e) {
      throw new InvalidDateException(text + " is not a date that exists");
    }
  }

  private static void requireNotFuture(LocalDate date, Clock clock, String text) {
    if (date.isAfter(LocalDate.now(clock.withZone(EARLIEST_ZONE)))) {
      throw new InvalidDateException(text + " is in the future");
    }
  }

  private static void requireYear(int year, String text) {
    if (year < EARLIEST_YEAR) {
      throw new InvalidDateException(text + " is before the year " + EARLIEST_YEAR);
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }

  /** A publication date that was given but cannot be used. */
  public static class InvalidDateException extends RuntimeException {
    public InvalidDateException(String message) {
      super(message);
    }
  }
}
