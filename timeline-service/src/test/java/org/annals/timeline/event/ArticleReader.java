package org.annals.timeline.event;

import java.time.LocalDate;
import java.util.List;
import org.annals.timeline.support.MentionFixtures;
import org.annals.timeline.time.TimexExtractor;

/**
 * Reads test articles the way the service does (one CoreNLP pipeline with the dependency parser, shared
 * by every test in the JVM), with entity mentions declared by the test instead of entity-service's.
 */
final class ArticleReader {

  private static TimexExtractor reader;

  private ArticleReader() {}

  private static synchronized TimexExtractor reader() {
    if (reader == null) {
      reader = new TimexExtractor(TimexExtractor.TIME_ANNOTATORS + ",depparse", true);
    }
    return reader;
  }

  static List<FoundEvent> events(String text, LocalDate published, List<MentionFixtures.Entity> entities) {
    List<EntityMention> mentions = MentionFixtures.mentions(text, entities);
    TimexExtractor.Reading reading = reader().read(EntityMention.unhyphenated(text, mentions), published);
    return new EventExtractor().extract(new EventExtractor.Article(reading.document(), text, reading.timexes(),
        mentions, published));
  }
}
