package org.annals.common.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.annals.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

class ParamsTest {

  @Test
  void takesDaysOfTheYearsOneToNineThousand() {
    assertEquals(LocalDate.of(2023, 1, 28), Params.date("2023-01-28", "from"));
    assertEquals(LocalDate.of(1, 1, 1), Params.date("0001-01-01", "from"));
    assertEquals(LocalDate.of(9999, 12, 31), Params.date("9999-12-31", "to"));
  }

  @Test
  void refusesDaysNoColumnHolds() {
    for (String day : new String[] {"+999999999-12-31", "-999999999-01-01", "0000-01-01", "+10000-01-01"}) {
      ProblemException e = assertThrows(ProblemException.class, () -> Params.date(day, "to"), day);
      assertEquals("to", e.errors().get(0).field());
    }
  }
}
