package org.annals.eval.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AssignmentTest {

  @Test
  void findsTheBestPairingNotTheGreedyOne() {
    // Greedy takes 0.9 first and is left with 0.1: 1.0; the best pairing is 0.8 + 0.8.
    assertEquals(1.6, Assignment.maximum(new double[][] {{0.9, 0.8}, {0.8, 0.1}}), 1e-9);
  }

  @Test
  void leavesExtraRowsOrColumnsUnassigned() {
    assertEquals(1.0, Assignment.maximum(new double[][] {{0.2}, {1.0}, {0.5}}), 1e-9);
    assertEquals(5.0, Assignment.maximum(new double[][] {{1, 2, 3}, {0, 2, 0}}), 1e-9);
  }
}
