package org.annals.entity.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the word lists under {@code kb/lexicon/} on the classpath, one word a line with {@code #}
 * comments (see {@code kb/lexicon/README.md}). A list that is missing or has a line it cannot read stops
 * the service at once: a silently shorter list would only show as mentions quietly resolved worse.
 */
final class LexiconLoader {

  private static final String FOLDER = "kb/lexicon/";

  private LexiconLoader() {}

  /** A list compared in lower case (lemmas, lower-cased words): an entry with a capital could never match. */
  static Set<String> lowerCase(String file) {
    return words(FOLDER + file, lines(file), true);
  }

  /** A list of tokens compared exactly as a text writes them ("Mr.", "Jr."). */
  static Set<String> asWritten(String file) {
    return words(FOLDER + file, lines(file), false);
  }

  /** In list order, so that a list made into a pattern alternates in the order it was written. */
  static Set<String> words(String source, List<String> lines, boolean lowerCase) {
    Set<String> words = new LinkedHashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int comment = line.indexOf('#');
      String word = (comment < 0 ? line : line.substring(0, comment)).strip();
      if (word.isEmpty()) {
        continue;
      }
      if (word.chars().anyMatch(Character::isWhitespace)) {
        throw malformed(source, i, "expected one word, got '" + word + "'");
      }
      if (lowerCase && !word.equals(word.toLowerCase(Locale.ROOT))) {
        throw malformed(source, i, "'" + word + "' must be written in lower case");
      }
      if (!words.add(word)) {
        throw malformed(source, i, "'" + word + "' is listed twice");
      }
    }
    return Collections.unmodifiableSet(words);
  }

  private static IllegalStateException malformed(String source, int index, String problem) {
    return new IllegalStateException(source + " line " + (index + 1) + ": " + problem);
  }

  private static List<String> lines(String file) {
    String path = FOLDER + file;
    try (InputStream in = LexiconLoader.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("the word list " + path + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
