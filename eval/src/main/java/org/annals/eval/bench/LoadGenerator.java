package org.annals.eval.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * An open-loop load generator: requests leave at a fixed rate whatever the answers do, and each latency
 * is measured from the moment its request was due, not sent, so a stalled server is not flattered
 * (no coordinated omission). Latencies go into HdrHistogram, per kind of request.
 *
 * <p>Run by the benchmark as a process of its own: {@code LoadGenerator URLS RATE SECONDS WARMUP_SECONDS},
 * the token in {@code ANNALS_BENCH_TOKEN}; URLS has lines {@code kind<TAB>url}, used in turn. Prints one
 * JSON object.
 */
public final class LoadGenerator {

  private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(2);

  private LoadGenerator() {}

  public static void main(String[] args) throws Exception {
    List<String[]> targets = Files.readAllLines(Path.of(args[0])).stream().filter(l -> !l.isBlank())
        .map(l -> l.split("\t", 2)).toList();
    double rate = Double.parseDouble(args[1]);
    int seconds = Integer.parseInt(args[2]);
    int warmUp = Integer.parseInt(args[3]);
    String token = System.getenv("ANNALS_BENCH_TOKEN");
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();

    Map<String, Histogram> histograms = new ConcurrentHashMap<>();
    Histogram all = new Histogram(MAX_MICROS, 3);
    Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    AtomicLong sent = new AtomicLong();
    long total = Math.round(rate * (warmUp + seconds));
    long recordedFrom = Math.round(rate * warmUp);
    CountDownLatch done = new CountDownLatch((int) total);
    long intervalNanos = Math.round(1e9 / rate);
    long start = System.nanoTime();
    for (long i = 0; i < total; i++) {
      long due = start + i * intervalNanos;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      String[] target = targets.get((int) (i % targets.size()));
      boolean recorded = i >= recordedFrom;
      HttpRequest request = HttpRequest.newBuilder(URI.create(target[1])).timeout(Duration.ofSeconds(30))
          .header("Authorization", "Bearer " + token).GET().build();
      sent.incrementAndGet();
      http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
        long micros = Math.min(MAX_MICROS, (System.nanoTime() - due) / 1000);
        if (recorded) {
          synchronized (all) {
            all.recordValue(micros);
          }
          Histogram kind = histograms.computeIfAbsent(target[0], k -> new Histogram(MAX_MICROS, 3));
          synchronized (kind) {
            kind.recordValue(micros);
          }
          String error = failure != null ? failure.getClass().getSimpleName()
              : response.statusCode() != 200 ? String.valueOf(response.statusCode()) : null;
          if (error != null) {
            errors.computeIfAbsent(error, e -> new AtomicLong()).incrementAndGet();
          }
        }
        done.countDown();
      });
    }
    double offeredSeconds = (System.nanoTime() - start) / 1e9;
    done.await(60, TimeUnit.SECONDS);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("rate", rate);
    out.put("seconds", seconds);
    out.put("warmUpSeconds", warmUp);
    out.put("offeredSeconds", offeredSeconds);
    out.put("requests", all.getTotalCount());
    out.put("errors", new TreeMap<>(errors));
    out.put("all", percentiles(all));
    Map<String, Object> kinds = new TreeMap<>();
    histograms.forEach((kind, histogram) -> kinds.put(kind, percentiles(histogram)));
    out.put("byKind", kinds);
    System.out.println(new ObjectMapper().writeValueAsString(out));
    System.exit(0);
  }

  /** Milliseconds at the usual percentiles, and the count. */
  static Map<String, Object> percentiles(Histogram histogram) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("count", histogram.getTotalCount());
    out.put("p50ms", histogram.getValueAtPercentile(50) / 1000.0);
    out.put("p95ms", histogram.getValueAtPercentile(95) / 1000.0);
    out.put("p99ms", histogram.getValueAtPercentile(99) / 1000.0);
    out.put("maxMs", histogram.getMaxValue() / 1000.0);
    return out;
  }
}
