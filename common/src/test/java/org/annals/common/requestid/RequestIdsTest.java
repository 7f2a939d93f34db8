package org.annals.common.requestid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestIdsTest {

  @Test
  void keepsASaneIdFromTheCaller() {
    assertEquals("batch-42.retry:1", RequestIds.acceptOrCreate("batch-42.retry:1"));
  }

  @Test
  void replacesIdsThatWouldPolluteLogsOrHeaders() {
    for (String bad : new String[] {null, "", "a b", "line\nbreak", "x".repeat(129), "<script>"}) {
      String id = RequestIds.acceptOrCreate(bad);
      assertNotEquals(bad, id);
      assertTrue(id.matches("[0-9a-f]{32}"), id);
    }
  }

  @Test
  void createsDistinctIds() {
    assertNotEquals(RequestIds.create(), RequestIds.create());
  }
}
