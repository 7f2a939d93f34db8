package org.annals.timeline.config;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.annals.nlp.AnnotationFormat;
import org.annals.timeline.event.EventExtractor;
import org.annals.timeline.time.TimexExtractor;
import org.jboss.logging.Logger;

/**
 * SUTime's rules, loaded once at startup: the service is not ready before they are. No tagger, NER model
 * or parser loads here: articles come annotated by entity-service. Nothing is warmed up either: the
 * models whose compilation cost the first articles dearly (see {@link org.annals.nlp.WarmUp}) run in
 * entity-service; SUTime's rules compile while the first articles are read.
 */
@ApplicationScoped
public class TimeProducer {

  private static final Logger LOG = Logger.getLogger(TimeProducer.class);

  @Produces
  @Singleton
  @Startup
  TimexExtractor extractor() {
    long started = System.nanoTime();
    TimexExtractor extractor = new TimexExtractor();
    LOG.infof("SUTime loaded in %d ms", (System.nanoTime() - started) / 1_000_000);
    return extractor;
  }

  @Produces
  @Singleton
  EventExtractor events() {
    return new EventExtractor();
  }

  @Produces
  @Singleton
  AnnotationFormat annotationFormat() {
    return new AnnotationFormat();
  }
}
