package org.annals.eval.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The events a stack built from some articles, read through /api/v1/events, and their evidence: one
 * mention per source, with the trigger's span in the article's stored text.
 */
public final class SystemEvents {

  /** One source of an event: the article and the trigger's UTF-16 span in its stored text. */
  public record Mention(String eventId, String articleId, int start, int end) {
    /** Characters shared with [start, end) of the same article; 0 when apart or in another article. */
    public int overlap(String article, int otherStart, int otherEnd) {
      return article.equals(articleId) ? Math.max(0, Math.min(end, otherEnd) - Math.max(start, otherStart)) : 0;
    }
  }

  private final Map<String, JsonNode> details = new HashMap<>();
  private final List<Mention> mentions = new ArrayList<>();

  private SystemEvents() {}

  /** Every event with a source in {@code articleIds}, with all its sources (those in other articles too). */
  public static SystemEvents of(AnnalsApi api, Collection<String> articleIds) {
    SystemEvents events = new SystemEvents();
    Set<String> ids = new LinkedHashSet<>();
    for (String article : articleIds) {
      api.forEachItem("/api/v1/events?limit=200&article=" + article, event -> ids.add(event.get("id").asText()));
    }
    ids.forEach(id -> events.add(api, id));
    return events;
  }

  /** Events known only by their mentions (no details), as a test or another reader builds them. */
  public static SystemEvents fromMentions(List<Mention> mentions) {
    SystemEvents events = new SystemEvents();
    events.mentions.addAll(mentions);
    return events;
  }

  /** The event's detail, asked once. */
  public JsonNode detail(AnnalsApi api, String eventId) {
    if (!details.containsKey(eventId)) {
      add(api, eventId);
    }
    return details.get(eventId);
  }

  private void add(AnnalsApi api, String eventId) {
    JsonNode detail = api.get("/api/v1/events/" + eventId);
    details.put(eventId, detail);
    for (JsonNode source : detail.path("sources")) {
      JsonNode trigger = source.path("trigger");
      mentions.add(new Mention(eventId, source.path("articleId").asText(), trigger.path("start").asInt(),
          trigger.path("end").asInt()));
    }
  }

  public Collection<JsonNode> details() {
    return details.values();
  }

  public List<Mention> mentions() {
    return mentions;
  }

  /** The mention overlapping the span most, or null. */
  public Mention at(String articleId, int start, int end) {
    Mention best = null;
    int most = 0;
    for (Mention mention : mentions) {
      int overlap = mention.overlap(articleId, start, end);
      if (overlap > most) {
        best = mention;
        most = overlap;
      }
    }
    return best;
  }
}
