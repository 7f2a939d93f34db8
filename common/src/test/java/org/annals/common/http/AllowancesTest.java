package org.annals.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AllowancesTest {

  private final Allowances allowances = new Allowances(3, Duration.ofMinutes(1));

  @Test
  void takesUntilTheAllowanceIsUsedUpThenSaysHowLongToWait() {
    for (int i = 2; i >= 0; i--) {
      Allowances.Decision decision = allowances.take("a");
      assertTrue(decision.allowed());
      assertEquals(i, decision.remaining());
    }
    Allowances.Decision refused = allowances.take("a");
    assertFalse(refused.allowed());
    // Three a minute, refilled evenly: the next one in 20 s.
    assertTrue(refused.retryAfterSeconds() > 15 && refused.retryAfterSeconds() <= 20, refused.toString());
    assertTrue(allowances.take("b").allowed(), "each key has its own allowance");
  }

  @Test
  void peekingTakesNothingAndChargingTakesOne() {
    for (int i = 0; i < 5; i++) {
      assertTrue(allowances.peek("c").allowed());
    }
    allowances.charge("c");
    allowances.charge("c");
    allowances.charge("c");
    assertFalse(allowances.peek("c").allowed());
    allowances.charge("c");
    assertFalse(allowances.take("c").allowed());
  }
}
