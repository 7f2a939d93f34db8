package org.annals.timeline.event;

import static org.annals.timeline.event.ParsedSentence.lemma;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who a sentence says an event comes from: the subject of a reporting verb above it ("US officials
 * said that..."), an "according to" phrase, or a trailing "..., the New York Times reported".
 */
final class AttributionFinder {

  private final ParsedSentence parse;
  private final SentenceEntities entities;

  AttributionFinder(ParsedSentence parse, SentenceEntities entities) {
    this.parse = parse;
    this.entities = entities;
  }

  /** Who a subject or "according to" phrase names: an outlet when its head is one, else the speaker. */
  private record Source(Optional<EntityMention> speaker, Optional<String> outlet) {}

  Attribution attribution(IndexedWord trigger) {
    Optional<EntityMention> claimant = Optional.empty();
    Optional<String> outlet = Optional.empty();
    Optional<Certainty> says = Optional.empty();
    boolean denying = false;
    IndexedWord node = trigger;
    Set<IndexedWord> seen = new HashSet<>();
    while (node != null && seen.add(node)) {
      for (IndexedWord c : parse.dependents(node)) {
        if (parse.relation(c).startsWith("obl") && parse.caseWord(c).equals("according")) {
          Source source = sourceOf(c);
          outlet = outlet.or(source::outlet);
          if (source.outlet().isEmpty()) {
            claimant = claimant.or(source::speaker);
            says = says.or(() -> Optional.of(Certainty.REPORTED));
          }
        } else if (trailingReport(node, c)) {
          Optional<Source> source = parse.subjectOf(c).or(() -> parse.child(c, "obj")).map(this::sourceOf);
          if (source.isPresent()) {
            outlet = outlet.or(source.get()::outlet);
            if (source.get().outlet().isEmpty()) {
              claimant = claimant.or(source.get()::speaker);
              says = says.or(() -> Optional.of(certaintyOfVerb(lemma(c))));
            }
          }
        }
      }
      Optional<IndexedWord> parent = Optional.ofNullable(parse.parent(node));
      if (parent.isEmpty()) {
        break;
      }
      String rel = parse.relation(node);
      IndexedWord up = parent.get();
      if (rel.equals("conj")) {
        break;
      }
      if ((rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("parataxis") && node != trigger)
          && (reporting(up) || EventLexicon.ALLEGING.contains(lemma(up)) || EventLexicon.DENYING.contains(lemma(up)))
          && up != trigger) {
        Optional<Source> source = EventLexicon.IMPERSONAL.contains(lemma(up)) ? Optional.empty()
            : parse.subjectOf(up).map(this::sourceOf);
        if (source.isPresent()) {
          outlet = outlet.or(source.get()::outlet);
          claimant = claimant.or(source.get()::speaker);
        }
        Certainty verb = certaintyOfVerb(lemma(up));
        says = says.isPresent() && says.get().compareTo(verb) >= 0 ? says : Optional.of(verb);
        denying = denying || verb == Certainty.DENIED;
      }
      if (rel.equals("parataxis") && reporting(up) && node == trigger) {
        break;
      }
      node = up;
    }
    if (says.isEmpty()) {
      Optional<IndexedWord> report = precedingReport(trigger);
      if (report.isPresent()) {
        Optional<Source> source = parse.subjectOf(report.get()).map(this::sourceOf);
        outlet = outlet.or(() -> source.flatMap(Source::outlet));
        claimant = claimant.or(() -> source.flatMap(Source::speaker));
        says = Optional.of(certaintyOfVerb(lemma(report.get())));
      }
    }
    return new Attribution(claimant, outlet, says, denying);
  }

  /**
   * A reporting or alleging verb earlier in the sentence that the parse failed to put above the
   * trigger ("an expert says there are signs the strike was..." is often parsed with "says" as a
   * subject). News sentences report forwards: what follows such a verb is what it reports, unless the
   * trigger is the verb's own subject or governs it (a relative clause: "the attack that officials say").
   */
  private Optional<IndexedWord> precedingReport(IndexedWord trigger) {
    for (IndexedWord word : parse.words()) {
      if (word.index() >= trigger.index()) {
        break;
      }
      if (!word.tag().startsWith("VB") || !(EventLexicon.REPORTING.contains(lemma(word))
          || EventLexicon.ALLEGING.contains(lemma(word))) || parse.subjectOf(word).isEmpty()) {
        continue;
      }
      boolean inSubject = parse.subjectOf(word).map(s -> parse.descendants(s).contains(trigger)).orElse(false);
      if (!inSubject && !parse.descendants(trigger).contains(word)) {
        return Optional.of(word);
      }
    }
    return Optional.empty();
  }

  private Source sourceOf(IndexedWord head) {
    Optional<EntityMention> media = entities.covering(head).stream().filter(EntityMention::outlet).findFirst();
    if (media.isPresent()) {
      return new Source(Optional.empty(), media.map(EntityMention::entityName));
    }
    return new Source(speaker(entities.at(head)), Optional.empty());
  }

  /**
   * "..., the New York Times reported." / "..., reported The Wall Street Journal.": a reporting verb
   * after the clause, with no complement of its own, reports the clause.
   */
  private boolean trailingReport(IndexedWord clause, IndexedWord child) {
    String rel = parse.relation(child);
    return reporting(child) && child.index() > clause.index() && parse.children(child, "ccomp").isEmpty()
        && (rel.equals("parataxis") || rel.equals("ccomp") || rel.equals("dep"));
  }

  private static boolean reporting(IndexedWord word) {
    return word.tag().startsWith("VB") && EventLexicon.REPORTING.contains(lemma(word));
  }

  private static Certainty certaintyOfVerb(String lemma) {
    if (EventLexicon.DENYING.contains(lemma)) {
      return Certainty.DENIED;
    }
    return EventLexicon.ALLEGING.contains(lemma) ? Certainty.ALLEGED : Certainty.REPORTED;
  }

  /** The one who speaks among the entities of a subject: a person before an organisation before a place. */
  private static Optional<EntityMention> speaker(List<EntityMention> source) {
    return source.stream().filter(m -> !m.outlet()).min(Comparator.comparingInt(m -> switch (m.entityType()) {
      case "PERSON" -> 0;
      case "ORGANIZATION" -> 1;
      default -> 2;
    }));
  }
}
