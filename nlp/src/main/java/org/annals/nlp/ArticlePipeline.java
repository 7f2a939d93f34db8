package org.annals.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotator;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The platform's one reading of an article: tokens, sentences, parts of speech, lemmas, named-entity
 * tags and the dependency parse, computed once (in entity-service) and shipped to whoever needs them
 * ({@link AnnotationFormat}). Every offset and sentence index in Annals comes from here. The benchmark's
 * raw CoreNLP floor runs this same class, so the two cannot drift apart. Thread-safe: CoreNLP pipelines
 * may annotate documents concurrently.
 */
public final class ArticlePipeline {

  /**
   * The annotators, in order; a shorter pipeline must be a prefix of this one. "hyphens" joins the
   * hyphenated names the tagger found into one token for the parser ({@link HyphenatedNames}).
   */
  public static final List<String> ANNOTATORS = List.of("tokenize", "ssplit", "pos", "lemma", "ner", "hyphens",
      "depparse");
  /** What time expressions need: the tagger's tags and the lemmas tell SUTime "may" from May. */
  public static final List<String> TIME_ANNOTATORS = ANNOTATORS.subList(0, 4);

  /** "over the tweet.Separately the ministry": a sentence end that lost its space. */
  private static final Pattern JOINED_SENTENCES = Pattern.compile("(?<=\\p{Ll}{2})\\.(?=\\p{Lu}\\p{Ll})");

  private final AnnotationPipeline pipeline = new AnnotationPipeline();

  public ArticlePipeline() {
    this(ANNOTATORS);
  }

  /**
   * CoreNLP's own annotators run as CoreNLP pipelines; {@link HyphenatedNames} is added as an object,
   * not by class name, which CoreNLP would load from the system class loader (not the application's
   * under Quarkus).
   */
  public ArticlePipeline(List<String> annotators) {
    if (annotators.isEmpty() || !annotators.equals(ANNOTATORS.subList(0, annotators.size()))) {
      throw new IllegalArgumentException("annotators must be a prefix of " + ANNOTATORS + ": " + annotators);
    }
    int hyphens = annotators.indexOf("hyphens");
    pipeline.addAnnotator(new StanfordCoreNLP(properties(hyphens < 0 ? annotators : annotators.subList(0, hyphens))));
    if (hyphens >= 0) {
      pipeline.addAnnotator(new HyphenatedNames());
      List<String> rest = annotators.subList(hyphens + 1, annotators.size());
      if (!rest.isEmpty()) {
        // Their requirements were met by the annotators before, in another CoreNLP pipeline.
        pipeline.addAnnotator(new StanfordCoreNLP(properties(rest), false));
      }
    }
  }

  /** The CoreNLP settings of a pipeline of CoreNLP's own {@code annotators}. */
  static Properties properties(List<String> annotators) {
    Properties properties = new Properties();
    properties.setProperty("annotators", String.join(",", annotators));
    properties.setProperty("tokenize.language", "en");
    // A line break ends a sentence: headlines, datelines and list items have no final stop, and a
    // headline run into the first sentence of the body joins two names into one ("... brokered by
    // Lukashenko" + "Yevgeny Prigozhin ordered"). The cost: a text submitted hard-wrapped at a fixed
    // width is split at each wrap, since ingestion keeps line breaks as they came.
    properties.setProperty("ssplit.newlineIsSentenceBreak", "always");
    properties.setProperty("ner.applyFineGrained", "true");
    // Time is SUTime's job in timeline-service (timeAnnotator), against the article's own date.
    properties.setProperty("ner.useSUTime", "false");
    properties.setProperty("ner.applyNumericClassifiers", "false");
    properties.setProperty("ner.buildEntityMentions", "true");
    return properties;
  }

  /**
   * Reads {@code text}. The text the annotation carries, and every offset in it, is {@code text} as
   * given: the repairs made for the tokenizer keep the length.
   */
  public Annotation annotate(String text) {
    Annotation document = new Annotation(JOINED_SENTENCES.matcher(text).replaceAll("\n"));
    pipeline.annotate(document);
    document.set(CoreAnnotations.TextAnnotation.class, text);
    return document;
  }

  /**
   * SUTime, run on an annotation read by this pipeline with the document date set
   * ({@link CoreAnnotations.DocDateAnnotation}). Ranges are kept whole ("from March to May" is one
   * expression) and the rules' output is corrected in timeline-service.
   */
  public static TimeAnnotator timeAnnotator() {
    Properties time = new Properties();
    time.setProperty("sutime.includeRange", "true");
    time.setProperty("sutime.markTimeRanges", "false");
    return new TimeAnnotator("sutime", time);
  }
}
