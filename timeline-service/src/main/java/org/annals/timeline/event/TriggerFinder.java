package org.annals.timeline.event;

import static org.annals.timeline.event.ParsedSentence.lemma;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Finds the words of a sentence that tell an event ({@link EventLexicon}) and the kind each tells. */
final class TriggerFinder {

  private final ParsedSentence parse;
  private final SentenceEntities entities;
  private final EventDater dater;

  TriggerFinder(ParsedSentence parse, SentenceEntities entities, EventDater dater) {
    this.parse = parse;
    this.entities = entities;
    this.dater = dater;
  }

  /** Every trigger of the sentence in the order written; a speech act knows the first trigger it reports. */
  List<Candidate> candidates() {
    List<Candidate> candidates = new ArrayList<>();
    for (IndexedWord word : parse.words()) {
      kindAt(word).ifPresent(kind ->
          candidates.add(new Candidate(word, kind, kind.speech() ? firstTriggerBelow(word) : null)));
    }
    return candidates;
  }

  Optional<EventKind> kindAt(IndexedWord word) {
    String lemma = lemma(word);
    if (word.index() > 1 && Character.isUpperCase(word.word().charAt(0))) {
      return Optional.empty(); // a word in a title ("Rise and Kill First") reports nothing
    }
    IndexedWord parent = parse.parent(word);
    if (parent != null && parse.relation(word).equals("xcomp") && EventLexicon.REFUSING.contains(lemma(parent))) {
      return Optional.empty(); // "declined to comment" is one act, found at "declined"
    }
    if (word.tag().startsWith("VB") && EventLexicon.DENYING.contains(lemma) && !lemma.equals("deny")
        && parse.child(word, "obj").map(o -> !EventLexicon.DENIED_THINGS.contains(lemma(o))).orElse(true)) {
      return Optional.empty();
    }
    if (word.tag().startsWith("VB")) {
      if (lemma.equals("decline") && parse.child(word, "xcomp").map(c -> lemma(c).equals("comment")).orElse(false)) {
        return Optional.of(EventKind.DECLINE_COMMENT);
      }
      if (EventLexicon.speechKind(lemma).isPresent() || EventLexicon.DENYING.contains(lemma)) {
        return speechAct(word, lemma);
      }
    }
    if (word.tag().startsWith("VB") && (EventLexicon.CONTROL.contains(lemma)
        && parse.child(word, "obj").map(o -> lemma(o).equals("control")).orElse(false)
        || lemma.equals("take") && parse.child(word, "compound:prt").map(p -> lemma(p).equals("over")).orElse(false))) {
      return Optional.of(EventKind.SEIZURE); // "took control of the city", "took over the airport"
    }
    Optional<EventKind> kind = EventLexicon.kindOf(lemma, word.tag());
    if (kind.isPresent() && word.tag().startsWith("VB") && EventLexicon.SUPPORT_VERBS.contains(lemma)
        && parse.child(word, "obj").flatMap(o -> EventLexicon.kindOf(lemma(o), o.tag())).filter(k -> k != kind.get())
            .isPresent()) {
      return Optional.empty(); // "struck a deal": the deal is the event, the verb only makes it
    }
    if (kind.isEmpty() || kind.get().speech() && !namedSpeaker(entities.speakerOf(word))) {
      return Optional.empty();
    }
    if (word.tag().startsWith("NN") && parse.relation(word).equals("compound")) {
      return Optional.empty(); // "aid workers", "an attack helicopter": the noun describes another thing
    }
    if (word.tag().startsWith("NN") && generic(word)) {
      return Optional.empty();
    }
    if (kind.get() == EventKind.ARMS_SUPPLY && !aboutWeapons(word)) {
      return Optional.empty();
    }
    if (lemma.equals("sign") && parse.child(word, "obj").map(o -> !EventLexicon.kindOf(lemma(o), o.tag())
        .equals(Optional.of(EventKind.AGREEMENT))).orElse(true)) {
      return Optional.empty();
    }
    if (lemma.equals("strike") && word.tag().startsWith("VB") && parse.child(word, "obj").isEmpty()
        && parse.child(word, "obl").isEmpty()) {
      return Optional.empty();
    }
    return kind;
  }

