package org.annals.eval.coref;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each expected figure is worked out by hand in the comment above it. */
class CorefScoreTest {

  private static final double EPSILON = 1e-9;

  /**
   * The predicted-mentions case of Pradhan et al. (2014): key {a b c} {d e f g}; response {a b} {c d}
   * {f g h i} (e is missed, h and i are spurious).
   */
  @Test
  void partitionsOverDifferentMentions() {
    List<Set<String>> key = List.of(Set.of("a", "b", "c"), Set.of("d", "e", "f", "g"));
    List<Set<String>> response = List.of(Set.of("a", "b"), Set.of("c", "d"), Set.of("f", "g", "h", "i"));
    CorefScore score = CorefScore.of(key, response);

    // MUC recall: {a b c} cut into {a b} {c}: 3-2 = 1; {d e f g} into {d} {e} {f g}: 4-3 = 1; over 2+3.
    assertEquals(2.0 / 5, score.muc().recall(), EPSILON);
    // MUC precision: {a b} whole: 1; {c d} in two: 0; {f g h i} into {f g} {h} {i}: 1; over 1+1+3.
    assertEquals(2.0 / 5, score.muc().precision(), EPSILON);
    // B3 recall: (2²+1²)/3 + (1²+2²)/4 over 7 mentions = (5/3 + 5/4) / 7 = 5/12.
    assertEquals(5.0 / 12, score.b3().recall(), EPSILON);
    // B3 precision: 2²/2 + (1²+1²)/2 + 2²/4 over 8 mentions = 4/8.
    assertEquals(0.5, score.b3().precision(), EPSILON);
    assertEquals(5.0 / 11, score.b3().f1(), EPSILON);
    // CEAF-e: φ4 {a b c}~{a b} = 4/5, {d e f g}~{f g h i} = 4/8; best total 13/10; R 13/20, P 13/30.
    assertEquals(13.0 / 20, score.ceafE().recall(), EPSILON);
    assertEquals(13.0 / 30, score.ceafE().precision(), EPSILON);
    assertEquals(0.52, score.ceafE().f1(), EPSILON);
    assertEquals((0.4 + 5.0 / 11 + 0.52) / 3, score.conllF1(), EPSILON);
  }

  /** Bagga and Baldwin's (1998) example: two key chains wrongly merged, {1..5} {6 7} {8..12} vs {1..5} {6..12}. */
  @Test
  void mergedChains() {
    List<Set<String>> key = List.of(Set.of("1", "2", "3", "4", "5"), Set.of("6", "7"),
        Set.of("8", "9", "10", "11", "12"));
    List<Set<String>> response = List.of(Set.of("1", "2", "3", "4", "5"),
        Set.of("6", "7", "8", "9", "10", "11", "12"));
    CorefScore score = CorefScore.of(key, response);

    // MUC: every key link is kept (recall 1); the response's 4+6 links include one wrong merge: 9/10.
    assertEquals(1.0, score.muc().recall(), EPSILON);
    assertEquals(0.9, score.muc().precision(), EPSILON);
    // B3 precision: 5 mentions at 5/5, 2 at 2/7, 5 at 5/7: (5 + 4/7 + 25/7) / 12 = 16/21; recall 1.
    assertEquals(1.0, score.b3().recall(), EPSILON);
    assertEquals(16.0 / 21, score.b3().precision(), EPSILON);
    // CEAF-e: {1..5}~{1..5} = 1 and {8..12}~{6..12} = 10/12 beat {6 7}~{6..12} = 4/9: total 11/6.
    assertEquals(11.0 / 18, score.ceafE().recall(), EPSILON);
    assertEquals(11.0 / 12, score.ceafE().precision(), EPSILON);
  }

  /** Vilain et al. (1995): one key chain {A B C D} split in two halves: MUC recall (4-2)/(4-1), precision 1. */
  @Test
  void splitChain() {
    CorefScore score = CorefScore.of(List.of(Set.of("A", "B", "C", "D")), List.of(Set.of("A", "B"), Set.of("C", "D")));
    assertEquals(2.0 / 3, score.muc().recall(), EPSILON);
    assertEquals(1.0, score.muc().precision(), EPSILON);
    // B3 recall: every mention keeps 2 of its 4: 1/2; CEAF-e: one pair aligned at φ4 = 4/6.
    assertEquals(0.5, score.b3().recall(), EPSILON);
    assertEquals(2.0 / 3, score.ceafE().recall(), EPSILON);
    assertEquals(1.0 / 3, score.ceafE().precision(), EPSILON);
  }

  @Test
  void identicalPartitionsScoreOne() {
    List<Set<String>> key = List.of(Set.of("a", "b"), Set.of("c"), Set.of("d", "e", "f"));
    CorefScore score = CorefScore.of(key, key);
    assertEquals(1.0, score.muc().f1(), EPSILON);
    assertEquals(1.0, score.b3().f1(), EPSILON);
    assertEquals(1.0, score.ceafE().f1(), EPSILON);
    assertEquals(1.0, score.conllF1(), EPSILON);
  }

  @Test
  void noResponseScoresZero() {
    CorefScore score = CorefScore.of(List.of(Set.of("a", "b")), List.of());
    assertEquals(0.0, score.conllF1(), EPSILON);
  }
}
