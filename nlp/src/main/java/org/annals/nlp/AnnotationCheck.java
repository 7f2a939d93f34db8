package org.annals.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;

/**
 * What every reader of an annotation relies on, checked once where it arrives: tokens inside the
 * text and in order, every sentence with tokens, tags, lemmas and its dependency parse. A decoded
 * message can be well-formed protobuf and still break these, and a reader failing on them later would
 * answer 500 for a bad request.
 */
final class AnnotationCheck {

  private AnnotationCheck() {}

  static void require(Annotation document, String text) {
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreLabel> tokens = document.get(CoreAnnotations.TokensAnnotation.class);
    if (sentences == null || tokens == null) {
      throw new MalformedAnnotationException("it has no sentences or no tokens");
    }
    int previousEnd = 0;
    int tokenCount = 0;
    for (int s = 0; s < sentences.size(); s++) {
      List<CoreLabel> own = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
      if (own == null || own.isEmpty()) {
        throw new MalformedAnnotationException("sentence " + s + " has no tokens");
      }
      for (CoreLabel token : own) {
        int begin = token.beginPosition();
        int end = token.endPosition();
        if (begin < previousEnd || end < begin || end > text.length()) {
          throw new MalformedAnnotationException("token '" + token.word() + "' of sentence " + s
              + " is outside the text or out of order (" + begin + ".." + end + ")");
        }
        if (token.tag() == null || token.lemma() == null || token.ner() == null) {
          throw new MalformedAnnotationException("token '" + token.word() + "' of sentence " + s
              + " has no part of speech, lemma or entity tag");
        }
        previousEnd = end;
      }
      tokenCount += own.size();
      SemanticGraph graph = sentences.get(s).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      if (graph == null || graph.size() != own.size()) {
        throw new MalformedAnnotationException("sentence " + s + " has no dependency parse of all its tokens");
      }
    }
    if (tokenCount != tokens.size()) {
      throw new MalformedAnnotationException("the sentences hold " + tokenCount + " tokens, the document "
          + tokens.size());
    }
  }
}
