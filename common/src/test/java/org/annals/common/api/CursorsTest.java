package org.annals.common.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.annals.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

class CursorsTest {

  @Test
  void partsComeBackAsTheyWentIn() {
    assertArrayEquals(new String[] {"2023-01-28", "abc"}, Cursors.decode(Cursors.encode("2023-01-28", "abc"), 2));
    assertArrayEquals(new String[] {"42"}, Cursors.decode(Cursors.encode(42L), 1));
  }

  @Test
  void theFirstPartMayHoldTheSeparator() {
    assertArrayEquals(new String[] {"ab|cd", "id"}, Cursors.decode(Cursors.encode("ab|cd", "id"), 2));
  }

  @Test
  void aCursorOfAnotherShapeIsAClientError() {
    ProblemException wrongCount = assertThrows(ProblemException.class,
        () -> Cursors.decode(Cursors.encode("only-one"), 2));
    assertEquals(400, wrongCount.status());
    assertEquals(400, assertThrows(ProblemException.class, () -> Cursors.decode("%%%", 1)).status());
  }

  @Test
  void aForgedCursorCarryingWhatNoParameterMayIsAClientError() {
    for (String part : new String[] {"ir\u0000an", "a\u0001", "\ufffe", "b\u009f"}) {
      ProblemException forged = assertThrows(ProblemException.class,
          () -> Cursors.decode(Cursors.encode(part, "id"), 2), part);
      assertEquals("cursor", forged.errors().get(0).field());
    }
  }
}
