package org.annals.eval.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.eval.api.AnnalsApi;
import org.annals.eval.api.StackException;

/** Fills the store with synthetic articles through the batch API and waits until they are analysed. */
final class Load {

  private static final int BATCH = 100;

  private Load() {}

  static Map<String, Object> synthetic(AnnalsApi api, int count) {
    int already = api.articlesOf(SyntheticArticles.SOURCE).size();
    System.out.printf("Loading %d synthetic articles (numbers %d to %d) through the batch API...%n", count, already,
        already + count - 1);
    Instant start = Instant.now();
    List<String> ids = new ArrayList<>();
    for (int from = already; from < already + count; from += BATCH) {
      for (AnnalsApi.Posted posted : api.postBatch(SyntheticArticles.batch(from, Math.min(BATCH, already + count - from)))) {
        if (posted.id() == null) {
          throw new StackException("the stack refused a synthetic article");
        }
        ids.add(posted.id());
      }
    }
    double postSeconds = Duration.between(start, Instant.now()).toNanos() / 1e9;
    System.out.printf("  posted in %.1f s; waiting for the analysis...%n", postSeconds);
    Map<String, String> status = api.awaitAnalysed(SyntheticArticles.SOURCE, ids, Duration.ofHours(12));
    double seconds = Duration.between(start, Instant.now()).toNanos() / 1e9;
    long done = status.values().stream().filter("DONE"::equals).count();
    System.out.printf("  %d/%d DONE after %.0f s (%.2f articles/s); the store holds %d articles%n", done, count,
        seconds, done / seconds, api.countArticles(1_000_000));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("articles", count);
    out.put("done", done);
    out.put("postSeconds", postSeconds);
    out.put("seconds", seconds);
    out.put("articlesPerSecond", done / seconds);
    return out;
  }
}
