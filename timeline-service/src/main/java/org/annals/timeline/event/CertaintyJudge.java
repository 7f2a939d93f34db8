package org.annals.timeline.event;

import static org.annals.timeline.event.ParsedSentence.lemma;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** How surely a sentence presents an event: negated, hedged, planned, reported or asserted. */
final class CertaintyJudge {

  private final ParsedSentence parse;

  CertaintyJudge(ParsedSentence parse) {
    this.parse = parse;
  }

  Certainty certainty(IndexedWord trigger, Attribution attribution) {
    // "did not launch an attack", "an attack could be carried out"; not "the attack will not impede".
    Optional<IndexedWord> governor = trigger.tag().startsWith("NN") && Set.of("obj", "nsubj:pass")
        .contains(parse.relation(trigger)) ? parse.governor(trigger) : Optional.empty();
    boolean involvementOnly = governor.map(g -> EventLexicon.INVOLVEMENT.contains(lemma(g))).orElse(false);
    if (parse.negated(trigger) || governor.filter(g -> !involvementOnly).map(parse::negated).orElse(false)) {
      return Certainty.DENIED;
    }
    if (prospective(trigger) || governor.filter(g -> !involvementOnly).map(this::prospective).orElse(false)) {
      return Certainty.HYPOTHETICAL;
    }
    if (attribution.says().isPresent()) {
      return attribution.says().get();
    }
    for (IndexedWord word : governor.map(g -> List.of(trigger, g)).orElse(List.of(trigger))) {
      for (IndexedWord c : parse.dependents(word)) {
        Certainty hedge = EventLexicon.HEDGES.get(lemma(c));
        if (hedge != null) {
          return hedge;
        }
      }
      IndexedWord parent = parse.parent(word);
      if (parent != null && parse.relation(word).equals("xcomp") && EventLexicon.ALLEGING.contains(lemma(parent))) {
        return Certainty.ALLEGED;
      }
    }
    return Certainty.ASSERTED;
  }

  /** Modal, conditional, planned or sought: "could strike", "if it attacks", "prepared to strike". */
  private boolean prospective(IndexedWord word) {
    for (IndexedWord c : parse.dependents(word)) {
      String rel = parse.relation(c);
      if (rel.startsWith("aux") && EventLexicon.MODALS.contains(lemma(c))
          || rel.equals("mark") && EventLexicon.CONDITIONALS.contains(lemma(c))) {
        return true;
      }
    }
    IndexedWord parent = parse.parent(word);
    return parent != null && Set.of("xcomp", "obj", "advcl", "ccomp").contains(parse.relation(word))
        && EventLexicon.PROSPECTIVE.contains(lemma(parent));
  }
}
