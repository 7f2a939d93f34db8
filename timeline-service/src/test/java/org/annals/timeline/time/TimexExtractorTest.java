package org.annals.timeline.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The news rules on sentences written for them, with the real SUTime underneath. */
class TimexExtractorTest {

  private static final LocalDate TUESDAY = LocalDate.parse("2023-01-31");
  private static TimexExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = new TimexExtractor();
  }

  private static Timex only(String text, LocalDate published, String surface) {
    List<Timex> found = extractor.extract(text, published);
    return found.stream().filter(t -> t.text().equals(surface)).findFirst()
        .orElseThrow(() -> new AssertionError("no '" + surface + "' in " + found));
  }

  @Test
  void aWeekdayInPastTenseIsTheOneJustPast() {
    Timex saturday = only("The depot was hit on Saturday, officials said.", TUESDAY, "Saturday");
    assertEquals("2023-01-28", saturday.value());
    assertEquals(Timex.Anchoring.PUBLICATION_DATE, saturday.anchoring());
  }

  @Test
  void aWeekdayInFutureTenseIsTheNextOne() {
    assertEquals("2023-02-03", only("The ministers will meet on Friday in Geneva.", TUESDAY, "Friday").value());
  }

  @Test
  void thisWeekendInReportedNewsIsTheOneJustPast() {
    assertEquals("2023-W04-WE", only("Officials discussed this weekend's strike at length.", TUESDAY,
        "this weekend").value());
  }

  @Test
  void anUndatedArticleKeepsRelativeExpressionsUnanchored() {
    Timex saturday = only("The depot was hit on Saturday, officials said.", null, "Saturday");
    assertEquals(Timex.Anchoring.UNANCHORED, saturday.anchoring());
    assertTrue(saturday.value().startsWith("XXXX"), saturday.value());
  }

  @Test
  void namedPeriodsAreThePeriodsAndStayUnderspecifiedWhenUndated() {
    assertEquals("2023-W04", only("Talks broke down last week.", TUESDAY, "last week").value());
    assertEquals("XXXX-WXX", only("Talks broke down last week.", null, "last week").value());
    assertEquals("2024", only("Elections are due next year.", TUESDAY, "next year").value());
  }

  @Test
  void aMonthWithoutYearIsTheNearestOne() {
    assertEquals("2022-12", only("Prices rose sharply in December.", TUESDAY, "December").value());
    assertEquals("2023-03", only("The talks are scheduled to resume in March.", TUESDAY, "March").value());
  }

  @Test
  void unitsAgoHaveTheirUnitsGranularity() {
    assertEquals("2021", only("The plant was built two years ago.", TUESDAY, "two years ago").value());
    assertEquals("2022-12", only("Exports fell last month.", TUESDAY, "last month").value());
  }

  @Test
  void inAQuarterlyReportAYearAgoIsTheComparableQuarter() {
    String report = "The bank's fourth-quarter profit rose 8%, compared with $2 million a year ago.";
    assertEquals("2022-Q4", only(report, TUESDAY, "fourth-quarter").value());
    assertEquals("2021-Q4", only(report, TUESDAY, "a year ago").value());
  }

  @Test
  void financialPeriodsReadAsReportsMeanThem() {
    String report = "The insurer lost money in the latest quarter. Revenue for the year ended March 31 rose 4%, "
        + "and the merger could close in next year's first quarter.";
    assertEquals("2022-Q4", only(report, TUESDAY, "the latest quarter").value());
    Timex year = only(report, TUESDAY, "the year");
    assertEquals("P1Y", year.value());
    assertEquals("DURATION", year.type());
    assertEquals("2024-Q1", only(report, TUESDAY, "next year's first quarter").value());
  }

  @Test
  void todayIsThePublicationDateAndYearsStatedInFullAreAbsolute() {
    assertEquals("2023-01-31", only("The minister resigned today.", TUESDAY, "today").value());
    Timex year = only("The treaty was signed in 1994.", TUESDAY, "1994");
    assertEquals("1994", year.value());
    assertEquals(Timex.Anchoring.ABSOLUTE, year.anchoring());
  }

  @Test
  void wordsThatAreNotTimeExpressionsAreLeftOut() {
    List<Timex> found = extractor.extract("The SEC approved a quarterly dividend for the 52-year-old founder, "
        + "who had previously sold future shares.", TUESDAY);
    assertEquals(List.of(), found);
  }

  @Test
  void spelledOutYearsAreReadInFull() {
    assertEquals(java.util.Optional.of(1996), NewsTimeRules.spelledYear("nineteen ninety-six"));
    assertEquals(java.util.Optional.of(1970), NewsTimeRules.spelledYear("nineteen seventy"));
    assertTrue(NewsTimeRules.spelledYear("nineteen apples").isEmpty());
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "On Monday, the “talks” resumed.\n\nThey ended on 3 February 2023.";
    for (Timex t : extractor.extract(text, TUESDAY)) {
      assertEquals(t.text(), text.substring(t.start(), t.end()));
    }
  }
}
