package org.annals.timeline.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlacementTest {

  private static final LocalDate SATURDAY = LocalDate.parse("2023-01-28");

  @Test
  void anArticleNamingNoWeekdayIsPlacedOnTheEventsDay() {
    assertEquals(SATURDAY, Placement.placedDate(SATURDAY, EventKind.ATTACK, Set.of()));
  }

  @Test
  void theWeekdaysAnArticleNamesAreTheDaysAfterTheEvent() {
    assertEquals(SATURDAY.plusDays(1),
        Placement.placedDate(SATURDAY, EventKind.ATTACK, Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)));
    assertEquals(SATURDAY.plusDays(3), Placement.placedDate(SATURDAY, EventKind.ATTACK, Set.of(DayOfWeek.TUESDAY)));
  }

  @Test
  void aPlacementIsNeverMoreThanSixDaysAfterTheEvent() {
    assertEquals(SATURDAY.plusDays(6), Placement.placedDate(SATURDAY, EventKind.ATTACK, Set.of(DayOfWeek.FRIDAY)));
  }

  @Test
  void anArticlePlacedByASayingIsOfThatDayAndItsOtherWeekdaysLeadUpToIt() {
    LocalDate friday = SATURDAY.plusDays(6);
    assertEquals(friday, Placement.placedDate(friday, EventKind.DENIAL,
        Set.of(DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)));
  }
}
