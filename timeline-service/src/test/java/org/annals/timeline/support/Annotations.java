package org.annals.timeline.support;

import edu.stanford.nlp.pipeline.Annotation;
import java.util.Map;
import org.annals.nlp.AnnotationFormat;
import org.annals.nlp.ArticlePipeline;

/**
 * Test articles annotated as entity-service annotates them: the platform's one pipeline, loaded once per
 * test JVM. The service itself loads no tagger or parser; only its tests stand in for entity-service.
 */
public final class Annotations {

  private static ArticlePipeline pipeline;
  private static final AnnotationFormat FORMAT = new AnnotationFormat();

  private Annotations() {}

  public static synchronized Annotation annotate(String text) {
    if (pipeline == null) {
      pipeline = new ArticlePipeline();
    }
    return pipeline.annotate(text);
  }

  /** The annotation of {@code text} as the internal contract carries it. */
  public static Map<String, Object> of(String text) {
    return Map.of("format", AnnotationFormat.NAME, "version", AnnotationFormat.VERSION,
        "data", FORMAT.encodeText(annotate(text)));
  }
}
