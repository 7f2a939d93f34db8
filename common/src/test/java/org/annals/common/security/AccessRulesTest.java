package org.annals.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccessRulesTest {

  private static String role(String method, String path) {
    return AccessRules.requiredRole(method, path).orElse("none");
  }

  @Test
  void readingNeedsReaderWritingEditorDeletingAndMergingAdmin() {
    assertEquals("reader", role("GET", "/api/v1/articles"));
    assertEquals("reader", role("head", "/api/v1/entities/1"));
    assertEquals("editor", role("POST", "/api/v1/articles"));
    assertEquals("editor", role("POST", "/api/v1/entities/1/aliases"));
    assertEquals("editor", role("PATCH", "/api/v1/entities/1"));
    assertEquals("editor", role("PUT", "/api/v1/timelines/1"));
    assertEquals("admin", role("DELETE", "/api/v1/articles/1"));
    assertEquals("admin", role("POST", "/api/v1/entities/0b9e/merge"));
    assertEquals("admin", role("POST", "/api/v1/entities/0b9e/merge/"));
    assertEquals("admin", role("TRACE", "/api/v1/articles"), "a method the API does not use");
  }

  @Test
  void internalEndpointsAreForServicesAndTheRestIsNotAnApi() {
    assertEquals("service", role("GET", "/internal/v1/articles/1"));
    assertEquals("service", role("DELETE", "/internal/v1/articles/1"));
    assertEquals(Optional.empty(), AccessRules.requiredRole("GET", "/q/health/ready"));
    assertEquals("editor", role("POST", "/api/v1/articles/merge"), "only entities are merged");
  }
}
