package org.annals.common.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A {@link JsonBody} operation reads its body only when it is declared as JSON in UTF-8, not encoded:
 * a body of an undeclared, wildcard or other type, another charset, or a compression this service does
 * not undo would otherwise be read as JSON anyway, or misread.
 */
public class JsonBodyFilter {

  private static final String ADVICE = " Send the body as application/json in UTF-8, uncompressed.";

  @JsonBody
  @ServerRequestFilter
  public void check(HttpHeaders headers) {
    BodyHeaders.requireIdentityEncoding(headers.getHeaderString("Content-Encoding"), ADVICE);
    MediaType media = BodyHeaders.requireMediaType(headers.getHeaderString(HttpHeaders.CONTENT_TYPE), ADVICE);
    if (!"application".equalsIgnoreCase(media.getType()) || !"json".equalsIgnoreCase(media.getSubtype())) {
      throw BodyHeaders.unsupported("This operation reads application/json only." + ADVICE);
    }
    String charset = media.getParameters().get(MediaType.CHARSET_PARAMETER);
    if (charset != null && !charset.strip().equalsIgnoreCase("utf-8")) {
      throw BodyHeaders.unsupported("JSON is read in UTF-8 only." + ADVICE);
    }
  }
}
