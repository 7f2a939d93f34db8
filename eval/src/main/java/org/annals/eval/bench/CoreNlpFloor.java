package org.annals.eval.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotator;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.annals.nlp.ArticlePipeline;

/**
 * The floor the pipeline cannot beat on this hardware: the one CoreNLP pipeline the platform runs on an
 * article ({@link ArticlePipeline}: tokenize .. depparse, in entity-service) and SUTime after it (in
 * timeline-service), on the same texts, in one JVM, nothing else. The texts are shared out over as many
 * threads as there are cores, after a warm-up; loading the models is not counted.
 *
 * <p>Run by the benchmark in a JVM of its own: {@code CoreNlpFloor TEXTS N THREADS}; prints one JSON object.
 */
public final class CoreNlpFloor {

  private static final int WARM_UP = 5;

  private CoreNlpFloor() {}

  public static void main(String[] args) throws Exception {
    BenchTexts texts = BenchTexts.read(Path.of(args[0]), Integer.parseInt(args[1]));
    int threads = Integer.parseInt(args[2]);
    long loading = System.nanoTime();
    ArticlePipeline pipeline = new ArticlePipeline();
    TimeAnnotator sutime = ArticlePipeline.timeAnnotator();
    double loadSeconds = (System.nanoTime() - loading) / 1e9;
    List<BenchTexts.Text> all = texts.texts();
    for (BenchTexts.Text text : all.subList(0, Math.min(WARM_UP, all.size()))) {
      annotate(pipeline, sutime, text);
    }
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long started = System.nanoTime();
    List<Future<?>> workers = new java.util.ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < all.size(); i = next.getAndIncrement()) {
          annotate(pipeline, sutime, all.get(i));
        }
      }));
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    pool.shutdown();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("texts", all.size());
    out.put("threads", threads);
    out.put("seconds", seconds);
    out.put("textsPerSecond", all.size() / seconds);
    out.put("modelLoadSeconds", loadSeconds);
    out.put("heapMaxMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    System.out.println(new ObjectMapper().writeValueAsString(out));
  }

  private static void annotate(ArticlePipeline pipeline, TimeAnnotator sutime, BenchTexts.Text text) {
    Annotation document = pipeline.annotate(text.text());
    document.set(CoreAnnotations.DocDateAnnotation.class, text.publishedAt() == null ? "2000-01-05" : text.publishedAt());
    sutime.annotate(document);
  }
}
