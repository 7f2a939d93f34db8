package org.annals.gateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The OpenAPI documents the stub services serve (src/test/resources/openapi). */
public final class StubDocuments {

  private StubDocuments() {}

  public static byte[] of(String service) {
    try (InputStream in = StubDocuments.class.getResourceAsStream("/openapi/" + service + ".json")) {
      if (in == null) {
        throw new IllegalArgumentException("no stub document for " + service);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
