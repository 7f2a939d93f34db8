package org.annals.timeline.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.annals.timeline.time.Timex;
import org.junit.jupiter.api.Test;

class EventDateTest {

  private static EventDate of(String value, String type) {
    return EventDate.of(new Timex(0, 1, "x", type, value, Timex.Anchoring.PUBLICATION_DATE)).orElseThrow();
  }

  @Test
  void timexValuesBecomeTheDaysTheyCover() {
    EventDate weekend = of("2023-W04-WE", "DATE");
    assertEquals(LocalDate.parse("2023-01-28"), weekend.start());
    assertEquals(LocalDate.parse("2023-01-29"), weekend.end());
    assertEquals("WEEKEND", weekend.granularity());
    EventDate quarter = of("2022-Q4", "DATE");
    assertEquals(LocalDate.parse("2022-10-01"), quarter.start());
    assertEquals(LocalDate.parse("2022-12-31"), quarter.end());
    EventDate morning = of("2023-01-29TMO", "TIME");
    assertEquals("DAY", morning.granularity());
    assertEquals(LocalDate.parse("2023-01-29"), morning.start());
  }

  @Test
  void durationsAndReferencesAreNoDates() {
    assertTrue(EventDate.of(new Timex(0, 1, "x", "DURATION", "P2D", Timex.Anchoring.NONE)).isEmpty());
    assertTrue(EventDate.of(new Timex(0, 1, "x", "DATE", "PRESENT_REF", Timex.Anchoring.NONE)).isEmpty());
  }

  @Test
  void anUnplacedWeekdayKeepsItsFormOnly() {
    EventDate saturday = of("XXXX-WXX-6", "DATE");
    assertFalse(saturday.known());
    assertEquals(DayOfWeek.SATURDAY, saturday.weekday().orElseThrow());
    assertTrue(saturday.compatible(of("2023-W04-WE", "DATE")));
    assertFalse(saturday.compatible(of("2023-01-30", "DATE")));
  }

  @Test
  void overlappingDatesAreCompatibleAndTheNarrowerIsMoreSpecific() {
    EventDate day = of("2023-01-28", "DATE");
    EventDate month = of("2023-01", "DATE");
    assertTrue(day.compatible(month));
    assertFalse(day.compatible(of("2023-02", "DATE")));
    assertTrue(day.moreSpecificThan(month));
  }

  @Test
  void overnightCoversTheEveOfItsDay() {
    EventDate overnight = of("2023-01-29TNI", "TIME");
    EventDate lateSaturday = of("2023-01-28", "DATE");
    assertTrue(overnight.compatible(lateSaturday));
    assertFalse(overnight.compatible(of("2023-01-27", "DATE")));
    assertTrue(lateSaturday.moreSpecificThan(overnight));
  }
}
