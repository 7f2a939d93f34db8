package org.annals.eval.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.eval.api.AnnalsApi;
import org.annals.eval.api.StackException;

/** The reads a latency run repeats, from what the store holds: entity names, timelines, weeks with events. */
final class Targets {

  private static final int EACH = 100;

  private Targets() {}

  /** Lines {@code kind<TAB>url}, the three kinds in turn. */
  static List<String> reads(AnnalsApi api) {
    List<JsonNode> entities = new ArrayList<>();
    api.forEachItem("/api/v1/entities?limit=200", entity -> {
      if (entity.path("mentionCount").asLong() > 0) {
        entities.add(entity);
      }
    });
    if (entities.isEmpty()) {
      throw new StackException("the store has no entities yet: post articles first (./annals bench N, or bench load N)");
    }
    entities.sort(Comparator.comparingLong((JsonNode e) -> -e.path("mentionCount").asLong()));
    Set<String> names = new LinkedHashSet<>();
    List<String> timelines = new ArrayList<>();
    for (JsonNode entity : entities.subList(0, Math.min(EACH, entities.size()))) {
      String name = entity.path("name").asText().toLowerCase(Locale.ROOT);
      names.add(name.length() > 4 ? name.substring(0, 4) : name);
      timelines.add("/api/v1/timelines/" + entity.get("id").asText());
    }
    Set<String> weeks = new LinkedHashSet<>();
    JsonNode events = api.get("/api/v1/events?limit=200");
    for (JsonNode event : events.path("items")) {
      String start = event.path("date").path("start").asText(null);
      if (start != null) {
        LocalDate day = LocalDate.parse(start);
        weeks.add("/api/v1/events?from=" + day + "&to=" + day.plusDays(6));
      }
    }
    if (weeks.isEmpty()) {
      weeks.add("/api/v1/events?from=2000-01-01&to=2030-12-31");
    }
    List<String> byName = names.stream().map(n -> "/api/v1/entities?name=" + AnnalsApi.encode(n)).toList();
    List<String> byWeek = List.copyOf(weeks);
    String gateway = System.getProperty("annals.gateway.url", "http://localhost:8080");
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < EACH; i++) {
      lines.add("entities\t" + gateway + byName.get(i % byName.size()));
      lines.add("timelines\t" + gateway + timelines.get(i % timelines.size()));
      lines.add("events\t" + gateway + byWeek.get(i % byWeek.size()));
    }
    return lines;
  }
}
