package org.annals.common;

import io.quarkus.runtime.Quarkus;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.annals.common.database.EmbeddedDatabase;

/**
 * Runs a service: its embedded database first (unless an external one is configured), then Quarkus.
 * The database stops only after Quarkus has, so in-flight transactions finish on SIGTERM.
 */
public final class ServiceRunner {

  private static final long SHUTDOWN_GRACE_SECONDS = 30;

  private ServiceRunner() {}

  public static void run(String service, String... args) {
    Optional<EmbeddedDatabase> database = EmbeddedDatabase.startUnlessConfigured(service);
    CountDownLatch quarkusStopped = new CountDownLatch(1);
    database.ifPresent(db -> Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        quarkusStopped.await(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      db.close();
    }, "embedded-postgres-stop")));
    AtomicInteger exitCode = new AtomicInteger();
    // Quarkus would call System.exit itself, before the database could be stopped in order.
    Quarkus.run(null, (code, failure) -> {
      exitCode.set(code);
      if (failure != null) {
        failure.printStackTrace();
      }
    }, args);
    quarkusStopped.countDown();
    database.ifPresent(EmbeddedDatabase::close);
    System.exit(exitCode.get());
  }
}
