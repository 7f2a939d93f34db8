package org.annals.eval.text;

/**
 * Maps offsets in a text as a gold file gives it (Unicode code points) to offsets in the text Annals
 * stored for it (UTF-16 code units, as every offset the API answers). Ingestion normalises a text
 * (Unicode NFC, spacing, blank lines, page furniture at the ends), so the two can differ; they are
 * aligned character by character with spacing ignored, resynchronising after any other difference.
 */
public final class TextAlignment {

  /** Characters that must agree after a difference before the two texts are in step again. */
  private static final int ANCHOR = 8;
  /** How far ahead a resynchronisation is looked for, in characters, on either side. */
  private static final int WINDOW = 400;

  private final int[] storedOf;
  private final String stored;

  private TextAlignment(int[] storedOf, String stored) {
    this.storedOf = storedOf;
    this.stored = stored;
  }

  /**
   * @param original the text as given (offsets into it are code points)
   * @param stored the text as Annals stored it
   */
  public static TextAlignment of(String original, String stored) {
    int[] chars = original.codePoints().toArray();
    int[] storedChars = stored.codePoints().toArray();
    // storedCp[i]: the stored code point that original code point i became, -1 when it is gone
    int[] storedCp = new int[chars.length];
    java.util.Arrays.fill(storedCp, -1);
    int i = 0;
    int j = 0;
    while (i < chars.length && j < storedChars.length) {
      if (chars[i] == storedChars[j]) {
        storedCp[i++] = j++;
      } else if (Character.isWhitespace(chars[i])) {
        i++;
      } else if (Character.isWhitespace(storedChars[j])) {
        j++;
      } else {
        int[] next = resynchronise(chars, i, storedChars, j);
        i = next[0];
        j = next[1];
      }
    }
    int[] utf16 = new int[storedChars.length + 1];
    for (int k = 0, at = 0; k <= storedChars.length; k++) {
      utf16[k] = at;
      if (k < storedChars.length) {
        at += Character.charCount(storedChars[k]);
      }
    }
    int[] storedOf = new int[chars.length + 1];
    for (int k = 0; k < chars.length; k++) {
      storedOf[k] = storedCp[k] < 0 ? -1 : utf16[storedCp[k]];
    }
    storedOf[chars.length] = stored.length();
    return new TextAlignment(storedOf, stored);
  }

  /** The nearest pair of positions, within the window, from which both texts agree for ANCHOR characters. */
  private static int[] resynchronise(int[] a, int i, int[] b, int j) {
    for (int distance = 1; distance <= 2 * WINDOW; distance++) {
      for (int da = 0; da <= Math.min(distance, WINDOW); da++) {
        int db = distance - da;
        if (db > WINDOW) {
          continue;
        }
        if (agree(a, i + da, b, j + db)) {
          return new int[] {i + da, j + db};
        }
      }
    }
    return new int[] {i + 1, j + 1};
  }

  private static boolean agree(int[] a, int i, int[] b, int j) {
    if (i + ANCHOR > a.length || j + ANCHOR > b.length) {
      return false;
    }
    for (int k = 0; k < ANCHOR; k++) {
      if (a[i + k] != b[j + k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The stored span of the original code-point span [start, end): from the first of its characters
   * that survived to just after the last one; null when none did.
   */
  public int[] span(int start, int end) {
    int first = -1;
    int last = -1;
    for (int k = start; k < end && k < storedOf.length - 1; k++) {
      if (storedOf[k] >= 0) {
        if (first < 0) {
          first = storedOf[k];
        }
        last = storedOf[k];
      }
    }
    if (first < 0) {
      return null;
    }
    return new int[] {first, last + Character.charCount(stored.codePointAt(last))};
  }

  /** Code-point offsets of a UTF-16 span of the same text. */
  public static int[] codePoints(String text, int start, int end) {
    return new int[] {text.codePointCount(0, start), text.codePointCount(0, end)};
  }
}
