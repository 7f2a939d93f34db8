package org.annals.entity.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.annals.nlp.ArticlePipeline;

/**
 * The platform's analysis of an article ({@link ArticlePipeline}), run here because entity-service reads
 * the text first, and the view of it entity resolution works on. Numeric and temporal classifiers are
 * off: money, numbers and dates are not entities, and timeline-service does time on the same annotation.
 * Thread-safe: CoreNLP pipelines may annotate documents concurrently.
 */
public class NlpPipeline {

  /** CoreNLP types that are never entities of interest here. */
  private static final Set<String> IGNORED = Set.of("CAUSE_OF_DEATH", "MONEY", "NUMBER", "ORDINAL", "PERCENT",
      "DATE", "TIME", "DURATION", "SET", "EMAIL", "URL", "CRIMINAL_CHARGE", "O");

  private final ArticlePipeline pipeline;

  public NlpPipeline() {
    this.pipeline = new ArticlePipeline();
  }

  /** An article read: the annotation to pass on, and the view resolution works on. */
  public record Reading(Annotation document, AnalysedText text) {}

  public Reading read(String text) {
    Annotation document = pipeline.annotate(text);
    return new Reading(document, view(document, text));
  }

  public AnalysedText analyse(String text) {
    return read(text).text();
  }

  private static AnalysedText view(Annotation annotation, String text) {
    CoreDocument document = new CoreDocument(annotation);
    List<Token> tokens = new ArrayList<>();
    List<AnalysedText.Sentence> sentences = new ArrayList<>();
    List<NerSpan> entities = new ArrayList<>();
    for (CoreSentence sentence : document.sentences()) {
      int first = tokens.size();
      List<CoreLabel> labels = sentence.tokens();
      Dependency[] dependencies = dependencies(sentence.coreMap(), labels.size());
      for (int i = 0; i < labels.size(); i++) {
        CoreLabel label = labels.get(i);
        tokens.add(new Token(tokens.size(), text.substring(label.beginPosition(), label.endPosition()),
            label.beginPosition(), label.endPosition(), label.tag(), label.lemma(),
            label.ner() == null ? "O" : label.ner(), sentences.size(),
            dependencies[i].head() < 0 ? -1 : first + dependencies[i].head(), dependencies[i].relation()));
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

  /** Each token's head in the basic dependencies, as an index into the sentence (-1: the root), and the relation. */
  private static Dependency[] dependencies(CoreMap sentence, int size) {
    Dependency[] dependencies = new Dependency[size];
    Arrays.fill(dependencies, new Dependency(-1, "root"));
    SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    for (SemanticGraphEdge edge : graph.edgeIterable()) {
      dependencies[edge.getDependent().index() - 1] = new Dependency(edge.getGovernor().index() - 1,
          edge.getRelation().toString());
    }
    return dependencies;
  }

  private record Dependency(int head, String relation) {}
}
