package org.annals.ingest.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Produces the stored article text, the one every offset in Annals refers to: Unicode NFC, "\n" line
 * ends, no trailing spaces, at most one blank line between paragraphs, boilerplate removed. Curly quotes
 * and apostrophes are kept as they are: they are the norm in news text.
 */
public final class TextNormalizer {

  private TextNormalizer() {}

  public static String normalize(String raw) {
    String text = Normalizer.normalize(raw, Normalizer.Form.NFC)
        .replace("\r\n", "\n")
        .replace('\r', '\n')
        .replace('\u2028', '\n')
        .replace('\u2029', '\n')
        .replace("\uFEFF", "")
        .replace('\u00A0', ' ');
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      lines.add(line.replaceAll("[ \\t\\f\\u000B]+", " ").strip());
    }
    lines = BoilerplateFilter.filter(lines);
    StringBuilder out = new StringBuilder(text.length());
    boolean blankPending = false;
    for (String line : lines) {
      if (line.isEmpty()) {
        blankPending = !out.isEmpty();
        continue;
      }
      if (!out.isEmpty()) {
        out.append(blankPending ? "\n\n" : "\n");
      }
      out.append(line);
      blankPending = false;
    }
    return out.toString();
  }

  /** The paragraphs of a normalised text: blocks separated by blank lines. */
  public static List<String> paragraphs(String normalized) {
    return Arrays.stream(normalized.split("\n\n")).filter(p -> !p.isBlank()).toList();
  }
}
