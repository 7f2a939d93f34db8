package org.annals.eval.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.eval.report.JsonLines;
import org.annals.eval.text.TextAlignment;

/**
 * Posts a set of gold documents as articles, alone in the store as far as evaluations go: the
 * articles of earlier evaluations are deleted first (through the API, so their analysis goes too),
 * then these are posted, awaited, and read back with the text Annals stored for each.
 */
public final class Corpus {

  private static final int BATCH = 50;

  /** A gold document: its name in the gold file, its text, and its publication date (or null). */
  public record Doc(String name, String text, String publishedAt) {}

  /** A document as analysed: its article, final status, stored text and the offsets' alignment. */
  public record Analysed(Doc doc, String articleId, String status, String stored, TextAlignment alignment,
      boolean duplicate) {
    public boolean done() {
      return "DONE".equals(status);
    }
  }

  private Corpus() {}

  /** The documents of a gold topic or corpus: {@code [{doc, text, dct?}]}; {@code where} names it in errors. */
  public static List<Doc> docs(JsonNode docs, String where) {
    List<Doc> out = new ArrayList<>();
    for (JsonNode doc : docs) {
      out.add(new Doc(JsonLines.required(doc, "doc", where).asText(), JsonLines.required(doc, "text", where).asText(),
          doc.hasNonNull("dct") ? doc.get("dct").asText() : null));
    }
    return out;
  }

  /** Deletes the earlier evaluation articles, posts {@code docs}, waits for their analysis. */
  public static Map<String, Analysed> analyse(AnnalsApi api, List<Doc> docs, Duration perDocument) {
    api.deleteEvalArticles();
    List<String> ids = new ArrayList<>();
    List<Boolean> duplicates = new ArrayList<>();
    for (int from = 0; from < docs.size(); from += BATCH) {
      List<Map<String, Object>> batch = new ArrayList<>();
      for (Doc doc : docs.subList(from, Math.min(docs.size(), from + BATCH))) {
        batch.add(AnnalsApi.submission(doc.text(), doc.publishedAt(), null));
      }
      int index = from;
      for (AnnalsApi.Posted posted : api.postBatch(batch)) {
        if (posted.id() == null) {
          throw new StackException("the stack refused document " + docs.get(index).name());
        }
        ids.add(posted.id());
        duplicates.add(posted.duplicateOf() != null);
        index++;
      }
    }
    Duration timeout = Duration.ofMinutes(5).plus(perDocument.multipliedBy(docs.size()));
    Map<String, String> status = api.awaitAnalysed(ids, timeout);
    Map<String, Analysed> analysed = new LinkedHashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      Doc doc = docs.get(i);
      String stored = api.get("/api/v1/articles/" + ids.get(i)).path("text").asText();
      analysed.put(doc.name(), new Analysed(doc, ids.get(i), status.get(ids.get(i)), stored,
          TextAlignment.of(doc.text(), stored), duplicates.get(i)));
    }
    return analysed;
  }
}
