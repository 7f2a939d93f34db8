package org.annals.common.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import java.time.Duration;

/**
 * One token bucket per key (a user, an address), holding {@code requests} and refilled evenly over
 * {@code per}. Keys not seen for two periods are forgotten, and at most {@link #MAX_KEYS} are kept, so
 * memory stays bounded whoever calls.
 */
public final class Allowances {

  static final int MAX_KEYS = 100_000;

  private final Cache<String, Bucket> buckets;
  private final long requests;
  private final Duration per;

  public Allowances(long requests, Duration per) {
    this.requests = requests;
    this.per = per;
    this.buckets = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterAccess(per.multipliedBy(2)).build();
  }

  /** Takes one request from the key's allowance. */
  public Decision take(String key) {
    ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
    return new Decision(probe.isConsumed(), probe.getRemainingTokens(),
        Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  /** Whether the key has a request left, without taking it. */
  public Decision peek(String key) {
    EstimationProbe probe = bucket(key).estimateAbilityToConsume(1);
    return new Decision(probe.canBeConsumed(), probe.getRemainingTokens(),
        Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  /** Takes one request from the key's allowance if one is left: for what is counted after the fact. */
  public void charge(String key) {
    bucket(key).tryConsume(1);
  }

  private Bucket bucket(String key) {
    return buckets.get(key, ignored -> Bucket.builder()
        .addLimit(limit -> limit.capacity(requests).refillGreedy(requests, per))
        .build());
  }

  /** Whether a request may go on, how many remain, and how long to wait when it may not. */
  public record Decision(boolean allowed, long remaining, Duration retryAfter) {

    /** Whole seconds, rounded up, as Retry-After wants them. */
    public long retryAfterSeconds() {
      return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
  }
}
