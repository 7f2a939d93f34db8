package org.annals.eval.coref;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.eval.match.Assignment;
import org.annals.eval.report.Prf;

/**
 * Coreference scores of a response partition against a key partition of mentions: MUC (Vilain et al.
 * 1995, links), B3 (Bagga and Baldwin 1998, per mention), CEAF-e (Luo 2005, entities aligned one to
 * one by φ4) and CoNLL F1, their mean. The mention sets may differ: a mention missing from one side
 * counts against recall or precision, as in the reference scorer of Pradhan et al. (2014).
 */
public final class CorefScore {

  private final Prf muc;
  private final Prf b3;
  private final Prf ceafE;

  private CorefScore(Prf muc, Prf b3, Prf ceafE) {
    this.muc = muc;
    this.b3 = b3;
    this.ceafE = ceafE;
  }

  /** Scores {@code response} against {@code key}; each is a list of clusters of mention ids. */
  public static CorefScore of(List<? extends Set<String>> key, List<? extends Set<String>> response) {
    return new CorefScore(
        Prf.of(mucRecall(response, key), mucRecall(key, response)),
        Prf.of(b3Recall(response, key), b3Recall(key, response)),
        ceafE(key, response));
  }

  /** Sums of several topics' partitions, each topic's mentions kept apart. */
  public static CorefScore ofTopics(Collection<List<Set<String>>> keys, Collection<List<Set<String>>> responses) {
    List<Set<String>> key = new ArrayList<>();
    keys.forEach(key::addAll);
    List<Set<String>> response = new ArrayList<>();
    responses.forEach(response::addAll);
    return of(key, response);
  }

  public Prf muc() {
    return muc;
  }

  public Prf b3() {
    return b3;
  }

  public Prf ceafE() {
    return ceafE;
  }

  /** The CoNLL-2012 summary: the mean of the MUC, B3 and CEAF-e F1. */
  public double conllF1() {
    return (muc.f1() + b3.f1() + ceafE.f1()) / 3;
  }

  public Map<String, Object> summary() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("muc", muc);
    out.put("b3", b3);
    out.put("ceafE", ceafE);
    out.put("conllF1", conllF1());
    return out;
  }

  /**
   * MUC recall of {@code response} against {@code key} (precision is the same with the roles swapped):
   * for each key cluster, its size less the number of parts the response cuts it into, over its
   * size less one; a mention the response lacks is a part of its own.
   */
  static double mucRecall(List<? extends Set<String>> key, List<? extends Set<String>> response) {
    Map<String, Integer> clusterOf = indexOf(response);
    long found = 0;
    long possible = 0;
    for (Set<String> cluster : key) {
      Set<Integer> parts = new HashSet<>();
      int missing = 0;
      for (String mention : cluster) {
        Integer part = clusterOf.get(mention);
        if (part == null) {
          missing++;
        } else {
          parts.add(part);
        }
      }
      found += cluster.size() - (parts.size() + missing);
      possible += cluster.size() - 1;
    }
    return possible == 0 ? 0 : (double) found / possible;
  }

  /** B3 recall (precision with the roles swapped): per key mention, the share of its cluster the response puts with it. */
  static double b3Recall(List<? extends Set<String>> key, List<? extends Set<String>> response) {
    Map<String, Integer> clusterOf = indexOf(response);
    double sum = 0;
    long mentions = 0;
    for (Set<String> cluster : key) {
      Map<Integer, Integer> overlap = new HashMap<>();
      for (String mention : cluster) {
        Integer part = clusterOf.get(mention);
        if (part != null) {
          overlap.merge(part, 1, Integer::sum);
        }
      }
      for (int shared : overlap.values()) {
        sum += (double) shared * shared / cluster.size();
      }
      mentions += cluster.size();
    }
    return mentions == 0 ? 0 : sum / mentions;
  }

  /** CEAF-e: key and response clusters aligned one to one for the largest total φ4 similarity. */
  static Prf ceafE(List<? extends Set<String>> key, List<? extends Set<String>> response) {
    if (key.isEmpty() || response.isEmpty()) {
      return Prf.of(0, 0);
    }
    double[][] similarity = new double[key.size()][response.size()];
    for (int k = 0; k < key.size(); k++) {
      for (int r = 0; r < response.size(); r++) {
        similarity[k][r] = phi4(key.get(k), response.get(r));
      }
    }
    double total = Assignment.maximum(similarity);
    return Prf.of(total / response.size(), total / key.size());
  }

  /** Luo's entity similarity: twice the shared mentions over the two sizes. */
  static double phi4(Set<String> a, Set<String> b) {
    int shared = 0;
    for (String mention : a) {
      if (b.contains(mention)) {
        shared++;
      }
    }
    return 2.0 * shared / (a.size() + b.size());
  }

  private static Map<String, Integer> indexOf(List<? extends Set<String>> clusters) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < clusters.size(); i++) {
      for (String mention : clusters.get(i)) {
        index.put(mention, i);
      }
    }
    return index;
  }
}
