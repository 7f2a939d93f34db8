package org.annals.timeline.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.annals.timeline.support.Annotations;
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

  private static List<Timex> extract(String text, LocalDate published) {
    return extractor.read(Annotations.annotate(text), published).timexes();
  }

  private static Timex only(String text, LocalDate published, String surface) {
    List<Timex> found = extract(text, published);
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
  void anUndatedArticleKeepsWhatItsTextNames() {
    assertEquals("XXXX-03-03", only("The plant closed on March 3.", null, "March 3").value());
    assertEquals("XXXX-12", only("Prices rose sharply in December.", null, "December").value());
    assertEquals("XXXX-WXX-7TMO", only("The drones struck on Sunday morning, officials said.", null,
        "Sunday morning").value());
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
  void aMonthFarAheadInAPastClauseIsTheOneBefore() {
    LocalDate november = LocalDate.parse("2023-11-02");
    assertEquals("2023-03", only("The founder stepped down in March for health reasons.", november, "March").value());
    assertEquals("2023-01-31", only("Revenue for the year ended Jan. 31 rose 4%.", november, "Jan. 31").value());
  }

  @Test
  void aDeadlineOrAPlannedActIsNotDatedByTheReportsTense() {
    LocalDate november = LocalDate.parse("2023-11-02");
    assertEquals("2023-12-15", only("The board declared a dividend payable Dec. 15 to holders.", november,
        "Dec. 15").value());
    assertEquals("2024-02", only("The group agreed to buy the mill in February.", november, "February").value());
  }

  @Test
  void lastFollowedByAMonthIsTheMostRecentOneButTheMonthJustPastIsLastYears() {
    LocalDate october = LocalDate.parse("2023-10-27");
    assertEquals("2023-04", only("Voters approved the plan last April.", october, "last April").value());
    assertEquals("2022-09", only("Voters approved the plan last September.", october, "last September").value());
  }

  @Test
  void aWeekdayWithATimeOfDayFollowsTheTenseToo() {
    assertEquals("2023-01-28TNI", only("The offensive began Saturday night.", TUESDAY, "Saturday night").value());
    assertEquals("2023-01-27TEV", only("The offer had been due to expire Friday evening.", TUESDAY,
        "Friday evening").value());
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
  void theEndOfTheYearIsTheYearAndAYearEarlierAsAnAdjectiveIsADate() {
    Timex end = only("The plant should reopen by year's end, the mayor said.", TUESDAY, "year's end");
    assertEquals("2023", end.value());
    assertEquals("DATE", end.type());
    Timex earlier = only("The year-earlier figures were revised.", TUESDAY, "year-earlier");
    assertEquals("2022", earlier.value());
    assertEquals("DATE", earlier.type());
    assertEquals("2023-Q1", only("Sales picked up in the current quarter, the chain said in its results for the "
        + "fourth quarter.", TUESDAY, "the current quarter").value());
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
  void followingAndPreviousCountFromTheLastDateTheTextNamed() {
    String story = "The envoy arrived on June 3, 2019. The following year he was recalled, and the following month "
        + "he retired.";
    Timex year = only(story, TUESDAY, "The following year");
    assertEquals("2020", year.value());
    assertEquals(Timex.Anchoring.ABSOLUTE, year.anchoring());
    assertEquals("2021-01", only("The inquiry opened in December 2020. The following month it heard the first "
        + "witness.", TUESDAY, "The following month").value());
  }

  @Test
  void aLengthThenLaterIsTheLengthAlone() {
    Timex days = only("The strike began on Monday. Three days later the port closed.", TUESDAY, "Three days");
    assertEquals("DURATION", days.type());
    assertEquals("P3D", days.value());
  }

  @Test
  void whatSutimeMergesIsSplitIntoTheLengthAndTheDate() {
    String text = "Exports grew 4% in the first nine months of 2021.";
    Timex months = only(text, TUESDAY, "the first nine months");
    assertEquals("DURATION", months.type());
    assertEquals("P9M", months.value());
    assertEquals("2021", only(text, TUESDAY, "2021").value());
    assertEquals("2023", only("It was the agency's second this year.", TUESDAY, "this year").value());
  }

  @Test
  void comingMonthsTheseDaysAndPastYearsAreVagueReferences() {
    assertEquals("FUTURE_REF", only("Prices should ease in coming months.", TUESDAY, "coming months").value());
    Timex now = only("Fewer people fly these days.", TUESDAY, "these days");
    assertEquals("PRESENT_REF", now.value());
    assertEquals("DATE", now.type());
    assertEquals("PAST_REF", only("Floods were rarer in past years.", TUESDAY, "past years").value());
  }

  @Test
  void quarterlyReportsCompareLikeWithLike() {
    String report = "The brewer's fourth-quarter profit fell 8% from the corresponding period last year. Sales in "
        + "the 2021 quarter were higher. For the nine months, profit rose 3% from a year earlier. It has lost money "
        + "in the past two quarters.";
    assertEquals("2021-Q4", only(report, TUESDAY, "the corresponding period last year").value());
    assertEquals("2021-Q4", only(report, TUESDAY, "the 2021 quarter").value());
    assertEquals("2022", only(report, TUESDAY, "a year earlier").value());
    assertEquals("P2Q", only(report, TUESDAY, "the past two quarters").value());
    List<Timex> earlier = extract("Sales rose 5% in the quarter. In the year-earlier quarter, the company "
        + "earned $3 million.", TUESDAY);
    assertEquals(List.of("the quarter", "the year-earlier quarter"), earlier.stream().map(Timex::text).toList());
    assertEquals("2021-Q4", earlier.get(1).value());
  }

  @Test
  void expressionsSutimeMissesAreAdded() {
    LocalDate october = LocalDate.parse("2023-10-30");
    assertEquals("2023-11", only("The regulator gave the bidder until mid-November to reply.", october,
        "mid-November").value());
    assertEquals("199", only("Membership fell through the nineties.", october, "the nineties").value());
    assertEquals("2023-Q3", only("The lender's third-quarter profit doubled. The latest period included a gain.",
        october, "The latest period").value());
  }

  @Test
  void latelyIsTheRecentPastLikeRecently() {
    Timex lately = only("Lately, the council has been criticised by residents.", TUESDAY, "Lately");
    assertEquals("PAST_REF", lately.value());
    assertEquals("DATE", lately.type());
    assertEquals(Timex.Anchoring.NONE, lately.anchoring());
  }

  @Test
  void wordsThatAreNotTimeExpressionsAreLeftOut() {
    List<Timex> found = extract("The SEC approved a quarterly dividend for the 52-year-old founder, "
        + "who had previously sold future shares and about three-quarters of his land. A second group made a "
        + "last-minute bid.", TUESDAY);
    assertEquals(List.of(), found);
    assertEquals(List.of(), extract("Rebels halt march on the capital; talks may resume.", TUESDAY));
    assertEquals("2023-03", only("Talks resume in March.", TUESDAY, "March").value());
  }

  @Test
  void yearsReadOutAreReadInFull() {
    assertEquals(java.util.Optional.of(1996), SpelledYears.in("nineteen ninety-six"));
    assertEquals(java.util.Optional.of(1970), SpelledYears.in("in nineteen seventy"));
    assertTrue(SpelledYears.in("nineteen apples").isEmpty());
    Timex month = only("The dam burst in March nineteen eighty-two, flooding the valley.", TUESDAY,
        "March nineteen eighty-two");
    assertEquals("1982-03", month.value());
    assertEquals(Timex.Anchoring.ABSOLUTE, month.anchoring());
  }

  @Test
  void decadesCenturiesAndClockTimesTakeTimeMlForms() {
    Timex decade = only("Rents were frozen in the 1960s.", TUESDAY, "the 1960s");
    assertEquals("196", decade.value());
    assertEquals("DATE", decade.type());
    assertEquals(Timex.Anchoring.ABSOLUTE, decade.anchoring());
    assertEquals("18", only("The mill dates from the 19th century.", TUESDAY, "the 19th century").value());
    assertEquals("2023-02-03T17:00", only("Bids close at 5 p.m. EST Feb. 3, the agency said.", TUESDAY,
        "5 p.m. EST Feb. 3").value());
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "On Monday, the “talks” resumed.\n\nThey ended on 3 February 2023.";
    for (Timex t : extract(text, TUESDAY)) {
      assertEquals(t.text(), text.substring(t.start(), t.end()));
    }
  }
}
