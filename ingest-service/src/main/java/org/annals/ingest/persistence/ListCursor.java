package org.annals.ingest.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.annals.common.api.Cursors;

/**
 * A position in the article listing (newest first): the ingestion time and id of the last article a
 * page held. Opaque to clients; a page never skips or repeats an article, whatever is added meanwhile.
 */
public record ListCursor(Instant ingestedAt, UUID id) {

  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  public String encode() {
    return Cursors.encode(ChronoUnit.MICROS.between(Instant.EPOCH, ingestedAt), id);
  }

  public static ListCursor decode(String cursor) {
    String[] parts = Cursors.decode(cursor, 2);
    try {
      Instant ingestedAt = Instant.EPOCH.plus(Long.parseLong(parts[0]), ChronoUnit.MICROS);
      if (ingestedAt.isBefore(Instant.EPOCH) || ingestedAt.isAfter(LATEST)) {
        throw Cursors.invalid();
      }
      return new ListCursor(ingestedAt, UUID.fromString(parts[1]));
    } catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException e) {
      throw Cursors.invalid();
    }
  }
}
