package org.annals.ingest.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.common.problem.ProblemException;

/** Checks on what a client sent before anything is stored: real text, decodable, not binary. */
public final class TextChecks {

  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0E-\\x1F\\x7F]");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");

  private TextChecks() {}

  /** Decodes strictly: a malformed byte sequence is a client error, never silently replaced. */
  public static String decode(byte[] body, Charset charset) {
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw ProblemException.invalid("The body is not valid " + charset.name()
          + " text. Send the article as UTF-8 (or name its charset in Content-Type).");
    }
  }

  /** Rejects binary content: control characters other than tab and line breaks. */
  public static void requireText(String field, String text) {
    Matcher control = CONTROL.matcher(text);
    if (control.find()) {
      throw ProblemException.invalidField(field, String.format(
          "contains the control character U+%04X at offset %d; send plain text, not binary data",
          (int) text.charAt(control.start()), control.start()));
    }
  }

  public static int wordCount(String text) {
    Matcher words = WORD.matcher(text);
    int count = 0;
    while (words.find()) {
      count++;
    }
    return count;
  }

  public static boolean hasWords(String text) {
    return WORD.matcher(text).find();
  }
}
