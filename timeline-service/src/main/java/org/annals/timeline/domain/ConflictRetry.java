package org.annals.timeline.domain;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;

/**
 * Runs a write transaction again when it lost a race with another writer ({@link WriteLocks}): an event
 * updated meanwhile (its version moved), or a deadlock PostgreSQL broke by aborting this side. The
 * transaction rolled back whole, so running it again from the start is safe.
 */
final class ConflictRetry {

  private static final Logger LOG = Logger.getLogger(ConflictRetry.class);
  private static final int ATTEMPTS = 6;
  /** Deadlock detected; could not serialize access. */
  private static final Set<String> RETRYABLE_STATES = Set.of("40P01", "40001");

  private ConflictRetry() {}

  static <T> T run(String what, Supplier<T> transaction) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.get();
      } catch (RuntimeException e) {
        if (attempt >= ATTEMPTS || !isConflict(e)) {
          throw e;
        }
        LOG.debugf("%s lost a race with another writer (attempt %d): %s", what, attempt, e.getMessage());
        pause(attempt);
      }
    }
  }

  static boolean isConflict(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException || t instanceof StaleStateException
          || t instanceof PessimisticLockException
          || t instanceof SQLException sql && RETRYABLE_STATES.contains(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /** A short random wait, growing with the attempts, so that the two sides do not collide again at once. */
  private static void pause(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50L * attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to write again", e);
    }
  }
}
