package org.annals.timeline.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.timeline.time.TimexExtractor;

/**
 * Reads test articles the way the service does (one CoreNLP pipeline with the dependency parser, shared
 * by every test in the JVM), with entity mentions declared by the test instead of entity-service's.
 */
final class ArticleReader {

  private static TimexExtractor reader;

  private ArticleReader() {}

  static synchronized TimexExtractor reader() {
    if (reader == null) {
      reader = new TimexExtractor(TimexExtractor.TIME_ANNOTATORS + ",depparse", true);
    }
    return reader;
  }

  /** An entity the test names: every occurrence of its surface forms becomes a mention of it. */
  record Entity(String name, String type, String kind, List<String> surfaces, List<UUID> within) {

    UUID id() {
      return idOf(name);
    }

    Entity in(String container) {
      List<UUID> containers = new ArrayList<>(within);
      containers.add(idOf(container));
      return new Entity(name, type, kind, surfaces, containers);
    }

    Entity alsoWritten(String surface) {
      List<String> all = new ArrayList<>(surfaces);
      all.add(surface);
      return new Entity(name, type, kind, all, within);
    }
  }

  static Entity entity(String name, String type) {
    return new Entity(name, type, null, List.of(name), List.of());
  }

  static Entity outlet(String name) {
    return new Entity(name, "ORGANIZATION", "MEDIA", List.of(name), List.of());
  }

  static UUID idOf(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  static List<EntityMention> mentions(String text, List<Entity> entities) {
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

  static List<FoundEvent> events(String text, LocalDate published, List<Entity> entities) {
    TimexExtractor.Reading reading = reader().read(text, published);
    return new EventExtractor().extract(new EventExtractor.Article(reading.document(), text, reading.timexes(),
        mentions(text, entities), published));
  }
}
