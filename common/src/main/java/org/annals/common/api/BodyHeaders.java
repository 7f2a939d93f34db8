package org.annals.common.api;

import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import org.annals.common.problem.ProblemException;

/**
 * The headers that say how to read a request body, read the same way by every operation that takes
 * one: a body is read only as a type it declares, and only uncompressed (no service undoes a coding, so
 * a gzip body would be misread as text or JSON).
 */
public final class BodyHeaders {

  private BodyHeaders() {}

  /** Refuses any Content-Encoding but identity; {@code advice} says what to send instead. */
  public static void requireIdentityEncoding(String encoding, String advice) {
    if (encoding != null && !Arrays.stream(encoding.split(","))
        .allMatch(coding -> coding.strip().equalsIgnoreCase("identity"))) {
      throw unsupported("The Content-Encoding '" + encoding.strip() + "' is not accepted: only identity is."
          + advice);
    }
  }

  /** The declared media type; a missing, empty or unparseable Content-Type is refused. */
  public static MediaType requireMediaType(String header, String advice) {
    if (header == null || header.isBlank()) {
      throw unsupported("The request has no Content-Type." + advice);
    }
    try {
      return MediaType.valueOf(header.strip());
    } catch (IllegalArgumentException e) {
      throw unsupported("The Content-Type '" + header.strip() + "' is not a media type." + advice);
    }
  }

  public static ProblemException unsupported(String detail) {
    return new ProblemException(415, "unsupported-media-type", "Unsupported Media Type", detail);
  }
}
