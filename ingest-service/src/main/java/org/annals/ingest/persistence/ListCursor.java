package org.annals.ingest.persistence;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;
import org.annals.common.problem.ProblemException;

/**
 * A position in the article listing (newest first): the ingestion time and id of the last article a
 * page held. Opaque to clients; a page never skips or repeats an article, whatever is added meanwhile.
 */
public record ListCursor(Instant ingestedAt, UUID id) {

  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  public String encode() {
    long micros = ChronoUnit.MICROS.between(Instant.EPOCH, ingestedAt);
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString((micros + "|" + id).getBytes(StandardCharsets.UTF_8));
  }

  public static ListCursor decode(String cursor) {
    try {
      String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
      if (parts.length != 2) {
        throw new IllegalArgumentException("two parts expected");
      }
      Instant ingestedAt = Instant.EPOCH.plus(Long.parseLong(parts[0]), ChronoUnit.MICROS);
      if (ingestedAt.isBefore(Instant.EPOCH) || ingestedAt.isAfter(LATEST)) {
        throw new IllegalArgumentException("not a time this service stores");
      }
      return new ListCursor(ingestedAt, UUID.fromString(parts[1]));
    } catch (RuntimeException e) {
      throw ProblemException.invalidField("cursor",
          "is not a cursor this service issued; pass the nextCursor of a previous page, or omit it");
    }
  }
}
