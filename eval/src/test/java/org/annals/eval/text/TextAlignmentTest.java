package org.annals.eval.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TextAlignmentTest {

  @Test
  void sameTextKeepsOffsets() {
    String text = "Officials said on Saturday that a drone struck.";
    TextAlignment alignment = TextAlignment.of(text, text);
    assertArrayEquals(new int[] {18, 26}, alignment.span(18, 26));
  }

  @Test
  void spacingAndBlankLinesChangedByIngestion() {
    String original = "\nFirst  line.\n\n\n\nOn Saturday it rained.";
    String stored = "First line.\n\nOn Saturday it rained.";
    TextAlignment alignment = TextAlignment.of(original, stored);
    int start = original.indexOf("Saturday");
    int[] span = alignment.span(start, start + "Saturday".length());
    assertEquals("Saturday", stored.substring(span[0], span[1]));
  }

  @Test
  void codePointOffsetsBecomeUtf16Offsets() {
    // The emoji is one code point and two UTF-16 units: gold offsets after it differ by one.
    String text = "Fans \uD83D\uDE00 cheered on Monday.";
    TextAlignment alignment = TextAlignment.of(text, text);
    int start = text.codePointCount(0, text.indexOf("Monday"));
    int[] span = alignment.span(start, start + 6);
    assertEquals("Monday", text.substring(span[0], span[1]));
  }

  @Test
  void textRemovedAtTheEndHasNoSpan() {
    String original = "The strike came on Sunday.\n\nLeave a Reply Cancel reply";
    String stored = "The strike came on Sunday.";
    TextAlignment alignment = TextAlignment.of(original, stored);
    int reply = original.indexOf("Reply");
    assertNull(alignment.span(reply, reply + 5));
    int sunday = original.indexOf("Sunday");
    assertEquals("Sunday", stored.substring(alignment.span(sunday, sunday + 6)[0], alignment.span(sunday, sunday + 6)[1]));
  }

  @Test
  void resynchronisesAfterAChangedCharacter() {
    // NFC composes e + combining acute into one character: everything after moves by one.
    String original = "Cafe\u0301 owners met on Tuesday in the capital.";
    String stored = "Caf\u00e9 owners met on Tuesday in the capital.";
    TextAlignment alignment = TextAlignment.of(original, stored);
    int start = original.codePointCount(0, original.indexOf("Tuesday"));
    int[] span = alignment.span(start, start + 7);
    assertEquals("Tuesday", stored.substring(span[0], span[1]));
  }

  @Test
  void codePointsOfAUtf16Span() {
    String text = "\uD83D\uDE00 on Monday";
    assertArrayEquals(new int[] {5, 11}, TextAlignment.codePoints(text, 6, 12));
  }
}
