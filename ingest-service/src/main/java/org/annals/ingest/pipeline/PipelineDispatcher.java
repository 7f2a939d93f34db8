package org.annals.ingest.pipeline;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.annals.ingest.config.IngestConfig;
import org.annals.ingest.persistence.PipelineTaskRepository;

/**
 * Drains the outbox: claims due tasks and carries them out, at most {@code batch-size} at once, until
 * none is due. A worker that finishes takes the next task at once rather than waiting for the others
 * it was claimed with: articles differ tenfold in length, and a batch that waited for its longest one
 * left cores idle. Safe with several replicas (see {@link PipelineTaskRepository#claim}).
 */
@ApplicationScoped
public class PipelineDispatcher {

  private static final long SLOT_WAIT_MS = 500;

  private final PipelineTaskRepository tasks;
  private final TaskProcessor processor;
  private final IngestConfig config;
  private final ExecutorService workers;
  /** One permit per worker that is free. */
  private final Semaphore free;
  private volatile boolean stopping;

  public PipelineDispatcher(PipelineTaskRepository tasks, TaskProcessor processor, IngestConfig config) {
    this.tasks = tasks;
    this.processor = processor;
    this.config = config;
    AtomicInteger count = new AtomicInteger();
    this.workers = Executors.newFixedThreadPool(config.pipeline().batchSize(),
        r -> new Thread(r, "pipeline-worker-" + count.incrementAndGet()));
    this.free = new Semaphore(config.pipeline().batchSize());
  }

  @Scheduled(every = "${annals.ingest.pipeline.interval}", delayed = "${annals.ingest.pipeline.initial-delay}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void dispatch() {
    if (!config.pipeline().enabled()) {
      return;
    }
    while (!stopping) {
      if (!awaitFreeWorker()) {
        continue;
      }
      int slots = 1 + free.drainPermits();
      List<Long> claimed = List.of();
      try {
        claimed = QuarkusTransaction.requiringNew().call(() -> tasks.claim(slots, config.pipeline().lease()));
      } finally {
        // A failed claim must not keep the workers' permits: the dispatcher would wait for them forever.
        free.release(slots - Math.min(slots, claimed.size()));
      }
      if (claimed.isEmpty()) {
        return;
      }
      for (Long id : claimed) {
        workers.execute(() -> {
          try {
            processor.process(id);
          } finally {
            free.release();
          }
        });
      }
    }
  }

  /** Waits a little for a worker to be free; false when none is yet, so that stopping is noticed. */
  private boolean awaitFreeWorker() {
    try {
      return free.tryAcquire(SLOT_WAIT_MS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopping = true;
      return false;
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
