package org.annals.eval.report;

/** Precision, recall and their harmonic mean, as fractions (0..1); 0 where a count is 0. */
public record Prf(double precision, double recall, double f1) {

  public static Prf of(double precision, double recall) {
    return new Prf(precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
  }

  /** From counts: true positives among what the system gave and among what the gold holds. */
  public static Prf of(double systemCorrect, double system, double goldFound, double gold) {
    return of(system == 0 ? 0 : systemCorrect / system, gold == 0 ? 0 : goldFound / gold);
  }

  /** "P 81.2  R 77.0  F1 79.0" style cells, in percent. */
  public String cells() {
    return String.format("%6.1f %6.1f %6.1f", 100 * precision, 100 * recall, 100 * f1);
  }
}
