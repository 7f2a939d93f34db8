package org.annals.entity.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The word list format, and that a list the loader cannot read stops it with the file and line at fault. */
class LexiconLoaderTest {

  @Test
  void commentsAndBlankLinesAreSkipped() {
    Set<String> words = LexiconLoader.words("test.txt", List.of("# why these words", "", "fear", "  warn  ",
        "deny   # a comment after the word"), true);
    assertEquals(Set.of("fear", "warn", "deny"), words);
  }

  @Test
  void aListAsWrittenKeepsCapitalsAndFullStops() {
    assertEquals(Set.of("Mr.", "Jr"), LexiconLoader.words("test.txt", List.of("Mr.", "Jr"), false));
  }

  @Test
  void aMalformedLineNamesTheFileAndTheLine() {
    assertMalformed("kb/lexicon/honorifics.txt line 3: expected one word, got 'Mrs Ms'", false, "# titles", "Mr",
        "Mrs Ms");
    assertMalformed("kb/lexicon/honorifics.txt line 2: 'Warn' must be written in lower case", true, "fear", "Warn");
    assertMalformed("kb/lexicon/honorifics.txt line 3: 'fear' is listed twice", true, "fear", "", "fear");
  }

  private static void assertMalformed(String message, boolean lowerCase, String... lines) {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> LexiconLoader.words("kb/lexicon/honorifics.txt", List.of(lines), lowerCase));
    assertEquals(message, e.getMessage());
  }

  @Test
  void aMissingListIsNamed() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> LexiconLoader.lowerCase("no-such-list.txt"));
    assertEquals("the word list kb/lexicon/no-such-list.txt is missing from the classpath", e.getMessage());
  }

  @Test
  void theShippedListsLoad() {
    assertTrue(LexiconLoader.lowerCase("agent-verbs.txt").contains("deny"));
    assertTrue(LexiconLoader.lowerCase("experiencer-verbs.txt").contains("please"));
    assertTrue(LexiconLoader.asWritten("honorifics.txt").contains("Mr."));
    assertTrue(LexiconLoader.asWritten("name-suffixes.txt").contains("Jr."));
  }
}
