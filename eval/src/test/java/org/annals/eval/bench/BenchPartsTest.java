package org.annals.eval.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchPartsTest {

  @Test
  void analysisTimersAreSummedFromPrometheusText() {
    String metrics = """
        # TYPE http_server_requests_seconds summary
        http_server_requests_seconds_count{method="POST",outcome="SUCCESS",status="200",uri="/internal/v1/articles/{id}/analysis"} 12.0
        http_server_requests_seconds_sum{method="POST",outcome="SUCCESS",status="200",uri="/internal/v1/articles/{id}/analysis"} 30.5
        http_server_requests_seconds_count{method="DELETE",outcome="SUCCESS",status="204",uri="/internal/v1/articles/{id}"} 3.0
        http_server_requests_seconds_sum{method="DELETE",outcome="SUCCESS",status="204",uri="/internal/v1/articles/{id}"} 0.3
        http_server_requests_seconds_count{method="GET",outcome="SUCCESS",status="200",uri="/api/v1/entities"} 99.0
        http_server_requests_seconds_count{method="PUT",outcome="SUCCESS",status="200",uri="/internal/v1/articles/{id}"} 2.0
        http_server_requests_seconds_sum{method="PUT",outcome="SUCCESS",status="200",uri="/internal/v1/articles/{id}"} 1.5
        """;
    assertArrayEquals(new double[] {14.0, 32.0}, PrometheusText.internalAnalysis(metrics), 1e-9);
  }

  @Test
  void syntheticArticlesAreReproducibleAndDistinct() {
    Set<Object> texts = new HashSet<>();
    for (int i = 0; i < 500; i++) {
      texts.add(SyntheticArticles.article(i).get("text"));
    }
    assertEquals(500, texts.size());
    Map<String, Object> first = SyntheticArticles.article(7);
    assertEquals(first, SyntheticArticles.article(7));
    assertNotEquals(first.get("text"), SyntheticArticles.article(8).get("text"));
    assertEquals(SyntheticArticles.SOURCE, first.get("source"));
    assertTrue(((String) first.get("publishedAt")).matches("20\\d\\d-\\d\\d-\\d\\d"));
  }

  @Test
  void textsFromAJsonLinesFileOrADirectory(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("texts.jsonl");
    Files.writeString(file, """
        {"doc": "a", "dct": "1998-01-08T00:00:00", "text": "One."}

        {"doc": "b", "text": "Two."}
        {"doc": "c", "text": "Three."}
        """);
    BenchTexts two = BenchTexts.read(file, 2);
    assertEquals(2, two.texts().size());
    assertEquals("1998-01-08", two.texts().get(0).publishedAt());
    assertEquals(8, two.characters());
    Path texts = Files.createDirectory(dir.resolve("texts"));
    Files.writeString(texts.resolve("x.txt"), "Ex.");
    Files.writeString(texts.resolve("notes.md"), "not a text");
    assertEquals(1, BenchTexts.read(texts, 100).texts().size());
  }
}
