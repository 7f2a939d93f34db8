package org.annals.timeline.event;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annals.timeline.time.Timex;

/**
 * Finds the event mentions of an article in its dependency parse, sentence by sentence: triggers from
 * {@link EventLexicon} ({@link TriggerFinder}, {@link ClauseMerger}), participants from the grammar
 * around them and the resolved entity mentions ({@link ParticipantFinder}, {@link PlaceFinder}), the date
 * from the time expression attached to them in their clause ({@link EventDater}), and certainty and
 * attribution from the verbs and phrases that report them ({@link AttributionFinder},
 * {@link CertaintyJudge}).
 */
public class EventExtractor {

  /** Everything the extractor needs of one article. */
  public record Article(Annotation document, String text, List<Timex> timexes, List<EntityMention> mentions,
      LocalDate anchorDate) {}

  public List<FoundEvent> extract(Article article) {
    List<FoundEvent> found = new ArrayList<>();
    Map<Integer, Integer> byTrigger = new HashMap<>();
    List<CoreMap> sentences = article.document().get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return found;
    }
    for (CoreMap sentence : sentences) {
      SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      if (graph == null) {
        continue;
      }
      ParsedSentence parse = new ParsedSentence(sentence, graph);
      SentenceEntities entities = new SentenceEntities(parse, article.mentions());
      EventDater dater = new EventDater(parse, article.timexes(), article.anchorDate());
      TriggerFinder triggers = new TriggerFinder(parse, entities, dater);
      EventDescriber describer = new EventDescriber(article.text(), parse, entities, triggers,
          new AttributionFinder(parse, entities), new CertaintyJudge(parse),
          new ParticipantFinder(parse, entities, dater), new PlaceFinder(parse, entities), dater);
      List<Candidate> candidates = triggers.candidates();
      for (Candidate candidate : new ClauseMerger(parse).merged(candidates)) {
        byTrigger.put(candidate.trigger().beginPosition(), found.size());
        found.add(describer.describe(candidate));
      }
      // A speech act points at the event it reports when that event's trigger heads a mention of its own.
      for (Candidate candidate : candidates) {
        if (candidate.about() != null && byTrigger.containsKey(candidate.trigger().beginPosition())) {
          Integer about = byTrigger.get(candidate.about().beginPosition());
          int at = byTrigger.get(candidate.trigger().beginPosition());
          if (about != null && about != at) {
            found.set(at, found.get(at).withAbout(about));
          }
        }
      }
    }
    return found;
  }
}
