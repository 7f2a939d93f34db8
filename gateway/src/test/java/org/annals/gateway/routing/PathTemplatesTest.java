package org.annals.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PathTemplatesTest {

  @Test
  void keepsServicePathsAndKnownNamesAndHidesIdsAndInventions() {
    assertEquals("/api/v1/articles", PathTemplates.of("/api/v1/articles"));
    assertEquals("/api/v1/articles/batch", PathTemplates.of("/api/v1/articles/batch"));
    assertEquals("/api/v1/articles/{id}", PathTemplates.of("/api/v1/articles/0b6c2f0e-1d2c-4e8a-9c1d-2f3e4a5b6c7d"));
    assertEquals("/api/v1/articles/{id}/reprocess", PathTemplates.of("/api/v1/articles/a1/reprocess"));
    assertEquals("/api/v1/entities/{id}/mentions", PathTemplates.of("/api/v1/entities/e1/mentions"));
    assertEquals("/api/v1/timelines/{id}", PathTemplates.of("/api/v1/timelines/t1"));
    assertEquals("/api/v1/entities/{id}/{unknown}", PathTemplates.of("/api/v1/entities/e1/whatever"));
    assertEquals("/api/v1/entities/{id}/{unknown}/{unknown}", PathTemplates.of("/api/v1/entities/e1/a/b/c/d"));
    assertEquals("/api/{unknown}", PathTemplates.of("/api/v2/made-up"));
  }
}
