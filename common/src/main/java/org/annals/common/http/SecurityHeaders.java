package org.annals.common.http;

import io.vertx.core.http.HttpServerResponse;

/** The headers every answer carries, success or error, whoever made it. */
public final class SecurityHeaders {

  private SecurityHeaders() {}

  public static void apply(HttpServerResponse response) {
    response.putHeader("X-Content-Type-Options", "nosniff");
    response.putHeader("X-Frame-Options", "DENY");
    response.putHeader("Referrer-Policy", "no-referrer");
    if (!response.headers().contains("Content-Security-Policy")) {
      // Only framing is restricted: Swagger UI runs its own scripts and styles.
      response.putHeader("Content-Security-Policy", "frame-ancestors 'none'");
    }
    if (response.getStatusCode() >= 400 || !response.headers().contains("Cache-Control")) {
      // Errors concern one request at one moment, and answers one caller's token: neither is to be kept.
      // A success that may be cached (a static file) says so itself.
      response.putHeader("Cache-Control", "no-store");
    }
  }
}
