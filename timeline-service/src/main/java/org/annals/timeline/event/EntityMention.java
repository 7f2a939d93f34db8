package org.annals.timeline.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.annals.contract.ResolvedMention;

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
   * The mentions entity-service resolved; entries without an entity or with offsets outside the text are
   * skipped, so a malformed mention cannot fail the whole article.
   */
  public static List<EntityMention> of(List<ResolvedMention> resolved, int textLength) {
    List<EntityMention> mentions = new ArrayList<>();
    for (ResolvedMention m : resolved == null ? List.<ResolvedMention>of() : resolved) {
      if (m == null || m.entityId() == null || m.entityName() == null || m.start() < 0 || m.end() <= m.start()
          || m.end() > textLength) {
        continue;
      }
      mentions.add(new EntityMention(m.start(), m.end(), m.text() == null ? "" : m.text(), m.entityId(),
          m.entityName(), m.entityType() == null ? "UNKNOWN" : m.entityType(), m.entityKind(),
          m.within() == null ? List.of() : m.within().stream().filter(java.util.Objects::nonNull).toList()));
    }
    return mentions;
  }

  /** The entities the mentions name. */
  public static Set<UUID> entities(List<EntityMention> mentions) {
    return mentions.stream().map(EntityMention::entityId).collect(Collectors.toSet());
  }
}
