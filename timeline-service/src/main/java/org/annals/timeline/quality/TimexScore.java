package org.annals.timeline.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * TempEval-3 scoring of time expressions: each gold expression matches at most one overlapping system
 * expression (relaxed; strict when the spans are equal); value F1 counts the matched pairs whose
 * values agree against all system and all gold expressions.
 */
public final class TimexScore {

  /** An expression to score: code-point span, type and value. */
  public record Span(int start, int end, String text, String type, String value) {}

  private int gold;
  private int system;
  private int relaxed;
  private int strict;
  private int valueCorrect;
  private int typeCorrect;
  private final Map<String, int[]> byType = new TreeMap<>();
  private final List<String> errors = new ArrayList<>();

  /** Adds one document's expressions. */
  public void add(String document, List<Span> goldSpans, List<Span> systemSpans) {
    gold += goldSpans.size();
    system += systemSpans.size();
    boolean[] used = new boolean[systemSpans.size()];
    for (Span g : goldSpans) {
      int[] counts = byType.computeIfAbsent(g.type(), k -> new int[3]);
      counts[0]++;
      int match = bestMatch(g, systemSpans, used);
      if (match < 0) {
        errors.add("MISSED\t" + document + "\t" + g.text() + "\t" + g.value());
        continue;
      }
      used[match] = true;
      Span s = systemSpans.get(match);
      relaxed++;
      counts[1]++;
      if (s.start() == g.start() && s.end() == g.end()) {
        strict++;
      }
      if (g.type().equals(s.type())) {
        typeCorrect++;
      }
      if (g.value().equals(s.value())) {
        valueCorrect++;
        counts[2]++;
      } else {
        errors.add("VALUE\t" + document + "\t" + g.text() + "\t" + g.value() + "\t" + s.value());
      }
    }
    for (int i = 0; i < systemSpans.size(); i++) {
      if (!used[i]) {
        errors.add("SPURIOUS\t" + document + "\t" + systemSpans.get(i).text() + "\t" + systemSpans.get(i).value());
      }
    }
  }

  /** The exact-span system expression, else the one overlapping most. */
  private static int bestMatch(Span g, List<Span> systemSpans, boolean[] used) {
    int best = -1;
    int bestOverlap = 0;
    for (int i = 0; i < systemSpans.size(); i++) {
      Span s = systemSpans.get(i);
      if (used[i]) {
        continue;
      }
      if (s.start() == g.start() && s.end() == g.end()) {
        return i;
      }
      int overlap = Math.min(s.end(), g.end()) - Math.max(s.start(), g.start());
      if (overlap > bestOverlap) {
        best = i;
        bestOverlap = overlap;
      }
    }
    return best;
  }

  public double strictF1() {
    return f1(strict, strict);
  }

  public double relaxedF1() {
    return f1(relaxed, relaxed);
  }

  public double valueF1() {
    return f1(valueCorrect, valueCorrect);
  }

  public double valueAccuracy() {
    return relaxed == 0 ? 0 : (double) valueCorrect / relaxed;
  }

  private double f1(int truePositivesSystem, int truePositivesGold) {
    double precision = system == 0 ? 0 : (double) truePositivesSystem / system;
    double recall = gold == 0 ? 0 : (double) truePositivesGold / gold;
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  public String table() {
    StringBuilder out = new StringBuilder();
    out.append(String.format("gold %d, system %d, matched %d (strict %d)%n", gold, system, relaxed, strict));
    out.append(String.format("%-22s %6s %6s %6s%n", "", "P", "R", "F1"));
    out.append(row("strict extent", strict));
    out.append(row("relaxed extent", relaxed));
    out.append(row("value", valueCorrect));
    out.append(String.format("value accuracy %.1f%%   type accuracy %.1f%%%n", 100 * valueAccuracy(),
        relaxed == 0 ? 0 : 100.0 * typeCorrect / relaxed));
    out.append(String.format("%n%-10s %6s %8s %14s%n", "gold type", "count", "found", "value correct"));
    byType.forEach((type, c) -> out.append(String.format("%-10s %6d %7.1f%% %13.1f%%%n", type, c[0],
        100.0 * c[1] / c[0], 100.0 * c[2] / c[0])));
    return out.toString();
  }

  private String row(String name, int truePositives) {
    double precision = system == 0 ? 0 : (double) truePositives / system;
    double recall = gold == 0 ? 0 : (double) truePositives / gold;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return String.format("%-22s %5.1f%% %5.1f%% %5.1f%%%n", name, 100 * precision, 100 * recall, 100 * f1);
  }

  /** Every disagreement, one per line: VALUE, MISSED or SPURIOUS, the document, the text and values. */
  public List<String> errors() {
    return errors;
  }
}
