package org.annals.common.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.annals.common.problem.ProblemException;

/** Reading path and query parameters the same way in every service, with the same error answers. */
public final class Params {

  public static final int MIN_YEAR = 1;
  public static final int MAX_YEAR = 9999;

  private Params() {}

  /** A page size from 1 to {@code max}. */
  public static int pageSize(String limit, int max) {
    try {
      int size = Integer.parseInt(limit.strip());
      if (size >= 1 && size <= max) {
        return size;
      }
    } catch (NumberFormatException e) {
      // Answered below.
    }
    throw ProblemException.invalidField("limit", "must be a whole number from 1 to " + max);
  }

  /** An id that is not a UUID names nothing: the same answer as an unknown one. */
  public static UUID id(String id, String what) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound(what, id);
    }
  }

  public static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /** An optional ISO day ("2023-01-28") of the years 1 to 9999. */
  public static LocalDate date(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return inRange(LocalDate.parse(value.strip()), field);
    } catch (DateTimeParseException e) {
      throw ProblemException.invalidField(field, "must be a day as YYYY-MM-DD, for example 2023-01-28");
    }
  }

  /**
   * A day a client gave (in a parameter or a cursor) within the years 1 to 9999: ISO parsing takes
   * "+999999999-12-31", which no database column holds and no news is about.
   */
  public static LocalDate inRange(LocalDate day, String field) {
    if (day != null && (day.getYear() < MIN_YEAR || day.getYear() > MAX_YEAR)) {
      throw ProblemException.invalidField(field, "must be a day of the years " + MIN_YEAR + " to " + MAX_YEAR);
    }
    return day;
  }

  /** An optional filter by id: a value that is not a UUID can match nothing and is a client error. */
  public static UUID filterId(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField(field, "must be an id (a UUID)");
    }
  }
}
