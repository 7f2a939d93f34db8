package org.annals.entity.nlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Stanford CoreNLP (tokenize, ssplit, pos, lemma, ner with fine-grained types), loaded once. Numeric and
 * temporal classifiers are off: money, numbers and dates are not entities, and timeline-service does time.
 * Thread-safe: CoreNLP pipelines may annotate documents concurrently.
 */
public class NlpPipeline {

  /** CoreNLP types that are never entities of interest here. */
  private static final Set<String> IGNORED = Set.of("CAUSE_OF_DEATH", "MONEY", "NUMBER", "ORDINAL", "PERCENT",
      "DATE", "TIME", "DURATION", "SET", "EMAIL", "URL", "CRIMINAL_CHARGE", "O");

  private final StanfordCoreNLP pipeline;

  public NlpPipeline() {
    this.pipeline = new StanfordCoreNLP(properties());
  }

  /** The pipeline's settings, one place for the service and for the benchmark's raw CoreNLP floor. */
  public static Properties properties() {
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    properties.setProperty("tokenize.language", "en");
    // A paragraph break ends a sentence: a headline without a full stop must not run into the first
    // sentence, where "... brokered by Lukashenko" + "Yevgeny Prigozhin ordered" became one name.
    properties.setProperty("ssplit.newlineIsSentenceBreak", "two");
    properties.setProperty("ner.applyFineGrained", "true");
    properties.setProperty("ner.useSUTime", "false");
    properties.setProperty("ner.applyNumericClassifiers", "false");
    properties.setProperty("ner.buildEntityMentions", "true");
    return properties;
  }

  public AnalysedText analyse(String text) {
    CoreDocument document = new CoreDocument(text);
    pipeline.annotate(document);
    List<Token> tokens = new ArrayList<>();
    List<AnalysedText.Sentence> sentences = new ArrayList<>();
    List<NerSpan> entities = new ArrayList<>();
    for (CoreSentence sentence : document.sentences()) {
      int first = tokens.size();
      for (CoreLabel label : sentence.tokens()) {
        tokens.add(new Token(tokens.size(), text.substring(label.beginPosition(), label.endPosition()),
            label.beginPosition(), label.endPosition(), label.tag(), label.lemma(),
            label.ner() == null ? "O" : label.ner(), sentences.size()));
      }
      if (tokens.size() > first) {
        sentences.add(new AnalysedText.Sentence(sentences.size(), first, tokens.size(),
            tokens.get(first).start(), tokens.get(tokens.size() - 1).end()));
      }
      if (sentence.entityMentions() == null) {
        continue;
      }
      for (CoreEntityMention mention : sentence.entityMentions()) {
        if (IGNORED.contains(mention.entityType())) {
          continue;
        }
        List<CoreLabel> mentionTokens = mention.tokens();
        int start = first + mentionTokens.get(0).index() - 1;
        int end = first + mentionTokens.get(mentionTokens.size() - 1).index();
        entities.add(new NerSpan(start, end, mention.entityType()));
      }
    }
    return new AnalysedText(text, List.copyOf(tokens), List.copyOf(sentences), List.copyOf(entities));
  }
}
