package org.annals.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Sends files through the gateway (text as text/plain, HTML pages as text/html, JSON submissions and
 * NDJSON as batches) and waits, with a progress line, until every stored article is processed.
 */
final class Ingestion {

  /** What became of the files: the articles stored (or found stored), and the refusals. */
  record Outcome(List<String> articleIds, int duplicates, List<String> rejections) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int BATCH_ITEMS = 100;
  private static final Set<String> FINAL = Set.of("DONE", "FAILED", "UNSUPPORTED_LANGUAGE");
  private static final int POLLED_PER_ROUND = 50;

  private final Gateway gateway;
  private final PrintStream out;
  private final Progress progress;

  Ingestion(Gateway gateway, PrintStream out, Progress progress) {
    this.gateway = gateway;
    this.out = out;
    this.progress = progress;
  }

  /** The files named, and those under the folders named (by name, in order); unknown kinds in folders are skipped. */
  static List<Path> collect(List<String> names) {
    List<Path> files = new ArrayList<>();
    for (String name : names) {
      Path path = Path.of(name);
      if (Files.isDirectory(path)) {
        try (Stream<Path> found = Files.walk(path)) {
          found.filter(Files::isRegularFile).filter(f -> contentType(f) != null).sorted().forEach(files::add);
        } catch (IOException e) {
          throw new CliException("cannot read the folder " + path + ": " + e.getMessage(), e);
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        throw new CliException("no file or folder at " + path);
      }
    }
    if (files.isEmpty()) {
      throw new CliException("no articles to send in " + String.join(", ", names)
          + " (text: .txt .text .md; pages: .html .htm; JSON: .json .ndjson .jsonl)");
    }
    return files;
  }

  Outcome send(List<Path> files) {
    List<String> ids = new ArrayList<>();
    List<String> rejections = new ArrayList<>();
    int duplicates = 0;
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      progress.show("sending " + (i + 1) + "/" + files.size() + ": " + file.getFileName());
      for (Result result : submit(file)) {
        if (result.id() != null) {
          if (!ids.contains(result.id())) {
            ids.add(result.id());
          }
          duplicates += result.duplicate() ? 1 : 0;
        } else {
          rejections.add(result.where() + ": " + result.problem());
        }
      }
    }
    progress.done("sent " + files.size() + " file" + (files.size() == 1 ? "" : "s") + ": " + ids.size()
        + " article" + (ids.size() == 1 ? "" : "s") + " stored" + (duplicates > 0 ? " (" + duplicates
        + " already known)" : "") + (rejections.isEmpty() ? "" : ", " + rejections.size() + " refused"));
    rejections.forEach(r -> out.println("  refused " + r));
    return new Outcome(ids, duplicates, rejections);
  }

  /** Polls the articles until each is processed or the time is up; answers the articles by status. */
  Map<String, List<String>> await(List<String> ids, Duration patience) {
    Map<String, String> status = new LinkedHashMap<>();
    ids.forEach(id -> status.put(id, "PENDING"));
    Map<String, String> errors = new LinkedHashMap<>();
    Instant deadline = Instant.now().plus(patience);
    while (true) {
      List<String> open = status.entrySet().stream().filter(e -> !FINAL.contains(e.getValue())).map(Map.Entry::getKey)
          .limit(POLLED_PER_ROUND).toList();
      for (String id : open) {
        JsonNode article = gateway.get("/api/v1/articles/" + id);
        status.put(id, article.path("status").asText("PENDING"));
        for (JsonNode step : article.path("steps")) {
          if (step.hasNonNull("lastError")) {
            errors.put(id, step.path("step").asText() + ": " + step.get("lastError").asText());
          }
        }
      }
      Map<String, List<String>> byStatus = group(status);
      String line = "processing: " + count(byStatus, "DONE") + "/" + ids.size() + " done"
          + (count(byStatus, "FAILED") > 0 ? ", " + count(byStatus, "FAILED") + " failed" : "")
          + (count(byStatus, "UNSUPPORTED_LANGUAGE") > 0
              ? ", " + count(byStatus, "UNSUPPORTED_LANGUAGE") + " in a language not analysed" : "")
          + (waiting(byStatus) > 0 ? ", " + waiting(byStatus) + " waiting" : "");
      if (waiting(byStatus) == 0 || Instant.now().isAfter(deadline)) {
        progress.done(line);
        byStatus.getOrDefault("FAILED", List.of()).forEach(id -> out.println("  failed " + id + ": "
            + errors.getOrDefault(id, "see GET /api/v1/articles/" + id)));
        if (waiting(byStatus) > 0) {
          out.println("  still waiting after " + patience.toSeconds() + " s; the articles are kept and go on"
              + " when the services can take them (./annals status, ./annals logs ingest)");
        }
        return byStatus;
      }
      progress.show(line);
      pause();
    }
  }

