package org.annals.timeline.config;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import org.annals.common.nlp.WarmUp;
import org.annals.timeline.event.EventExtractor;
import org.annals.timeline.time.TimexExtractor;
import org.jboss.logging.Logger;

/**
 * SUTime, the tagger and the dependency parser, loaded once at startup and warmed up ({@link WarmUp}): the
 * service is not ready before they are.
 */
@ApplicationScoped
public class TimeProducer {

  private static final Logger LOG = Logger.getLogger(TimeProducer.class);

  @Produces
  @Singleton
  @Startup
  TimexExtractor extractor() {
    long started = System.nanoTime();
    TimexExtractor extractor = new TimexExtractor(TimexExtractor.ARTICLE_ANNOTATORS, true);
    LOG.infof("SUTime and the dependency parser loaded in %d ms", (System.nanoTime() - started) / 1_000_000);
    LocalDate published = LocalDate.of(2023, 3, 15);
    long warming = WarmUp.run(text -> extractor.read(text, published));
    LOG.infof("SUTime and the dependency parser warmed up in %d ms", warming);
    return extractor;
  }

  @Produces
  @Singleton
  EventExtractor events() {
    return new EventExtractor();
  }
}
