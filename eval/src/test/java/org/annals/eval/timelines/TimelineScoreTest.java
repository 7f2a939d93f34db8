package org.annals.eval.timelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineScoreTest {

  private static TimelineScore.Span span(String article, int start, int end) {
    return new TimelineScore.Span(article, start, end);
  }

  /**
   * Gold: the resignation (rank 1, 2021-03-05; mentioned in d1 and d2) then the arrest (rank 2,
   * 2021-04-10). System: the resignation dated right, a seizure the gold does not list, and the arrest
   * dated only to its month. Paired 2: P 2/3, R 2/2; dates 1 of 2; the one ordered pair agrees.
   */
  @Test
  void eventsDatesAndOrder() {
    TimelineScore score = new TimelineScore();
    score.add(List.of(
            new TimelineScore.GoldEntry(1, "2021-03-05", List.of(span("d1", 60, 68), span("d2", 18, 26))),
            new TimelineScore.GoldEntry(2, "2021-04-10", List.of(span("d2", 46, 54)))),
        List.of(
            new TimelineScore.SystemEntry("resign", "2021-03-05", LocalDate.parse("2021-03-05"),
                List.of(span("d1", 60, 68))),
            new TimelineScore.SystemEntry("seize", "2021-03-03", LocalDate.parse("2021-03-03"),
                List.of(span("d1", 7, 13))),
            new TimelineScore.SystemEntry("arrest", "2021-04-XX", LocalDate.parse("2021-04-01"),
                List.of(span("d2", 46, 54)))));
    assertEquals(2.0 / 3, score.eventsFound().precision(), 1e-9);
    assertEquals(1.0, score.eventsFound().recall(), 1e-9);
    assertEquals(0.8, score.eventsFound().f1(), 1e-9);
    assertEquals(0.5, score.dateAccuracy(), 1e-9);
    assertEquals(1.0, score.orderAgreement(), 1e-9);
  }

  @Test
  void reversedOrderDisagrees() {
    TimelineScore score = new TimelineScore();
    score.add(List.of(new TimelineScore.GoldEntry(1, "2021-03-05", List.of(span("a", 0, 5))),
            new TimelineScore.GoldEntry(2, "2021-04-10", List.of(span("a", 10, 15)))),
        List.of(new TimelineScore.SystemEntry("x", "2021-05-01", LocalDate.parse("2021-05-01"), List.of(span("a", 0, 5))),
            new TimelineScore.SystemEntry("y", "2021-04-10", LocalDate.parse("2021-04-10"), List.of(span("a", 12, 14)))));
    assertEquals(0.0, score.orderAgreement(), 1e-9);
    assertEquals(0.5, score.dateAccuracy(), 1e-9);
  }

  @Test
  void anEmptyTimelineFindsNothing() {
    TimelineScore score = new TimelineScore();
    score.add(List.of(new TimelineScore.GoldEntry(1, "2021-03-05", List.of(span("a", 0, 5)))), List.of());
    assertEquals(0.0, score.eventsFound().recall(), 1e-9);
    assertEquals(0.0, score.eventsFound().f1(), 1e-9);
  }

  @Test
  void datesComparedInTheGoldsForm() {
    assertTrue(TimelineScore.sameDate("2021-04", "2021-04-XX"));
    assertTrue(TimelineScore.sameDate(null, "XXXX-XX-XX"));
    assertFalse(TimelineScore.sameDate("2021-04-10", "2021-04-XX"));
  }
}
