package org.annals.common.text;

import java.util.Optional;
import org.annals.common.problem.ProblemException;

/**
 * The one test of whether a string a client sent is text Annals can store and show: every entry (JSON
 * fields, text and HTML bodies after decoding, query and path parameters, cursors, headers, entity
 * names) applies it. PostgreSQL refuses U+0000, a lone surrogate cannot be encoded (it would be stored
 * as '?'), and control characters and non-characters are binary data or a broken encoder, not news:
 * they are refused, never replaced, so what is stored is exactly what was sent.
 */
public final class InputText {

  private InputText() {}

  /** What is wrong with a text, in words for a client; empty when it is acceptable. */
  public static Optional<String> fault(CharSequence text) {
    return fault(text, false);
  }

  /**
   * As {@link #fault(CharSequence)} for a one-line value (a name, a parameter, a header): tab and line
   * breaks are refused too.
   */
  public static Optional<String> lineFault(CharSequence text) {
    return fault(text, true);
  }

  /** Refuses a multi-line text with a problem naming the field; null passes (absence is checked elsewhere). */
  public static String require(String field, String text) {
    fault(text, false).ifPresent(message -> {
      throw ProblemException.invalidField(field, message);
    });
    return text;
  }

  /** Refuses a one-line value (a parameter, a name) with a problem naming the field; null passes. */
  public static String requireLine(String field, String text) {
    fault(text, true).ifPresent(message -> {
      throw ProblemException.invalidField(field, message);
    });
    return text;
  }

  /**
   * A name must also show something: a value made only of spaces, zero-width and other format
   * characters names nothing a reader could see.
   */
  public static String requireName(String field, String name) {
    requireLine(field, name);
    if (name != null && name.codePoints().noneMatch(InputText::visible)) {
      throw ProblemException.invalidField(field, "must contain at least one visible letter, digit or symbol");
    }
    return name;
  }

  private static Optional<String> fault(CharSequence text, boolean oneLine) {
    if (text == null) {
      return Optional.empty();
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
        if (nonCharacter(codePoint)) {
          return Optional.of(describe("the non-character", codePoint, i));
        }
        i++;
        continue;
      }
      if (Character.isSurrogate(c)) {
        return Optional.of(describe("a lone surrogate", c, i) + "; send well-formed UTF-8 or UTF-16");
      }
      if (nonCharacter(c)) {
        return Optional.of(describe("the non-character", c, i));
      }
      if (control(c, oneLine)) {
        return Optional.of(describe("the control character", c, i)
            + (oneLine ? "; a value here is one line of text" : "; send plain text, not binary data"));
      }
    }
    return Optional.empty();
  }

  /** C0 and C1 controls and DEL; tab and the line breaks (LF, VT, FF, CR, NEL) only in multi-line text. */
  private static boolean control(char c, boolean oneLine) {
    boolean lineBreakOrTab = c == '\t' || (c >= '\n' && c <= '\r') || c == '\u0085';
    if (lineBreakOrTab) {
      return oneLine;
    }
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
  }

  /** Unicode's permanently unassigned code points: U+FDD0..U+FDEF and the last two of every plane. */
  private static boolean nonCharacter(int codePoint) {
    return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
  }

  private static boolean visible(int codePoint) {
    int type = Character.getType(codePoint);
    return !Character.isWhitespace(codePoint) && !Character.isSpaceChar(codePoint)
        && type != Character.FORMAT && type != Character.CONTROL && type != Character.NON_SPACING_MARK
        && type != Character.ENCLOSING_MARK && type != Character.UNASSIGNED;
  }

  private static String describe(String what, int codePoint, int offset) {
    return String.format("contains %s U+%04X at offset %d", what, codePoint, offset);
  }
}
