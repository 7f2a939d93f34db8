package org.annals.ingest.pipeline;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.annals.ingest.config.IngestConfig;
import org.annals.ingest.persistence.PipelineTaskRepository;

/**
 * Drains the outbox: claims due tasks and carries them out in parallel until none is due. Safe with
 * several replicas (see {@link PipelineTaskRepository#claim}).
 */
@ApplicationScoped
public class PipelineDispatcher {

  private final PipelineTaskRepository tasks;
  private final TaskProcessor processor;
  private final IngestConfig config;
  private final ExecutorService workers;
  private volatile boolean stopping;

  public PipelineDispatcher(PipelineTaskRepository tasks, TaskProcessor processor, IngestConfig config) {
    this.tasks = tasks;
    this.processor = processor;
    this.config = config;
    AtomicInteger count = new AtomicInteger();
    this.workers = Executors.newFixedThreadPool(config.pipeline().batchSize(),
        r -> new Thread(r, "pipeline-worker-" + count.incrementAndGet()));
  }

  @Scheduled(every = "${annals.ingest.pipeline.interval}", delayed = "${annals.ingest.pipeline.initial-delay}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void dispatch() {
    if (!config.pipeline().enabled()) {
      return;
    }
    while (!stopping) {
      List<Long> claimed = QuarkusTransaction.requiringNew()
          .call(() -> tasks.claim(config.pipeline().batchSize(), config.pipeline().lease()));
      if (claimed.isEmpty()) {
        return;
      }
      CompletableFuture.allOf(claimed.stream()
          .map(id -> CompletableFuture.runAsync(() -> processor.process(id), workers))
          .toArray(CompletableFuture[]::new)).join();
    }
  }

  void onStop(@Observes ShutdownEvent event) {
    stopping = true;
  }

  @PreDestroy
  void stopWorkers() {
    workers.shutdown();
  }
}
