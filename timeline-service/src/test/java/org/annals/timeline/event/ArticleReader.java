package org.annals.timeline.event;

import java.time.LocalDate;
import java.util.List;
import org.annals.timeline.support.Annotations;
import org.annals.timeline.support.MentionFixtures;
import org.annals.timeline.time.TimexExtractor;

/**
 * Reads test articles the way the service does, on the platform's annotation ({@link Annotations}), with
 * entity mentions declared by the test instead of entity-service's.
 */
final class ArticleReader {

  private static TimexExtractor reader;

  private ArticleReader() {}

  private static synchronized TimexExtractor reader() {
    if (reader == null) {
      reader = new TimexExtractor();
    }
    return reader;
  }

  static List<FoundEvent> events(String text, LocalDate published, List<MentionFixtures.Entity> entities) {
    return new EventExtractor().extract(article(text, published, entities));
  }

  static EventExtractor.Article article(String text, LocalDate published, List<MentionFixtures.Entity> entities) {
    List<EntityMention> mentions = MentionFixtures.mentions(text, entities);
    TimexExtractor.Reading reading = reader().read(Annotations.annotate(text), published);
    return new EventExtractor.Article(reading.document(), text, reading.timexes(), mentions, published);
  }
}
