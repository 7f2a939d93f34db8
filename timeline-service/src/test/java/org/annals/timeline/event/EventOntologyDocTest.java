package org.annals.timeline.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The published ontology and the lexicon agree on every kind, its CAMEO code and its trigger words. */
class EventOntologyDocTest {

  /** The columns of a kind's row: kind, CAMEO, meaning, speech act, verb triggers, noun triggers. */
  private static final int VERB_TRIGGERS = 5;
  private static final int NOUN_TRIGGERS = 6;

  private static String doc() throws IOException {
    return Files.readString(Path.of("..", "docs", "event-ontology.md"));
  }

  @Test
  void everyKindIsDocumentedWithItsCameoCode() throws IOException {
    String doc = doc();
    for (EventKind kind : EventKind.values()) {
      String row = "| `" + kind.name() + "` | " + (kind.cameo() == null ? "—" : kind.cameo()) + " |";
      assertTrue(doc.contains(row), () -> "docs/event-ontology.md lacks the row " + row);
    }
  }

  @Test
  void everyTriggerWordIsDocumentedUnderItsKind() throws IOException {
    String doc = doc();
    assertDocumented(doc, EventLexicon.VERBS, VERB_TRIGGERS, "verb");
    assertDocumented(doc, EventLexicon.NOUNS, NOUN_TRIGGERS, "noun");
  }

  private static void assertDocumented(String doc, Map<String, EventKind> triggers, int column, String what) {
    triggers.forEach((word, kind) -> {
      String cell = row(doc, kind).map(cells -> cells[column]).orElse("");
      assertTrue(Arrays.asList(cell.split("[^\\p{L}]+")).contains(word),
          () -> "docs/event-ontology.md lacks the " + what + " trigger '" + word + "' under " + kind);
    });
  }

  private static Optional<String[]> row(String doc, EventKind kind) {
    return doc.lines().filter(l -> l.startsWith("| `" + kind.name() + "` |")).findFirst().map(l -> l.split("\\|"));
  }
}
