package org.annals.timeline.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;

/**
 * Places an undated article in time once one of its events is matched with a dated report: the
 * article is taken to be written after that event, in the days its weekdays name. Reports name the
 * days that follow the event they report ("the strike on Saturday ... said on Sunday"), so each weekday
 * is the first such day on or after the event, and the article is placed on the latest of them: read
 * from there, "Saturday" and "Sunday" in the past tense come out as the days they were. A saying is
 * the other way round: a denial or a statement is news on its day, and the days the article names
 * before it ("the crash on Wednesday ... the Kremlin on Friday denied") lead up to it.
 */
public final class Placement {

  /** Bare weekdays in news point at most six days back. */
  private static final int MAX_DAYS_AFTER = 6;

  private Placement() {}

  public static LocalDate placedDate(LocalDate eventDay, EventKind kind, Collection<DayOfWeek> weekdays) {
    if (kind.speech()) {
      return eventDay;
    }
    LocalDate placed = eventDay;
    for (DayOfWeek day : weekdays) {
      LocalDate first = eventDay.with(TemporalAdjusters.nextOrSame(day));
      if (first.isAfter(placed)) {
        placed = first;
      }
    }
    return placed.isAfter(eventDay.plusDays(MAX_DAYS_AFTER)) ? eventDay.plusDays(MAX_DAYS_AFTER) : placed;
  }
}
