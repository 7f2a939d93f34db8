package org.annals.ingest.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annals.common.api.BodyHeaders;
import org.annals.common.problem.ProblemException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The article operations read a body only as a type they name, in a charset it may have, uncompressed.
 * Checked before matching: Quarkus REST takes a body without a Content-Type, or with a wildcard, as
 * matching {@code @Consumes} (a JSON body would be stored as the article's text), fails on an empty
 * one, and ignores Content-Encoding (a gzip body would be read as text).
 */
public class ContentTypeFilter {

  private static final MediaType NDJSON = MediaType.valueOf(ArticleResource.NDJSON);

  /** What each operation with a body reads, and how its 415 says so. */
  private static final Map<String, Accepted> OPERATIONS = Map.of(
      ArticleResource.PATH, new Accepted("an article",
          List.of(MediaType.APPLICATION_JSON_TYPE, MediaType.TEXT_PLAIN_TYPE, MediaType.TEXT_HTML_TYPE)),
      ArticleResource.PATH + "/batch", new Accepted("a batch", List.of(MediaType.APPLICATION_JSON_TYPE, NDJSON)));

  private record Accepted(String what, List<MediaType> types) {

    String advice() {
      List<String> names = types.stream().map(type -> type.getType() + "/" + type.getSubtype()).toList();
      return " Send " + what + " as " + String.join(", ", names.subList(0, names.size() - 1)) + " or "
          + names.get(names.size() - 1) + " (JSON in UTF-8; text in UTF-8 or the charset named), uncompressed.";
    }
  }

  @ServerRequestFilter(preMatching = true)
  public void check(ContainerRequestContext request) {
    Accepted accepted = OPERATIONS.get(request.getUriInfo().getPath().replaceFirst("(?<=.)/+$", ""));
    if (accepted == null || !HttpMethod.POST.equals(request.getMethod())) {
      return;
    }
    BodyHeaders.requireIdentityEncoding(request.getHeaderString(HttpHeaders.CONTENT_ENCODING), accepted.advice());
    MediaType type = BodyHeaders.requireMediaType(request.getHeaderString(HttpHeaders.CONTENT_TYPE), accepted.advice());
    if (type.isWildcardType() || type.isWildcardSubtype()
        || accepted.types().stream().noneMatch(known -> known.isCompatible(type))) {
      throw unsupported("The Content-Type '" + type.getType() + "/" + type.getSubtype() + "' is not accepted here.",
          accepted);
    }
    String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
    if (charset != null) {
      requireCharset(charset.strip(), type, accepted);
    }
  }

  /** JSON is UTF-8 (RFC 8259); text may name any charset this JVM decodes. */
  private static void requireCharset(String name, MediaType type, Accepted accepted) {
    boolean json = type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.isCompatible(NDJSON);
    Charset charset = null;
    try {
      charset = Charset.isSupported(name) ? Charset.forName(name) : null;
    } catch (IllegalCharsetNameException e) {
      // Answered below.
    }
    if (charset == null) {
      throw unsupported("The charset '" + name + "' is not supported.", accepted);
    }
    if (json && !charset.equals(StandardCharsets.UTF_8)) {
      throw unsupported("JSON is read in UTF-8 only, not " + name.toUpperCase(Locale.ROOT) + ".", accepted);
    }
  }

  private static ProblemException unsupported(String reason, Accepted accepted) {
    return BodyHeaders.unsupported(reason + accepted.advice());
  }
}
