package org.annals.eval.timex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.annals.eval.report.Prf;

/**
 * TempEval-3 scoring of time expressions: each gold expression matches at most one overlapping system
 * expression (relaxed; strict when the spans are equal); value F1 counts the matched pairs whose
 * values agree against all system and all gold expressions.
 */
public final class TimexScore {

  /** An expression to score: its span (gold and system in the same unit), text, type and value. */
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
    return prf(strict).f1();
  }

  public double relaxedF1() {
    return prf(relaxed).f1();
  }

  public double valueF1() {
    return prf(valueCorrect).f1();
  }

  public double valueAccuracy() {
    return relaxed == 0 ? 0 : (double) valueCorrect / relaxed;
  }

  /** Matched pairs count as true positives among both the system's and the gold expressions. */
  private Prf prf(int truePositives) {
    return Prf.of(truePositives, system, truePositives, gold);
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
    Prf prf = prf(truePositives);
    return String.format("%-22s %5.1f%% %5.1f%% %5.1f%%%n", name, 100 * prf.precision(), 100 * prf.recall(),
        100 * prf.f1());
  }

  /** The figures, for a results file: counts, P/R/F1 of each measure, and per gold type. */
  public Map<String, Object> summary() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("gold", gold);
    out.put("system", system);
    out.put("matched", relaxed);
    out.put("strict", prf(strict));
    out.put("relaxed", prf(relaxed));
    out.put("value", prf(valueCorrect));
    out.put("valueAccuracy", valueAccuracy());
    out.put("typeAccuracy", relaxed == 0 ? 0 : (double) typeCorrect / relaxed);
    Map<String, Object> types = new LinkedHashMap<>();
    byType.forEach((type, c) -> types.put(type, Map.of("gold", c[0], "found", c[1], "valueCorrect", c[2])));
    out.put("byType", types);
    return out;
  }

  /** Every disagreement, one per line: VALUE, MISSED or SPURIOUS, the document, the text and values. */
  public List<String> errors() {
    return errors;
  }
}