  private record Result(String where, String id, boolean duplicate, String problem) {}

  private List<Result> submit(Path file) {
    byte[] body;
    try {
      body = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String type = contentType(file);
    if (type == null) {
      type = "text/plain; charset=UTF-8";
    }
    if (type.startsWith("application/x-ndjson")) {
      List<String> lines = new String(body, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
      List<Result> results = new ArrayList<>();
      for (int from = 0; from < lines.size(); from += BATCH_ITEMS) {
        List<String> chunk = lines.subList(from, Math.min(lines.size(), from + BATCH_ITEMS));
        results.addAll(batch(file, from, type, String.join("\n", chunk).getBytes(StandardCharsets.UTF_8)));
      }
      return results;
    }
    if (type.startsWith("application/json")) {
      JsonNode parsed = parse(body);
      if (parsed instanceof ArrayNode array) {
        List<Result> results = new ArrayList<>();
        for (int from = 0; from < array.size(); from += BATCH_ITEMS) {
          ArrayNode chunk = JSON.createArrayNode();
          for (int i = from; i < Math.min(array.size(), from + BATCH_ITEMS); i++) {
            chunk.add(array.get(i));
          }
          results.addAll(batch(file, from, type, write(chunk)));
        }
        return results;
      }
    }
    Gateway.Answer answer = gateway.post("/api/v1/articles", type, body);
    if (answer.ok()) {
      return List.of(new Result(file.toString(), answer.body().path("id").asText(),
          answer.body().hasNonNull("duplicateOf"), null));
    }
    return List.of(new Result(file.toString(), null, false, answer.problem()));
  }

  private List<Result> batch(Path file, int offset, String type, byte[] body) {
    Gateway.Answer answer = gateway.post("/api/v1/articles/batch", type, body);
    if (!answer.ok()) {
      return List.of(new Result(file.toString(), null, false, answer.problem()));
    }
    List<Result> results = new ArrayList<>();
    for (JsonNode item : answer.body().path("items")) {
      String where = file + " item " + (offset + item.path("index").asInt());
      if (item.hasNonNull("id")) {
        results.add(new Result(where, item.get("id").asText(), item.hasNonNull("duplicateOf"), null));
      } else {
        JsonNode problem = item.path("problem");
        results.add(new Result(where, null, false, item.path("status").asInt() + " "
            + problem.path("detail").asText(problem.path("title").asText(""))));
      }
    }
    return results;
  }

  /** The content type a file is sent as, from its name; none for kinds this does not send. */
  static String contentType(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
    return switch (extension) {
      case "txt", "text", "md" -> "text/plain; charset=UTF-8";
      case "html", "htm" -> "text/html; charset=UTF-8";
      case "json" -> "application/json";
      case "ndjson", "jsonl" -> "application/x-ndjson";
      default -> null;
    };
  }

  private static JsonNode parse(byte[] body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      // Sent as it is: the service says what is wrong with it.
      return null;
    }
  }

  private static byte[] write(JsonNode node) {
    try {
      return JSON.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, List<String>> group(Map<String, String> status) {
    Map<String, List<String>> byStatus = new LinkedHashMap<>();
    status.forEach((id, s) -> byStatus.computeIfAbsent(s, k -> new ArrayList<>()).add(id));
    return byStatus;
  }

  private static int count(Map<String, List<String>> byStatus, String status) {
    return byStatus.getOrDefault(status, List.of()).size();
  }

  private static int waiting(Map<String, List<String>> byStatus) {
    return count(byStatus, "PENDING") + count(byStatus, "PROCESSING");
  }

  private static void pause() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException("interrupted while waiting", e);
    }
  }
}
