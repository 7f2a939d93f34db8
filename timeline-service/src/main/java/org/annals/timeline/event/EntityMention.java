package org.annals.timeline.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A resolved entity mention as entity-service returned it: offsets into the article text, the entity,
 * and what the entity is part of (a city: its country).
 */
public record EntityMention(int start, int end, String text, UUID entityId, String entityName, String entityType,
    String entityKind, List<UUID> within) {

  private static final Set<String> PLACE_TYPES = Set.of("CITY", "STATE_OR_PROVINCE", "LOCATION", "COUNTRY");

  public boolean place() {
    return PLACE_TYPES.contains(entityType);
  }

  public boolean outlet() {
    return "MEDIA".equals(entityKind);
  }

  /** How specific a place is: a city before a region before a country. */
  public int placeRank() {
    return switch (entityType) {
      case "CITY" -> 0;
      case "STATE_OR_PROVINCE", "LOCATION" -> 1;
      case "COUNTRY" -> 2;
      default -> 3;
    };
  }

  /** The same entity, or one containing the other (the Pentagon and the United States). */
  public boolean related(UUID other) {
    return entityId.equals(other) || within.contains(other);
  }

  /**
   * The text with the hyphens inside names joined ("Rostov_on_Don", "Amir_Abdollahian"), so that the
   * tokenizer keeps each name one word and the parser attaches it whole. Same length: every offset
   * still points into the stored text.
   */
  public static String unhyphenated(String text, List<EntityMention> mentions) {
    char[] chars = text.toCharArray();
    for (EntityMention m : mentions) {
      for (int i = m.start() + 1; i < m.end() - 1; i++) {
        if (chars[i] == '-' && Character.isLetter(chars[i - 1]) && Character.isLetter(chars[i + 1])) {
          chars[i] = '_';
        }
      }
    }
    return new String(chars);
  }

  /**
   * The mentions in the body ingest-service forwards; entries without an entity or with offsets outside
   * the text are skipped, so a malformed mention cannot fail the whole article.
   */
  public static List<EntityMention> parse(JsonNode mentions, int textLength) {
    List<EntityMention> parsed = new ArrayList<>();
    if (mentions == null || !mentions.isArray()) {
      return parsed;
    }
    for (JsonNode m : mentions) {
      int start = m.path("start").asInt(-1);
      int end = m.path("end").asInt(-1);
      UUID id = uuid(m.path("entityId").asText(null));
      String name = m.path("entityName").asText(null);
      if (id == null || name == null || start < 0 || end <= start || end > textLength) {
        continue;
      }
      List<UUID> within = new ArrayList<>();
      m.path("within").forEach(w -> {
        UUID container = uuid(w.asText(null));
        if (container != null) {
          within.add(container);
        }
      });
      parsed.add(new EntityMention(start, end, m.path("text").asText(""), id, name,
          m.path("entityType").asText("UNKNOWN"), m.path("entityKind").asText(null), List.copyOf(within)));
    }
    return parsed;
  }

  /** The entities the mentions name. */
  public static Set<UUID> entities(List<EntityMention> mentions) {
    return mentions.stream().map(EntityMention::entityId).collect(Collectors.toSet());
  }

  private static UUID uuid(String value) {
    try {
      return value == null ? null : UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
