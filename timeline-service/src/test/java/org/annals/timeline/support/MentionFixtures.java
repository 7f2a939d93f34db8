package org.annals.timeline.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.timeline.event.EntityMention;

/**
 * Entity mentions declared by a test instead of entity-service: every occurrence of an entity's
 * surface forms in a text becomes a mention of it, with the same id in every article.
 */
public final class MentionFixtures {

  private MentionFixtures() {}

  /**
   * An entity a test names, with the forms it is written in and the entities it lies in. Each has an
   * id of its own, so that tests sharing a database never share an entity.
   */
  public record Entity(UUID id, String name, String type, String kind, List<String> surfaces, List<UUID> within) {

    public Entity in(Entity container) {
      List<UUID> containers = new ArrayList<>(within);
      containers.add(container.id());
      containers.addAll(container.within());
      return new Entity(id, name, type, kind, surfaces, containers);
    }

    public Entity alsoWritten(String surface) {
      List<String> all = new ArrayList<>(surfaces);
      all.add(surface);
      return new Entity(id, name, type, kind, all, within);
    }
  }

  public static Entity entity(String name, String type) {
    return new Entity(UUID.randomUUID(), name, type, null, List.of(name), List.of());
  }

  public static Entity outlet(String name) {
    return new Entity(UUID.randomUUID(), name, "ORGANIZATION", "MEDIA", List.of(name), List.of());
  }

  public static List<EntityMention> mentions(String text, List<Entity> entities) {
    List<EntityMention> found = new ArrayList<>();
    for (Entity e : entities) {
      for (String surface : e.surfaces()) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(surface) + "\\b").matcher(text);
        while (m.find()) {
          found.add(new EntityMention(m.start(), m.end(), surface, e.id(), e.name(), e.type(), e.kind(), e.within()));
        }
      }
    }
    found.sort(Comparator.comparingInt(EntityMention::start));
    return found;
  }

  /** The mentions as entity-service's ResolvedMention JSON objects, for the internal contract. */
  public static List<Map<String, Object>> resolvedMentions(String text, List<Entity> entities) {
    List<Map<String, Object>> json = new ArrayList<>();
    for (EntityMention m : mentions(text, entities)) {
      Map<String, Object> one = new HashMap<>();
      one.put("start", m.start());
      one.put("end", m.end());
      one.put("text", m.text());
      one.put("entityId", m.entityId().toString());
      one.put("entityName", m.entityName());
      one.put("entityType", m.entityType());
      one.put("entityKind", m.entityKind());
      one.put("within", m.within().stream().map(UUID::toString).toList());
      json.add(one);
    }
    return json;
  }
}
