package org.annals.eval.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.annals.eval.report.JsonLines;

/** The texts a benchmark posts: the {@code text} (and {@code dct}) of a JSON-lines file, or a directory's .txt files. */
public record BenchTexts(String source, List<Text> texts) {

  /** One text, its name and publication date (null when unknown). */
  public record Text(String name, String text, String publishedAt) {}

  public static BenchTexts read(Path path, int limit) throws IOException {
    List<Text> texts = new ArrayList<>();
    if (Files.isDirectory(path)) {
      try (Stream<Path> files = Files.list(path)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          texts.add(new Text(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8), null));
        }
      }
    } else {
      for (JsonNode line : JsonLines.read(path)) {
        String name = line.path("doc").asText("line " + (texts.size() + 1));
        texts.add(new Text(name, JsonLines.required(line, "text", name).asText(),
            line.hasNonNull("dct") ? line.get("dct").asText().substring(0, 10) : null));
      }
    }
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("no texts in " + path);
    }
    return new BenchTexts(path.toString(), List.copyOf(texts.subList(0, Math.min(limit, texts.size()))));
  }

  public long characters() {
    return texts.stream().mapToLong(t -> t.text().length()).sum();
  }
}
