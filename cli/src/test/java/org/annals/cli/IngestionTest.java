package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestionTest {

  @Test
  void filesAreSentAsTheKindTheirNameSays() {
    assertEquals("text/plain; charset=UTF-8", Ingestion.contentType(Path.of("a/report.TXT")));
    assertEquals("text/html; charset=UTF-8", Ingestion.contentType(Path.of("page.htm")));
    assertEquals("application/json", Ingestion.contentType(Path.of("one.json")));
    assertEquals("application/x-ndjson", Ingestion.contentType(Path.of("many.jsonl")));
    assertNull(Ingestion.contentType(Path.of("photo.png")));
    assertNull(Ingestion.contentType(Path.of("README")));
  }

  @Test
  void foldersGiveTheirArticlesInNameOrderAndSkipOtherFiles(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("more"));
    Files.writeString(dir.resolve("b.txt"), "b");
    Files.writeString(dir.resolve("a.html"), "a");
    Files.writeString(dir.resolve("more/c.json"), "{}");
    Files.writeString(dir.resolve("notes.png"), "x");
    Path named = Files.writeString(dir.resolve("odd.dat"), "named explicitly, so sent as text");

    List<Path> files = Ingestion.collect(List.of(dir.toString(), named.toString()));

    assertEquals(List.of(dir.resolve("a.html"), dir.resolve("b.txt"), dir.resolve("more/c.json"), named), files);
  }

  @Test
  void nothingToSendIsAClearError(@TempDir Path dir) {
    CliException empty = assertThrows(CliException.class, () -> Ingestion.collect(List.of(dir.toString())));
    assertTrue(empty.getMessage().startsWith("no articles to send"));
    CliException missing = assertThrows(CliException.class,
        () -> Ingestion.collect(List.of(dir.resolve("absent").toString())));
    assertTrue(missing.getMessage().startsWith("no file or folder"));
  }
}
