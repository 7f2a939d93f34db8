package org.annals.ingest.text;

import java.util.List;
import java.util.Optional;

/**
 * Finds the headline a plain-text article starts with: a first paragraph of one short line that does
 * not read as a sentence, followed by the body.
 */
public final class Headline {

  private static final int MAX_CHARS = 200;
  private static final int MAX_WORDS = 30;

  private Headline() {}

  public static Optional<String> of(String normalizedText) {
    List<String> paragraphs = TextNormalizer.paragraphs(normalizedText);
    if (paragraphs.size() < 2) {
      return Optional.empty();
    }
    String first = paragraphs.get(0);
    if (first.contains("\n") || first.length() > MAX_CHARS || TextChecks.wordCount(first) > MAX_WORDS) {
      return Optional.empty();
    }
    char last = first.charAt(first.length() - 1);
    // A headline ends without a full stop; a question or exclamation can still be one.
    if (".:;,".indexOf(last) >= 0 || !Character.isUpperCase(first.codePointAt(0)) && !Character.isDigit(first.charAt(0))) {
      return Optional.empty();
    }
    return Optional.of(first);
  }
}
