package org.annals.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeaderLineTest {

  @Test
  void dateHeaderOnItsOwnLine() {
    Optional<HeaderLine.Split> split = HeaderLine.split("date 2023-01-31\nOfficials said a drone struck a plant.");

    assertTrue(split.isPresent());
    assertEquals("2023-01-31", split.get().dateValue());
    assertEquals("Officials said a drone struck a plant.", split.get().body());
  }

  @Test
  void indentedHeaderFollowedByTextOnTheSameLine() {
    Optional<HeaderLine.Split> split =
        HeaderLine.split("  date 2023-01-31 After getting the keys, the new tenants moved in.");

    assertTrue(split.isPresent());
    assertEquals("2023-01-31", split.get().dateValue());
    assertEquals("After getting the keys, the new tenants moved in.", split.get().body());
  }

  @Test
  void monthHeader() {
    Optional<HeaderLine.Split> split = HeaderLine.split("date 2023-01\nThe harbour reopened.");

    assertTrue(split.isPresent());
    assertEquals("2023-01", split.get().dateValue());
    assertEquals("The harbour reopened.", split.get().body());
  }

  @Test
  void windowsLineEndAfterHeader() {
    Optional<HeaderLine.Split> split = HeaderLine.split("date 2022-11-05\r\nVoters queued from dawn.");

    assertTrue(split.isPresent());
    assertEquals("Voters queued from dawn.", split.get().body());
  }

  @Test
  void wordDateWithoutADateIsText() {
    assertTrue(HeaderLine.split("date palms grow along the river bank in the south").isEmpty());
    assertTrue(HeaderLine.split("date: to be announced, the organisers said").isEmpty());
  }

  @Test
  void headerOnlyCountsOnTheFirstLine() {
    assertTrue(HeaderLine.split("Officials met on Monday.\ndate 2023-01-31\nMore text.").isEmpty());
  }
}
