package org.annals.eval.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a run's figures as JSON ({@code <kind>-<UTC time>.json}) with when and where they were
 * measured, so that a figure quoted in the README can be traced to its run.
 */
public final class Results {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private Results() {}

  /** The directory given by the launcher ({@code annals.results.dir}), else {@code fallback}. */
  public static Path directory(String fallback) {
    return Path.of(System.getProperty("annals.results.dir", fallback));
  }

  public static Path write(Path directory, String kind, Map<String, Object> figures) {
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("kind", kind);
    document.put("measuredAt", now + "Z");
    document.put("machine", Machine.describe());
    document.putAll(figures);
    Path file = directory.resolve(kind + "-" + STAMP.format(now) + ".json");
    try {
      Files.createDirectories(directory);
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), document);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return file;
  }
}
