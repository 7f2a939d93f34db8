package org.annals.ingest.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.common.problem.ProblemException;

/**
 * Reading what a client sent as text: decoding it strictly, and finding its words. Whether the decoded
 * text holds only acceptable characters is {@link org.annals.common.text.InputText}'s one test.
 */
public final class TextChecks {

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
