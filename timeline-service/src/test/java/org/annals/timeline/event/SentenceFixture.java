package org.annals.timeline.event;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.List;
import org.annals.timeline.support.MentionFixtures;

/**
 * A one-sentence test text read as the extractor reads it, with the parts of the extractor wired the
 * way {@link EventExtractor} wires them, so that each part can be tested on its own.
 */
record SentenceFixture(ParsedSentence parse, SentenceEntities entities, EventDater dater) {

  /** A Thursday. */
  static final LocalDate PUBLISHED = LocalDate.parse("2023-03-09");

  static SentenceFixture read(String text, List<MentionFixtures.Entity> named) {
    EventExtractor.Article article = ArticleReader.article(text, PUBLISHED, named);
    List<CoreMap> sentences = article.document().get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences.size() != 1) {
      throw new IllegalArgumentException("one sentence expected: " + text);
    }
    CoreMap sentence = sentences.get(0);
    ParsedSentence parse = new ParsedSentence(sentence,
        sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class));
    return new SentenceFixture(parse, new SentenceEntities(parse, article.mentions()),
        new EventDater(parse, article.timexes(), article.anchorDate()));
  }

  /** The first word written as {@code written}. */
  IndexedWord word(String written) {
    return parse.words().stream().filter(w -> w.word().equals(written)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no word '" + written + "' in " + parse.words()));
  }

  TriggerFinder triggers() {
    return new TriggerFinder(parse, entities, dater);
  }

  /** The merged candidates of the sentence. */
  List<Candidate> candidates() {
    return new ClauseMerger(parse).merged(triggers().candidates());
  }

  /** The one candidate whose trigger is written as {@code written}. */
  Candidate candidate(String written) {
    return candidates().stream().filter(c -> c.trigger().word().equals(written)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no trigger '" + written + "' in " + parse.words()));
  }
}
