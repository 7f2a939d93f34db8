package org.annals.eval.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.eval.api.AnnalsApi;
import org.annals.eval.api.Stack;
import org.annals.eval.api.StackException;
import org.annals.eval.report.Results;

/**
 * {@code ./annals bench}: how fast the running stack analyses articles against raw CoreNLP on the same
 * texts, how fast it answers reads under load, and how much memory each process holds.
 *
 * <ul>
 *   <li>{@code bench [N|DIR]}: N texts of the default file (TimeBank; 100), or a directory's .txt files:
 *       throughput, the CoreNLP floor, latency, memory;
 *   <li>{@code bench load N}: N synthetic articles through the batch API (to reach a store of 10,000),
 *       waited for;
 *   <li>{@code bench latency}: latency and memory only, on what the store holds.
 * </ul>
 * Settings (system properties, from the launcher): {@code annals.bench.rate} (requests/s, 200),
 * {@code annals.bench.seconds} (60), {@code annals.bench.pids} (name=pid,... for memory and CPU).
 */
public final class BenchMain {

  private static final int DEFAULT_TEXTS = 100;

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    AnnalsApi api = new AnnalsApi(Stack.fromSystemProperties());
    Path results = Results.directory("bench/results");
    Map<String, Object> figures = new LinkedHashMap<>();
    try {
      if (args.length == 2 && args[0].equals("load")) {
        figures.put("load", Load.synthetic(api, Integer.parseInt(args[1])));
      } else if (args.length == 1 && args[0].equals("latency")) {
        figures.put("latency", latency(api));
      } else if (args.length <= 1) {
        BenchTexts texts = texts(args);
        String pids = System.getProperty("annals.bench.pids", "");
        Map<String, Double> cpuBefore = Processes.cpuSeconds(pids);
        Map<String, Object> throughput = Throughput.run(api, texts);
        figures.put("throughput", throughput);
        figures.put("cpuSecondsPerArticle", cpuPerArticle(cpuBefore, Processes.cpuSeconds(pids),
            texts.texts().size()));
        Map<String, Object> floor = floor(texts);
        figures.put("corenlpFloor", floor);
        double stackRate = (double) throughput.get("articlesPerSecond");
        double floorRate = (double) floor.get("textsPerSecond");
        figures.put("overheadOverCoreNlp", floorRate / stackRate - 1);
        System.out.printf("%nThroughput  stack %.2f articles/s (first post to last DONE), raw CoreNLP %.2f texts/s:"
            + " the pipeline takes %.0f%% longer than CoreNLP alone (target <= 15%%)%n", stackRate, floorRate,
            100 * (floorRate / stackRate - 1));
        figures.put("latency", latency(api));
      } else {
        System.err.println("usage: bench [N|DIR] | bench load N | bench latency");
        System.exit(2);
      }
      Map<String, Long> memory = Processes.rss(System.getProperty("annals.bench.pids", ""));
      figures.put("rssMiB", memory);
      System.out.printf("%nResident memory after the run (MiB): %s%n", memory);
      System.out.printf("%nResults: %s%n", Results.write(results, "bench", figures));
    } catch (StackException e) {
      System.err.println("bench: " + e.getMessage());
      System.exit(1);
    }
  }

  /** The CPU each process spent during the throughput run, per article, and all of them summed. */
  private static Map<String, Double> cpuPerArticle(Map<String, Double> before, Map<String, Double> after,
      int articles) {
    Map<String, Double> perArticle = new LinkedHashMap<>();
    double total = 0;
    for (Map.Entry<String, Double> process : after.entrySet()) {
      double spent = process.getValue() - before.getOrDefault(process.getKey(), 0.0);
      perArticle.put(process.getKey(), spent / articles);
      total += spent;
    }
    perArticle.put("total", total / articles);
    System.out.printf("  CPU seconds per article: %s%n", perArticle.entrySet().stream()
        .map(e -> String.format("%s %.2f", e.getKey(), e.getValue())).collect(java.util.stream.Collectors.joining(", ")));
    return perArticle;
  }

  private static BenchTexts texts(String[] args) throws IOException {
    if (args.length == 1 && Files.isDirectory(Path.of(args[0]))) {
      return BenchTexts.read(Path.of(args[0]), Integer.MAX_VALUE);
    }
    Path file = Path.of(System.getProperty("annals.bench.default-texts", "../shared/eval/timebank-timex.jsonl"));
    if (!Files.isRegularFile(file)) {
      throw new StackException("no default texts at " + file + "; name a directory of .txt files: ./annals bench DIR");
    }
    return BenchTexts.read(file, args.length == 1 ? Integer.parseInt(args[0]) : DEFAULT_TEXTS);
  }

  /** The same texts through raw CoreNLP, in a JVM of its own with as many threads as cores. */
  private static Map<String, Object> floor(BenchTexts texts) throws IOException, InterruptedException {
    Path file = Files.createTempFile("annals-bench-texts", ".jsonl");
    try {
      ObjectMapper json = new ObjectMapper();
      List<String> lines = new ArrayList<>();
      for (BenchTexts.Text text : texts.texts()) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("doc", text.name());
        line.put("text", text.text());
        line.put("dct", text.publishedAt());
        lines.add(json.writeValueAsString(line));
      }
      Files.write(file, lines, StandardCharsets.UTF_8);
      int threads = Runtime.getRuntime().availableProcessors();
      System.out.printf("%nRaw CoreNLP on the same %d texts, %d threads, one JVM (-Xmx3g): loading the models...%n",
          texts.texts().size(), threads);
      String output = Child.run(List.of("-Xmx3g"), CoreNlpFloor.class, List.of(file.toString(),
          String.valueOf(texts.texts().size()), String.valueOf(threads)), Map.of());
      @SuppressWarnings("unchecked")
      Map<String, Object> floor = json.readValue(output, Map.class);
      System.out.printf("  %.2f texts/s (%.0f s; models loaded in %.0f s)%n", floor.get("textsPerSecond"),
          floor.get("seconds"), floor.get("modelLoadSeconds"));
      return floor;
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Reads under load from a separate process: entities by name, timelines, events by dates. */
  static Map<String, Object> latency(AnnalsApi api) throws IOException, InterruptedException {
    double rate = Double.parseDouble(System.getProperty("annals.bench.rate", "200"));
    int seconds = Integer.parseInt(System.getProperty("annals.bench.seconds", "60"));
    int warmUp = 5;
    Map<String, Object> out = new LinkedHashMap<>();
    int stored = api.countArticles(1_000_000);
    out.put("articlesStored", stored);
    long allowance = api.rateAllowance();
    out.put("rateLimitRemaining", allowance);
    long needed = Math.round(rate * (seconds + warmUp));
    if (allowance >= 0 && allowance < needed) {
      String why = "the gateway's rate limit leaves the reader " + allowance + " requests; this run needs " + needed
          + ". Start the stack for benchmarking with ANNALS_GATEWAY_RATE_LIMIT_REQUESTS=1000000 (README, Performance)";
      System.out.printf("%nLatency: skipped: %s%n", why);
      out.put("skipped", why);
      return out;
    }
    List<String> targets = Targets.reads(api);
    Path file = Files.createTempFile("annals-bench-urls", ".tsv");
    try {
      Files.write(file, targets, StandardCharsets.UTF_8);
      System.out.printf("%nLatency: %.0f reads/s for %d s through the gateway (after %d s of warm-up), %d articles"
          + " stored; load from a separate process...%n", rate, seconds, warmUp, stored);
      String output = Child.run(List.of("-Xmx256m"), LoadGenerator.class, List.of(file.toString(),
          String.valueOf(rate), String.valueOf(seconds), String.valueOf(warmUp)),
          Map.of("ANNALS_BENCH_TOKEN", api.token("reader")));
      JsonNode result = new ObjectMapper().readTree(output);
      System.out.printf("  %-10s %8s %8s %8s %8s %8s%n", "", "count", "p50 ms", "p95 ms", "p99 ms", "max ms");
      print("all", result.get("all"));
      result.get("byKind").fields().forEachRemaining(kind -> print(kind.getKey(), kind.getValue()));
      System.out.printf("  errors: %s (target: p99 < 50 ms at 200/s with 10,000 articles stored, no errors)%n",
          result.get("errors").isEmpty() ? "none" : result.get("errors"));
      out.put("result", new ObjectMapper().convertValue(result, Map.class));
      return out;
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static void print(String name, JsonNode row) {
    System.out.printf("  %-10s %8d %8.1f %8.1f %8.1f %8.1f%n", name, row.get("count").asLong(),
        row.get("p50ms").asDouble(), row.get("p95ms").asDouble(), row.get("p99ms").asDouble(),
        row.get("maxMs").asDouble());
  }
}
