package org.annals.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;

/** Timelines and entities read through the gateway, printed for a person. */
final class Reports {

  private static final int PAGE = 200;

  private final Gateway gateway;
  private final PrintStream out;

  Reports(Gateway gateway, PrintStream out) {
    this.gateway = gateway;
    this.out = out;
  }

  /** The entity a name means: one named exactly so, else the most mentioned whose name or alias starts so. */
  Optional<JsonNode> find(String name) {
    List<JsonNode> found = new ArrayList<>();
    gateway.get("/api/v1/entities?limit=" + PAGE + "&name=" + Gateway.encode(name)).path("items").forEach(found::add);
    return found.stream().min(Comparator
        .comparing((JsonNode e) -> !e.path("name").asText().equalsIgnoreCase(name))
        .thenComparing(e -> -e.path("mentionCount").asLong()));
  }

  /** Prints an entity's timeline, all pages. */
  void timeline(JsonNode entity) {
    String id = entity.path("id").asText();
    List<JsonNode> events = new ArrayList<>();
    String cursor = null;
    do {
      // timeline-service answers 404 for an entity no event names yet.
      Optional<JsonNode> page = gateway.getIfExists("/api/v1/timelines/" + id + "?limit=1000"
          + (cursor == null ? "" : "&cursor=" + Gateway.encode(cursor)));
      page.ifPresent(found -> found.path("events").forEach(events::add));
      cursor = page.map(found -> found.path("nextCursor").asText(null)).orElse(null);
    } while (cursor != null);
    out.printf("Timeline of %s (%s): %d event%s%n", name(entity), entity.path("type").asText(),
        events.size(), events.size() == 1 ? "" : "s");
    if (events.isEmpty()) {
      out.println("  no event names it yet");
    }
    for (JsonNode event : events) {
      out.printf("  %-22s %s%n", date(event.path("date")), oneLine(event.path("summary").asText()));
      List<String> facts = new ArrayList<>();
      facts.add(lower(event.path("kind").asText()));
      String role = lower(event.path("role").asText());
      String certainty = lower(event.path("roleCertainty").asText(event.path("certainty").asText()));
      facts.add(role.isEmpty() ? certainty : role + (certainty.isEmpty() ? "" : " (" + certainty + ")"));
      if (event.hasNonNull("location")) {
        facts.add("in " + name(event.path("location")));
      }
      int sources = event.path("sourceCount").asInt();
      int articles = event.path("articleCount").asInt();
      facts.add(sources + " source" + (sources == 1 ? "" : "s") + " in " + articles + " article"
          + (articles == 1 ? "" : "s"));
      out.printf("  %-22s %s%n", "", String.join(" · ", facts));
    }
  }

  /** Prints the entities articles mention (whose name or alias starts with the prefix, when given), most mentioned first. */
  void entities(String prefix) {
    List<JsonNode> mentioned = new ArrayList<>();
    String cursor = null;
    do {
      JsonNode page = gateway.get("/api/v1/entities?limit=" + PAGE
          + (prefix == null ? "" : "&name=" + Gateway.encode(prefix))
          + (cursor == null ? "" : "&cursor=" + Gateway.encode(cursor)));
      page.path("items").forEach(e -> {
        if (e.path("mentionCount").asLong() > 0 || prefix != null) {
          mentioned.add(e);
        }
      });
      cursor = page.path("nextCursor").asText(null);
    } while (cursor != null);
    mentioned.sort(Comparator.comparing((JsonNode e) -> -e.path("mentionCount").asLong())
        .thenComparing(e -> e.path("name").asText().toLowerCase(Locale.ROOT)));
    out.printf("%s: %d%n", prefix == null ? "Entities the articles mention" : "Entities named \"" + prefix + "…\"",
        mentioned.size());
    int width = mentioned.stream().mapToInt(e -> name(e).length()).max().orElse(4);
    String row = "  %-" + Math.min(width, 48) + "s  %-12s  %-22s  %8s%n";
    if (!mentioned.isEmpty()) {
      out.printf(row, "NAME", "TYPE", "KIND", "MENTIONS");
    }
    for (JsonNode e : mentioned) {
      out.printf(row, name(e), e.path("type").asText(), e.path("kind").asText("-"), e.path("mentionCount").asLong());
    }
  }

  /** The entity that takes part in most events (as participant or place), if any event is known. */
  Optional<JsonNode> mostEventful() {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, JsonNode> entities = new HashMap<>();
    String cursor = null;
    do {
      JsonNode page = gateway.get("/api/v1/events?limit=" + PAGE
          + (cursor == null ? "" : "&cursor=" + Gateway.encode(cursor)));
      for (JsonNode event : page.path("items")) {
        List<JsonNode> involved = new ArrayList<>();
        event.path("participants").forEach(p -> involved.add(p.path("entity")));
        if (event.hasNonNull("location")) {
          involved.add(event.get("location"));
        }
        involved.stream().filter(e -> e.hasNonNull("id")).map(e -> e.get("id").asText()).distinct().forEach(id -> {
          counts.merge(id, 1, Integer::sum);
          entities.putIfAbsent(id, involved.stream().filter(e -> id.equals(e.path("id").asText())).findFirst()
              .orElseThrow());
        });
      }
      cursor = page.path("nextCursor").asText(null);
    } while (cursor != null);
    return counts.entrySet().stream()
        .min(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
            .thenComparing(e -> entities.get(e.getKey()).path("name").asText()))
        .map(e -> entities.get(e.getKey()));
  }

  /** "2023-01-28", "weekend of 2023-01-28", "2023-06", or the unplaced form, readable. */
  static String date(JsonNode date) {
    String value = date.path("value").asText("");
    String granularity = date.path("granularity").asText("NONE");
    if (value.isEmpty() || "NONE".equals(granularity) && !date.hasNonNull("start")) {
      return "undated";
    }
    if (!date.hasNonNull("start")) {
      return value + " (not placed)";
    }
    return switch (granularity) {
      case "WEEKEND" -> "weekend of " + date.get("start").asText();
      case "WEEK" -> "week of " + date.get("start").asText();
      default -> value;
    };
  }

  /** A name on one line: a name read across a line break keeps it as a space. */
  private static String name(JsonNode entity) {
    return oneLine(entity.path("name").asText());
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
