package org.annals.gateway.routing;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.annals.gateway.config.GatewayConfig;

/**
 * Per-user rate limits: one token bucket per caller, refilled evenly over the configured period. Buckets
 * of callers not seen for a while are forgotten, so memory stays bounded.
 */
@ApplicationScoped
public class RateLimiter {

  private static final int MAX_CALLERS = 100_000;

  private final Cache<String, Bucket> buckets;
  private final long requests;
  private final Duration per;

  public RateLimiter(GatewayConfig config) {
    this.requests = config.rateLimit().requests();
    this.per = config.rateLimit().per();
    this.buckets = Caffeine.newBuilder().maximumSize(MAX_CALLERS).expireAfterAccess(per.multipliedBy(2)).build();
  }

  /** Takes one request from the caller's allowance: empty when allowed, the wait otherwise. */
  public Decision take(String caller) {
    Bucket bucket = buckets.get(caller, key -> Bucket.builder()
        .addLimit(limit -> limit.capacity(requests).refillGreedy(requests, per))
        .build());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    return new Decision(probe.isConsumed(), probe.getRemainingTokens(),
        Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  /** Whether a request may go on, how many remain, and how long to wait when it may not. */
  public record Decision(boolean allowed, long remaining, Duration retryAfter) {

    /** Whole seconds, rounded up, as Retry-After wants them. */
    public long retryAfterSeconds() {
      return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
  }
}
