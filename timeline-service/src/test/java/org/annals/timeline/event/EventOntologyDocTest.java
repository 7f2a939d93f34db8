package org.annals.timeline.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The published ontology and the code agree on every kind and its CAMEO code. */
class EventOntologyDocTest {

  @Test
  void everyKindIsDocumentedWithItsCameoCode() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "event-ontology.md"));
    for (EventKind kind : EventKind.values()) {
      String row = "| `" + kind.name() + "` | " + (kind.cameo() == null ? "—" : kind.cameo()) + " |";
      assertTrue(doc.contains(row), () -> "docs/event-ontology.md lacks the row " + row);
    }
  }
}