  /** "the crash", "this attack", "Wednesday's crash": a noun pointing back at an event already told of. */
  boolean anaphoric(IndexedWord trigger) {
    return trigger.tag().startsWith("NN") && parse.dependents(trigger).stream().anyMatch(c -> {
      String rel = parse.relation(c);
      return rel.equals("nmod:poss") || rel.equals("det") && EventLexicon.REFERRING.contains(lemma(c));
    });
  }

  /**
   * A reporting verb is an event of its own when a named speaker makes it (outlets only report); a
   * denial when it denies, or when what it reports is that someone took no part ("played no role").
   */
  private Optional<EventKind> speechAct(IndexedWord verb, String lemma) {
    List<EntityMention> speaker = entities.speakerOf(verb);
    if (!namedSpeaker(speaker)) {
      return Optional.empty();
    }
    if (EventLexicon.DENYING.contains(lemma) || negatedInvolvement(verb)) {
      return Optional.of(EventKind.DENIAL);
    }
    if (lemma.equals("claim") && parse.child(verb, "obj").map(o -> EventLexicon.RESPONSIBILITY.contains(lemma(o)))
        .orElse(false)) {
      return Optional.of(EventKind.CLAIM_RESPONSIBILITY);
    }
    return Optional.of(EventKind.STATEMENT);
  }

  private static boolean namedSpeaker(List<EntityMention> speaker) {
    return !speaker.isEmpty() && speaker.stream().noneMatch(EntityMention::outlet);
  }

  private boolean negatedInvolvement(IndexedWord verb) {
    for (IndexedWord clause : parse.children(verb, "ccomp")) {
      for (IndexedWord w : parse.descendants(clause)) {
        boolean nobody = parse.child(w, "nsubj:pass").or(() -> parse.child(w, "nsubj")).map(parse::negated)
            .orElse(false);
        if (EventLexicon.INVOLVEMENT.contains(lemma(w))
            && (parse.negated(w) || nobody || parse.governor(w).map(parse::negated).orElse(false))) {
          return true;
        }
      }
    }
    return false;
  }

  private IndexedWord firstTriggerBelow(IndexedWord verb) {
    List<IndexedWord> below = new ArrayList<>(parse.descendants(verb));
    below.remove(verb);
    below.sort(Comparator.comparingInt(IndexedWord::index));
    for (IndexedWord w : below) {
      Optional<EventKind> kind = EventLexicon.kindOf(lemma(w), w.tag());
      if (kind.isPresent() && !kind.get().speech()) {
        return w;
      }
    }
    return null;
  }

  /** "any attack", "similar attacks", bare plurals: kinds of event, not one event. */
  private boolean generic(IndexedWord noun) {
    for (SemanticGraphEdge edge : parse.edgesFrom(noun)) {
      String rel = edge.getRelation().toString();
      if ((rel.equals("det") || rel.equals("amod") || rel.equals("advmod") || rel.equals("nummod"))
          && EventLexicon.GENERIC_MODIFIERS.contains(lemma(edge.getDependent()))) {
        return true;
      }
    }
    if (!noun.tag().equals("NNS") || EventLexicon.PLURAL_EVENTS.contains(lemma(noun))) {
      return false;
    }
    boolean determined = parse.dependents(noun).stream().anyMatch(c -> {
      String rel = parse.relation(c);
      return rel.equals("nmod:poss") || rel.equals("nummod") || rel.equals("det")
          && EventLexicon.DETERMINERS.contains(lemma(c));
    });
    return !determined && dater.dateOf(noun).isEmpty();
  }

  private boolean aboutWeapons(IndexedWord word) {
    Set<IndexedWord> around = new HashSet<>(parse.descendants(word));
    parse.governor(word).ifPresent(around::add);
    return around.stream().anyMatch(w -> EventLexicon.WEAPONS.contains(lemma(w)));
  }
}
