package org.annals.eval.timex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimexScoreTest {

  private static TimexScore.Span span(int start, int end, String text, String value) {
    return new TimexScore.Span(start, end, text, "DATE", value);
  }

  /**
   * Gold: "Saturday" [10,18) 2023-01-28, "last week" [30,39) 2023-W04, "2022" [50,54) 2022.
   * System: "Saturday" exact, right value; "week" [35,39) overlapping, wrong value; "Monday" [60,66) spurious.
   * Strict 1 of 3 system and 3 gold; relaxed 2; values right 1.
   */
  @Test
  void tempEval3Measures() {
    TimexScore score = new TimexScore();
    score.add("doc", List.of(span(10, 18, "Saturday", "2023-01-28"), span(30, 39, "last week", "2023-W04"),
            span(50, 54, "2022", "2022")),
        List.of(span(10, 18, "Saturday", "2023-01-28"), span(35, 39, "week", "2023-W05"),
            span(60, 66, "Monday", "2023-01-30")));
    assertEquals(1.0 / 3, score.strictF1(), 1e-9);
    assertEquals(2.0 / 3, score.relaxedF1(), 1e-9);
    assertEquals(1.0 / 3, score.valueF1(), 1e-9);
    assertEquals(0.5, score.valueAccuracy(), 1e-9);
    assertTrue(score.errors().contains("VALUE\tdoc\tlast week\t2023-W04\t2023-W05"));
    assertTrue(score.errors().contains("MISSED\tdoc\t2022\t2022"));
    assertTrue(score.errors().contains("SPURIOUS\tdoc\tMonday\t2023-01-30"));
  }

  @Test
  void eachSystemExpressionMatchesOneGoldAtMost() {
    // Two gold expressions overlap one system expression: only the first one gets it.
    TimexScore score = new TimexScore();
    score.add("doc", List.of(span(0, 5, "March", "2023-03"), span(6, 10, "2023", "2023")),
        List.of(span(0, 10, "March 2023", "2023-03")));
    assertEquals(1, score.summary().get("matched"));
    assertEquals(2.0 * 1 * 0.5 / 1.5, score.relaxedF1(), 1e-9);
  }

  @Test
  void anExactSpanWinsOverALargerOverlap() {
    TimexScore score = new TimexScore();
    score.add("doc", List.of(span(4, 10, "Monday", "2023-01-30")),
        List.of(span(0, 20, "early Monday morning", "2023-01-30TMO"), span(4, 10, "Monday", "2023-01-30")));
    assertEquals(1.0 / 1.5, score.strictF1(), 1e-9);
    assertEquals(1.0 / 1.5, score.valueF1(), 1e-9);
  }
}
