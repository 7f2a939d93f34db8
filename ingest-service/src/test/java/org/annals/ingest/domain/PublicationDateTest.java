package org.annals.ingest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDateTest {

  /** Noon UTC on 15 June 2024: already 16 June in the earliest timezone (UTC+14). */
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-15T12:00:00Z"), ZoneOffset.UTC);

  @Test
  void day() {
    PublicationDate date = PublicationDate.parse("2023-01-31", DateOrigin.FIELD, CLOCK);

    assertEquals(LocalDate.of(2023, 1, 31), date.date());
    assertEquals(DateGranularity.DAY, date.granularity());
    assertEquals(DateOrigin.FIELD, date.origin());
    assertNull(date.instant());
    assertEquals("2023-01-31", date.value());
  }

  @Test
  void month() {
    PublicationDate date = PublicationDate.parse("2023-01", DateOrigin.HEADER_LINE, CLOCK);

    assertEquals(DateGranularity.MONTH, date.granularity());
    assertEquals(LocalDate.of(2023, 1, 1), date.date());
    assertEquals(DateOrigin.HEADER_LINE, date.origin());
    assertEquals("2023-01", date.value());
  }

  @Test
  void dateTimeWithOffsetKeepsInstantAndPublishersDay() {
    PublicationDate date = PublicationDate.parse("2023-01-31T23:30:00-05:00", DateOrigin.FIELD, CLOCK);

    assertEquals(DateGranularity.DAY, date.granularity());
    assertEquals(Instant.parse("2023-02-01T04:30:00Z"), date.instant());
    assertEquals(LocalDate.of(2023, 1, 31), date.date());
  }

  @Test
  void dateTimeInUtc() {
    PublicationDate date = PublicationDate.parse("2023-01-31T07:30:00Z", DateOrigin.FIELD, CLOCK);

    assertEquals(Instant.parse("2023-01-31T07:30:00Z"), date.instant());
  }

  @Test
  void todayAnywhereOnEarthIsNotFuture() {
    assertEquals(LocalDate.of(2024, 6, 15), PublicationDate.parse("2024-06-15", DateOrigin.FIELD, CLOCK).date());
    assertEquals(LocalDate.of(2024, 6, 16), PublicationDate.parse("2024-06-16", DateOrigin.FIELD, CLOCK).date());
    assertEquals(DateGranularity.MONTH, PublicationDate.parse("2024-06", DateOrigin.FIELD, CLOCK).granularity());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-02-30", "2023-13", "2023-13-01", "2023-00", "2023-04-31", "0999-05-01",
      "2023-01-31T08:30:00", "2023-01-31T25:00:00Z", "yesterday", "31/01/2023", "2023", ""})
  void rejectsImpossibleOrUnreadable(String value) {
    assertThrows(PublicationDate.InvalidDateException.class,
        () -> PublicationDate.parse(value, DateOrigin.FIELD, CLOCK));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-06-17", "2024-07", "2025-01-01", "2024-06-15T14:00:00Z", "2024-06-16T08:00:00+02:00"})
  void rejectsFutureDates(String value) {
    PublicationDate.InvalidDateException error = assertThrows(PublicationDate.InvalidDateException.class,
        () -> PublicationDate.parse(value, DateOrigin.FIELD, CLOCK));

    assertTrue(error.getMessage().contains("future"), error.getMessage());
  }

  @Test
  void rejectionSaysWhatIsWrong() {
    PublicationDate.InvalidDateException error = assertThrows(PublicationDate.InvalidDateException.class,
        () -> PublicationDate.parse("2023-02-30", DateOrigin.FIELD, CLOCK));

    assertTrue(error.getMessage().contains("2023-02-30"), error.getMessage());
  }

  @Test
  void lenientReadingOfPageDates() {
    assertEquals(Optional.empty(), PublicationDate.parseLenient("last Tuesday", DateOrigin.HTML_META, CLOCK));
    assertEquals(Optional.empty(), PublicationDate.parseLenient(null, DateOrigin.HTML_META, CLOCK));
    assertEquals(Optional.empty(), PublicationDate.parseLenient("2031-01-01", DateOrigin.HTML_META, CLOCK));

    PublicationDate withoutOffset =
        PublicationDate.parseLenient("2023-03-14T09:30:00", DateOrigin.HTML_META, CLOCK).orElseThrow();
    assertEquals(LocalDate.of(2023, 3, 14), withoutOffset.date());
    assertEquals(DateGranularity.DAY, withoutOffset.granularity());
    assertEquals(DateOrigin.HTML_META, withoutOffset.origin());
  }
}
