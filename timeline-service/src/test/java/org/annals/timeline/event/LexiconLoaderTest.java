package org.annals.timeline.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The word list formats, and that a list the loader cannot read stops it with the place at fault. */
class LexiconLoaderTest {

  @Test
  void aWordListSkipsCommentsAndBlankLines() {
    Set<String> words = LexiconLoader.words("test.txt", List.of("# why these words", "", "raid", "  storm  ",
        "wo   # a comment after the word"));
    assertEquals(Set.of("raid", "storm", "wo"), words);
  }

  @Test
  void aTableMapsEachWordToItsValue() {
    Map<String, EventKind> table = LexiconLoader.table("test.tsv", List.of("# kinds", "raid\tATTACK",
        "truce\tAGREEMENT\t# a comment"), EventKind.class);
    assertEquals(Map.of("raid", EventKind.ATTACK, "truce", EventKind.AGREEMENT), table);
  }

  @Test
  void anUnknownKindNamesTheFileTheLineAndTheValue() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> LexiconLoader.table("verbs.tsv",
        List.of("raid\tATTACK", "storm\tATACK"), EventKind.class));
    assertTrue(e.getMessage().startsWith("verbs.tsv line 2: unknown EventKind 'ATACK' (known: [ATTACK, "),
        e.getMessage());
  }

  @Test
  void aTableLineWithoutATabIsMalformed() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> LexiconLoader.table("verbs.tsv",
        List.of("raid ATTACK"), EventKind.class));
    assertEquals("verbs.tsv line 1: expected 'word<TAB>EventKind', got 'raid ATTACK'", e.getMessage());
  }

  @Test
  void twoWordsOnALineAreMalformed() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> LexiconLoader.words("modals.txt", List.of("could", "would might")));
    assertEquals("modals.txt line 2: expected one word, got 'would might'", e.getMessage());
  }

  @Test
  void aWordInCapitalsOrListedTwiceIsRejected() {
    assertThrows(IllegalStateException.class, () -> LexiconLoader.words("a.txt", List.of("Raid")));
    IllegalStateException twice = assertThrows(IllegalStateException.class,
        () -> LexiconLoader.words("a.txt", List.of("raid", "raid")));
    assertEquals("a.txt line 2: 'raid' is listed twice", twice.getMessage());
  }

  @Test
  void aMissingListIsNamed() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> LexiconLoader.words("no-such-list.txt"));
    assertEquals("the word list lexicon/no-such-list.txt is missing from the classpath", e.getMessage());
  }

  @Test
  void theShippedListsLoad() {
    assertEquals(EventKind.ATTACK, EventLexicon.VERBS.get("shell"));
    assertEquals(EventKind.PROTEST, EventLexicon.NOUNS.get("demonstration"));
    assertEquals(Certainty.REPORTED, EventLexicon.HEDGES.get("reportedly"));
    assertTrue(EventLexicon.NEGATIONS.contains("n't"));
  }
}
