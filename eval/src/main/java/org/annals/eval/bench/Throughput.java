package org.annals.eval.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.eval.api.AnnalsApi;

/**
 * Articles through the whole pipeline: posted one by one through the gateway, timed from the first
 * post to the last article {@code DONE} (the stores' own timestamps), with each stage's share: the
 * time from ingestion to the entity step's end and from there to the timeline step's end (queueing
 * included), and the time the services spent answering (their request metrics).
 */
final class Throughput {

  private Throughput() {}

  static Map<String, Object> run(AnnalsApi api, BenchTexts texts) {
    int removed = api.deleteEvalArticles();
    Map<String, double[]> before = serviceTime();
    System.out.printf("Throughput: %d texts (%,d characters) from %s posted through the gateway%s%n",
        texts.texts().size(), texts.characters(), texts.source(),
        removed > 0 ? " (" + removed + " earlier evaluation articles deleted first)" : "");
    Instant first = Instant.now();
    List<String> ids = new ArrayList<>();
    int duplicates = 0;
    for (BenchTexts.Text text : texts.texts()) {
      AnnalsApi.Posted posted = api.post(AnnalsApi.submission(text.text(), text.publishedAt(), null));
      ids.add(posted.id());
      duplicates += posted.duplicateOf() != null ? 1 : 0;
    }
    double postSeconds = Duration.between(first, Instant.now()).toNanos() / 1e9;
    Map<String, String> status = api.awaitAnalysed(ids, Duration.ofMinutes(10).plusSeconds(30L * ids.size()));
    Instant lastDone = first;
    List<Double> entityStage = new ArrayList<>();
    List<Double> timelineStage = new ArrayList<>();
    for (String id : ids) {
      JsonNode article = api.get("/api/v1/articles/" + id);
      Instant ingested = Instant.parse(article.get("ingestedAt").asText());
      Instant entities = null;
      Instant timeline = null;
      for (JsonNode step : article.path("steps")) {
        Instant at = Instant.parse(step.get("updatedAt").asText());
        if (step.path("step").asText().equals("ENTITIES")) {
          entities = at;
        } else if (step.path("step").asText().equals("TIMELINE")) {
          timeline = at;
        }
      }
      if (entities != null && timeline != null) {
        entityStage.add(Duration.between(ingested, entities).toNanos() / 1e9);
        timelineStage.add(Duration.between(entities, timeline).toNanos() / 1e9);
        lastDone = timeline.isAfter(lastDone) ? timeline : lastDone;
      }
    }
    double seconds = Duration.between(first, lastDone).toNanos() / 1e9;
    long done = status.values().stream().filter("DONE"::equals).count();
    Map<String, double[]> after = serviceTime();

    Map<String, Object> out = new LinkedHashMap<>();
    out.put("texts", texts.source());
    out.put("articles", ids.size());
    out.put("done", done);
    out.put("duplicatesOfStoredTexts", duplicates);
    out.put("characters", texts.characters());
    out.put("postSeconds", postSeconds);
    out.put("seconds", seconds);
    out.put("articlesPerSecond", done / seconds);
    Map<String, Object> stages = new LinkedHashMap<>();
    stages.put("ingestedToEntitiesDone", spread(entityStage));
    stages.put("entitiesDoneToTimelineDone", spread(timelineStage));
    after.forEach((service, sums) -> {
      double[] earlier = before.getOrDefault(service, new double[2]);
      double calls = sums[0] - earlier[0];
      double busy = sums[1] - earlier[1];
      stages.put(service + "ServiceTime", Map.of("calls", calls, "seconds", busy,
          "meanSeconds", calls == 0 ? 0 : busy / calls, "shareOfWall", seconds == 0 ? 0 : busy / seconds));
    });
    out.put("stages", stages);
    System.out.printf("  %d/%d DONE in %.1f s from the first post to the last DONE: %.2f articles/s (posting took"
        + " %.1f s)%n", done, ids.size(), seconds, done / seconds, postSeconds);
    System.out.printf("  per article, ingestion to entities done: %s; entities done to timeline done: %s%n",
        describe(entityStage), describe(timelineStage));
    stages.entrySet().stream().filter(e -> e.getKey().endsWith("ServiceTime")).forEach(e -> {
      @SuppressWarnings("unchecked")
      Map<String, Double> t = (Map<String, Double>) e.getValue();
      System.out.printf("  %s: %.0f calls, %.2f s each, busy %.0f%% of the run%n", e.getKey(), t.get("calls"),
          t.get("meanSeconds"), 100 * t.get("shareOfWall"));
    });
    return out;
  }

  private static Map<String, Double> spread(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    Map<String, Double> out = new LinkedHashMap<>();
    out.put("meanSeconds", Arrays.stream(sorted).average().orElse(0));
    out.put("p50Seconds", sorted.length == 0 ? 0 : sorted[sorted.length / 2]);
    out.put("maxSeconds", sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
    return out;
  }

  private static String describe(List<Double> values) {
    Map<String, Double> s = spread(values);
    return String.format("mean %.1f s, median %.1f s, max %.1f s", s.get("meanSeconds"), s.get("p50Seconds"),
        s.get("maxSeconds"));
  }

  /**
   * Calls and seconds each service spent on the pipeline's internal analysis requests, from its
   * Prometheus metrics ({@code annals.bench.metrics}: name=url,...); a service that does not answer is left out.
   */
  static Map<String, double[]> serviceTime() {
    Map<String, double[]> out = new LinkedHashMap<>();
    HttpClient http = HttpClient.newHttpClient();
    for (String pair : System.getProperty("annals.bench.metrics", "").split(",")) {
      String[] parts = pair.split("=", 2);
      if (parts.length != 2) {
        continue;
      }
      try {
        String body = http.send(HttpRequest.newBuilder(URI.create(parts[1])).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofString()).body();
        out.put(parts[0], PrometheusText.internalAnalysis(body));
      } catch (java.io.IOException e) {
        // metrics are a detail: the throughput stands without them
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return out;
  }
}
