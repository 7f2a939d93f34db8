package org.annals.timeline.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the word lists under {@code lexicon/} on the classpath (the formats are described in
 * {@code lexicon/README.md}). A list that is missing or has a line it cannot read stops the service
 * at once: a silently shorter list would only show as events quietly lost.
 */
final class LexiconLoader {

  private static final String FOLDER = "lexicon/";

  private LexiconLoader() {}

  /** A list of words, one a line. */
  static Set<String> words(String file) {
    return words(FOLDER + file, lines(file));
  }

  /** A table of {@code word<TAB>VALUE} lines whose values are the constants of {@code values}. */
  static <V extends Enum<V>> Map<String, V> table(String file, Class<V> values) {
    return table(FOLDER + file, lines(file), values);
  }

  static Set<String> words(String source, List<String> lines) {
    Set<String> words = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String entry = content(lines.get(i));
      if (entry.isEmpty()) {
        continue;
      }
      String word = word(source, i, entry, entry);
      if (!words.add(word)) {
        throw malformed(source, i, "'" + word + "' is listed twice");
      }
    }
    return Set.copyOf(words);
  }

  static <V extends Enum<V>> Map<String, V> table(String source, List<String> lines, Class<V> values) {
    Map<String, V> table = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String entry = content(lines.get(i));
      if (entry.isEmpty()) {
        continue;
      }
      String[] fields = entry.split("\t", -1);
      if (fields.length != 2) {
        throw malformed(source, i, "expected 'word<TAB>" + values.getSimpleName() + "', got '" + entry + "'");
      }
      String word = word(source, i, fields[0], entry);
      if (table.put(word, value(source, i, fields[1].strip(), values)) != null) {
        throw malformed(source, i, "'" + word + "' is listed twice");
      }
    }
    return Map.copyOf(table);
  }

  /** The line without its comment and surrounding blanks. */
  private static String content(String line) {
    int comment = line.indexOf('#');
    return (comment < 0 ? line : line.substring(0, comment)).strip();
  }

  /** Lemmas and words are looked up lower-cased, so an entry in capitals could never match. */
  private static String word(String source, int line, String field, String entry) {
    String word = field.strip();
    if (word.isEmpty() || word.chars().anyMatch(Character::isWhitespace)) {
      throw malformed(source, line, "expected one word, got '" + entry + "'");
    }
    if (!word.equals(word.toLowerCase(Locale.ROOT))) {
      throw malformed(source, line, "'" + word + "' must be written in lower case");
    }
    return word;
  }

  private static <V extends Enum<V>> V value(String source, int line, String name, Class<V> values) {
    try {
      return Enum.valueOf(values, name);
    } catch (IllegalArgumentException e) {
      throw malformed(source, line, "unknown " + values.getSimpleName() + " '" + name + "' (known: "
          + Arrays.toString(values.getEnumConstants()) + ")");
    }
  }

  private static IllegalStateException malformed(String source, int index, String problem) {
    return new IllegalStateException(source + " line " + (index + 1) + ": " + problem);
  }

  private static List<String> lines(String file) {
    InputStream in = LexiconLoader.class.getClassLoader().getResourceAsStream(FOLDER + file);
    if (in == null) {
      throw new IllegalStateException("the word list " + FOLDER + file + " is missing from the classpath");
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FOLDER + file, e);
    }
  }
}
