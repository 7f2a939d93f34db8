package org.annals.ingest.pipeline;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with jitter, so replicas and articles do not retry in lockstep. */
final class Backoff {

  private Backoff() {}

  static Duration after(int tries, Duration base, Duration max) {
    double exponential = base.toMillis() * Math.pow(2, Math.max(0, Math.min(tries - 1, 20)));
    double capped = Math.min(exponential, max.toMillis());
    double jittered = capped * ThreadLocalRandom.current().nextDouble(0.8, 1.2);
    return Duration.ofMillis(Math.max(1, Math.round(jittered)));
  }
}
