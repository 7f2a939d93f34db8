package org.annals.systemtests;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A character that is never acceptable text, and how each carrier writes it: as a JSON escape, raw in
 * a body, percent-encoded in a URL, as an HTML character reference.
 */
public enum Poison {
  NUL('\u0000'),
  CONTROL('\u0001'),
  ESCAPE('\u001b'),
  LONE_SURROGATE('\ud800'),
  NONCHARACTER_FFFE('\ufffe'),
  NONCHARACTER_FDD0('\ufdd0');

  /** Those a URL can carry: a lone surrogate has no UTF-8 form (a decoder would make U+FFFD of it). */
  public static final List<Poison> IN_URLS = List.of(NUL, CONTROL, NONCHARACTER_FFFE);

  private final char character;

  Poison(char character) {
    this.character = character;
  }

  /** As a JSON string escape (a lone surrogate can only be sent this way in JSON). */
  public String jsonEscape() {
    return String.format("\\u%04x", (int) character);
  }

  /** Percent-encoded UTF-8, for a query or path. */
  public String urlEncoded() {
    return URLEncoder.encode(String.valueOf(character), StandardCharsets.UTF_8);
  }

  /** Raw in a UTF-8 body; a lone surrogate as the bytes a careless encoder writes (CESU-8). */
  public byte[] utf8() {
    if (Character.isSurrogate(character)) {
      return new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
    }
    return String.valueOf(character).getBytes(StandardCharsets.UTF_8);
  }

  public String label() {
    return String.format("U+%04X", (int) character);
  }
}
