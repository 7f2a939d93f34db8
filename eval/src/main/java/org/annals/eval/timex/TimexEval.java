package org.annals.eval.timex;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.eval.api.AnnalsApi;
import org.annals.eval.api.Corpus;
import org.annals.eval.report.JsonLines;
import org.annals.eval.report.Results;

/**
 * {@code ./annals eval timex FILE}: each document ({@code {doc, dct, text, timexes}}) posted with its
 * creation date as publication date, its time expressions read back from {@code /api/v1/timexes} and
 * scored against the gold ones with TempEval-3's measures.
 */
public final class TimexEval {

  /** Published TempEval-3 results (platinum test set, value F1), shown beside ours as reference. */
  public static final Map<String, Double> REFERENCE_VALUE_F1 = Map.of("HeidelTime", 77.6, "SUTime", 67.4);

  private TimexEval() {}

  public static Map<String, Object> run(AnnalsApi api, Path file, Path results) throws IOException {
    List<Corpus.Doc> docs = new ArrayList<>();
    Map<String, JsonNode> gold = new LinkedHashMap<>();
    for (JsonNode line : JsonLines.read(file)) {
      String name = JsonLines.required(line, "doc", "a document").asText();
      String dct = line.hasNonNull("dct") ? line.get("dct").asText().substring(0, 10) : null;
      docs.add(new Corpus.Doc(name, JsonLines.required(line, "text", name).asText(), dct));
      gold.put(name, JsonLines.required(line, "timexes", name));
    }
    long started = System.nanoTime();
    Map<String, Corpus.Analysed> analysed = Corpus.analyse(api, docs, Duration.ofSeconds(20));
    double seconds = (System.nanoTime() - started) / 1e9;

    TimexScore score = new TimexScore();
    int failed = 0;
    int goldLost = 0;
    for (Corpus.Analysed doc : analysed.values()) {
      if (!doc.done()) {
        failed++;
      }
      List<TimexScore.Span> goldSpans = new ArrayList<>();
      for (JsonNode t : gold.get(doc.doc().name())) {
        int[] span = doc.alignment().span(t.get("start").asInt(), t.get("end").asInt());
        if (span == null) {
          goldLost++;
          span = new int[] {-1, -1};
        }
        goldSpans.add(new TimexScore.Span(span[0], span[1], t.get("text").asText(), t.get("type").asText(),
            t.get("value").asText()));
      }
      List<TimexScore.Span> system = new ArrayList<>();
      for (JsonNode t : api.get("/api/v1/timexes?article=" + doc.articleId())) {
        system.add(new TimexScore.Span(t.get("start").asInt(), t.get("end").asInt(), t.path("text").asText(),
            t.path("type").asText(), t.path("value").asText(null)));
      }
      score.add(doc.doc().name(), goldSpans, system);
    }

    System.out.printf("%d documents posted through the gateway and analysed in %.0f s (%d not DONE)%n%n",
        analysed.size(), seconds, failed);
    System.out.print(score.table());
    System.out.printf("%n%-52s %8s %8s %8s %8s%n", "", "strict", "relaxed", "val.acc", "value F1");
    System.out.printf("%-52s %8.1f %8.1f %8.1f %8.1f%n", "Annals, this file", 100 * score.strictF1(),
        100 * score.relaxedF1(), 100 * score.valueAccuracy(), 100 * score.valueF1());
    REFERENCE_VALUE_F1.entrySet().stream().sorted(Map.Entry.comparingByValue(java.util.Comparator.reverseOrder()))
        .forEach(reference -> System.out.printf("%-52s %8s %8s %8s %8.1f%n",
            reference.getKey() + " (TempEval-3 platinum: another test set)", "", "", "",
            reference.getValue()));

    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("file", file.toString());
    figures.put("documents", analysed.size());
    figures.put("notDone", failed);
    figures.put("goldSpansLostInIngestion", goldLost);
    figures.put("seconds", seconds);
    figures.put("score", score.summary());
    figures.put("reference", Map.of("testSet", "TempEval-3 platinum (not this file)", "valueF1", REFERENCE_VALUE_F1));
    figures.put("errors", score.errors());
    Path written = Results.write(results, "timex", figures);
    System.out.printf("%nResults: %s%n", written);
    return figures;
  }
}
