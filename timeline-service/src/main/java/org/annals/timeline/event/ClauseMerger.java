package org.annals.timeline.event;

import static org.annals.timeline.event.ParsedSentence.lemma;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One mention per event in a clause: "a drone attack that caused a large explosion" is one event
 * told twice. Triggers in different clauses ("Iran claims to have foiled the raid but Bergman says
 * Israel regards the operation a success") stay apart, as do speech acts.
 */
final class ClauseMerger {

  private final ParsedSentence parse;

  ClauseMerger(ParsedSentence parse) {
    this.parse = parse;
  }

  /** The candidates that remain, each with the others of its event merged into it. */
  List<Candidate> merged(List<Candidate> candidates) {
    List<Candidate> kept = new ArrayList<>();
    for (Candidate candidate : candidates) {
      Optional<Candidate> same = kept.stream().filter(k -> !k.kind().speech() && !candidate.kind().speech()
          && (k.kind().compatibleWith(candidate.kind()) && close(k.trigger(), candidate.trigger())
              || describes(candidate.trigger(), k.trigger()))).findFirst();
      if (same.isEmpty()) {
        kept.add(candidate);
      } else if (EventLexicon.VAGUE.contains(lemma(same.get().trigger()))
          && !EventLexicon.VAGUE.contains(lemma(candidate.trigger()))) {
        // "In a daring operation, agents launched the attack": the attack says what it was.
        same.get().renameAs(candidate);
      } else {
        same.get().absorb(candidate.trigger());
      }
    }
    return kept;
  }

  /** "an agreement negotiated by Belarus": a participle that describes how the noun's event came about. */
  private boolean describes(IndexedWord verb, IndexedWord noun) {
    return verb.tag().startsWith("VB") && noun.tag().startsWith("NN") && parse.relation(verb).equals("acl")
        && noun.equals(parse.parent(verb));
  }

  private boolean close(IndexedWord a, IndexedWord b) {
    List<SemanticGraphEdge> path = parse.pathBetween(a, b);
    return path != null && path.size() <= 3 && path.stream().map(e -> e.getRelation().toString())
        .noneMatch(r -> r.equals("conj") || r.equals("ccomp") || r.equals("parataxis"));
  }
}
