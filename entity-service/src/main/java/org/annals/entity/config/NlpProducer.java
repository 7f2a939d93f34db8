package org.annals.entity.config;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.annals.nlp.WarmUp;
import org.annals.entity.kb.KnowledgeBase;
import org.annals.entity.nlp.NlpPipeline;
import org.annals.entity.resolve.MentionResolver;
import org.annals.nlp.AnnotationFormat;
import org.jboss.logging.Logger;

/**
 * The NLP models and the knowledge base, loaded once at startup (20-30 s, about 1.2 GB of heap with the parser) and the
 * models warmed up ({@link WarmUp}): the service does not answer, and so is not ready, until they are.
 */
@ApplicationScoped
public class NlpProducer {

  private static final Logger LOG = Logger.getLogger(NlpProducer.class);

  @Produces
  @Singleton
  @Startup
  NlpPipeline pipeline() {
    long started = System.nanoTime();
    NlpPipeline pipeline = new NlpPipeline();
    LOG.infof("CoreNLP loaded in %d ms", (System.nanoTime() - started) / 1_000_000);
    LOG.infof("CoreNLP warmed up in %d ms", WarmUp.run(pipeline::analyse));
    return pipeline;
  }

  @Produces
  @Singleton
  AnnotationFormat annotationFormat() {
    return new AnnotationFormat();
  }

  @Produces
  @Singleton
  @Startup
  KnowledgeBase knowledgeBase() {
    KnowledgeBase kb = KnowledgeBase.load();
    LOG.infof("Knowledge base %s: %d entities", kb.version(), kb.entries().size());
    return kb;
  }

  @Produces
  @Singleton
  @Startup
  MentionResolver resolver(KnowledgeBase kb) {
    return new MentionResolver(kb);
  }
}
