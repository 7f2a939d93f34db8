package org.annals.eval.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Gold files: JSON lines, one document (or topic, or corpus) per line; blank lines are skipped. */
public final class JsonLines {

  private JsonLines() {}

  public static List<JsonNode> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> lines = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          lines.add(json.readTree(line));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new IOException(file + " line " + number + " is not JSON: " + e.getOriginalMessage(), e);
        }
      }
    }
    return lines;
  }

  /** A required field, or a message naming the line's key and the field. */
  public static JsonNode required(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException(where + ": no '" + field + "'");
    }
    return value;
  }
}
