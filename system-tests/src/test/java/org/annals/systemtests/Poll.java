package org.annals.systemtests;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** Waits for a condition the system reaches in its own time, and says what it last saw when it does not. */
public final class Poll {

  private Poll() {}

  public static <T> T until(Duration limit, String what, Supplier<T> probe, java.util.function.Predicate<T> done) {
    Instant deadline = Instant.now().plus(limit);
    T last = probe.get();
    while (!done.test(last)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("not " + what + " after " + limit.toSeconds() + " s; last seen: " + last);
      }
      sleep(Duration.ofMillis(500));
      last = probe.get();
    }
    return last;
  }

  public static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
