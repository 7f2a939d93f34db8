package org.annals.eval.timelines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.eval.match.Assignment;
import org.annals.eval.report.Prf;

/**
 * Scores one entity's timeline against a gold one (SemEval-2015 Task 4 style): gold entries (a rank,
 * a date, mentions) and system entries (an event, its date, its mentions) are paired one to one for
 * the most shared mentions; then events found (P/R/F1), dates right among the pairs, and pairwise
 * order: of two paired entries the gold ranks apart and both dates known on both sides, whether the
 * system dates them in the same order.
 */
public final class TimelineScore {

  /** A gold entry: its rank and date as the gold gives it ("2010-04-10", "2010-04-XX", "XXXX-XX-XX"). */
  public record GoldEntry(int rank, String date, List<Span> mentions) {}

  /** A system entry: the event, its date in the gold's form, the first day it covers (or null), its mentions. */
  public record SystemEntry(String eventId, String date, LocalDate start, List<Span> mentions) {}

  /** A mention: the article and a span in its stored text. */
  public record Span(String article, int start, int end) {
    boolean overlaps(Span other) {
      return article.equals(other.article) && Math.min(end, other.end) > Math.max(start, other.start);
    }
  }

  private int gold;
  private int system;
  private int paired;
  private int datesRight;
  private int orderPairs;
  private int orderAgreeing;

  /** Adds one entity's timelines. */
  public void add(List<GoldEntry> goldEntries, List<SystemEntry> systemEntries) {
    gold += goldEntries.size();
    system += systemEntries.size();
    if (goldEntries.isEmpty() || systemEntries.isEmpty()) {
      return;
    }
    double[][] shared = new double[goldEntries.size()][systemEntries.size()];
    for (int g = 0; g < goldEntries.size(); g++) {
      for (int s = 0; s < systemEntries.size(); s++) {
        shared[g][s] = sharedMentions(goldEntries.get(g), systemEntries.get(s));
      }
    }
    int[] pairOf = Assignment.pairs(shared);
    List<int[]> pairs = new ArrayList<>();
    for (int g = 0; g < pairOf.length; g++) {
      if (pairOf[g] >= 0 && shared[g][pairOf[g]] > 0) {
        pairs.add(new int[] {g, pairOf[g]});
      }
    }
    paired += pairs.size();
    for (int[] pair : pairs) {
      if (sameDate(goldEntries.get(pair[0]).date(), systemEntries.get(pair[1]).date())) {
        datesRight++;
      }
    }
    for (int i = 0; i < pairs.size(); i++) {
      for (int j = i + 1; j < pairs.size(); j++) {
        GoldEntry a = goldEntries.get(pairs.get(i)[0]);
        GoldEntry b = goldEntries.get(pairs.get(j)[0]);
        LocalDate sa = systemEntries.get(pairs.get(i)[1]).start();
        LocalDate sb = systemEntries.get(pairs.get(j)[1]).start();
        if (a.rank() == b.rank() || unknown(a.date()) || unknown(b.date()) || sa == null || sb == null) {
          continue;
        }
        orderPairs++;
        if (Integer.signum(a.rank() - b.rank()) == Integer.signum(sa.compareTo(sb))) {
          orderAgreeing++;
        }
      }
    }
  }

  private static int sharedMentions(GoldEntry gold, SystemEntry system) {
    int shared = 0;
    for (Span g : gold.mentions()) {
      if (system.mentions().stream().anyMatch(g::overlaps)) {
        shared++;
      }
    }
    return shared;
  }

  private static boolean unknown(String date) {
    return date == null || date.startsWith("XXXX");
  }

  /** Dates compared in the gold's form, a year or month alone padded with X ("2010-04" is "2010-04-XX"). */
  static boolean sameDate(String gold, String system) {
    return normalise(gold).equals(normalise(system));
  }

  static String normalise(String date) {
    if (date == null || date.isBlank()) {
      return "XXXX-XX-XX";
    }
    String[] parts = date.split("-");
    StringBuilder out = new StringBuilder(parts[0]);
    out.append('-').append(parts.length > 1 ? parts[1] : "XX");
    out.append('-').append(parts.length > 2 ? parts[2] : "XX");
    return out.toString();
  }

  public Prf eventsFound() {
    return Prf.of(paired, system, paired, gold);
  }

  public double dateAccuracy() {
    return paired == 0 ? 0 : (double) datesRight / paired;
  }

  public double orderAgreement() {
    return orderPairs == 0 ? 0 : (double) orderAgreeing / orderPairs;
  }

  public Map<String, Object> summary() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("goldEntries", gold);
    out.put("systemEntries", system);
    out.put("paired", paired);
    out.put("eventsFound", eventsFound());
    out.put("datesRight", datesRight);
    out.put("dateAccuracy", dateAccuracy());
    out.put("orderPairs", orderPairs);
    out.put("orderAgreeing", orderAgreeing);
    out.put("orderAgreement", orderAgreement());
    return out;
  }
}
