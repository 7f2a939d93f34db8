package org.annals.timeline.event;

import static org.annals.timeline.event.ParsedSentence.lemma;
import static org.annals.timeline.event.ParsedSentence.spans;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The entities an article names, as the phrases of one of its sentences name them. */
final class SentenceEntities {

  private final ParsedSentence parse;
  private final List<EntityMention> mentions;

  /** {@code mentions} are the whole article's. */
  SentenceEntities(ParsedSentence parse, List<EntityMention> mentions) {
    this.parse = parse;
    this.mentions = mentions;
  }

  /** The mentions the word is part of. */
  List<EntityMention> covering(IndexedWord word) {
    return mentions.stream().filter(m -> spans(m.start(), m.end(), word)).toList();
  }

  List<EntityMention> inSentence() {
    return mentions.stream().filter(m -> parse.holds(m.start(), m.end())).toList();
  }

  /**
   * The entities a phrase names: its head's, its compounds', possessors', appositions' and
   * demonyms' (one level, so "a US ally" inside an apposition does not make the US a party), and those of
   * coordinated heads.
   */
  List<EntityMention> at(IndexedWord head) {
    List<EntityMention> found = new ArrayList<>(covering(head));
    boolean institutional = !covering(head).isEmpty() || EventLexicon.INSTITUTIONAL.contains(lemma(head));
    for (SemanticGraphEdge edge : parse.edgesFrom(head)) {
      String rel = edge.getRelation().toString();
      IndexedWord dependent = edge.getDependent();
      if (rel.equals("compound") || rel.equals("flat")) {
        found.addAll(nameParts(dependent));
      } else if (rel.equals("amod")) {
        // "US officials", "Israeli agents" speak or act for their country; "an Israeli expert" does not.
        if (institutional) {
          found.addAll(covering(dependent));
        }
      } else if (rel.equals("nmod:poss") || rel.equals("appos")) {
        found.addAll(covering(dependent));
      } else if (rel.equals("conj")) {
        found.addAll(covering(dependent));
        for (IndexedWord c : parse.children(dependent, "flat")) {
          found.addAll(covering(c));
        }
      } else if (rel.equals("nmod") && parse.caseWord(dependent).equals("of") && (!covering(head).isEmpty()
          || EventLexicon.MEMBERS.contains(lemma(head)))) {
        // "the Northern Front's fighters" and "fighters of the Northern Front" both act for it.
        found.addAll(covering(dependent));
      }
    }
    List<EntityMention> unique = new ArrayList<>();
    for (EntityMention m : found) {
      if (unique.stream().noneMatch(u -> u.entityId().equals(m.entityId()))) {
        unique.add(m);
      }
    }
    return unique;
  }

  /** A name's parts, however deep ("US Central Command spokesperson Army Major John Moore"). */
  private List<EntityMention> nameParts(IndexedWord word) {
    List<EntityMention> found = new ArrayList<>(covering(word));
    for (SemanticGraphEdge edge : parse.edgesFrom(word)) {
      String rel = edge.getRelation().toString();
      if (rel.equals("compound") || rel.equals("flat")) {
        found.addAll(nameParts(edge.getDependent()));
      }
    }
    return found;
  }

  /** Who says a speech act: the subject of its verb, or of the verb its noun depends on, and a noun's possessor. */
  List<EntityMention> speakerOf(IndexedWord word) {
    IndexedWord head = word.tag().startsWith("NN") ? parse.governor(word).orElse(word) : word;
    List<EntityMention> speaker = new ArrayList<>();
    if (word.tag().startsWith("NN")) {
      parse.child(word, "nmod:poss").ifPresent(p -> speaker.addAll(at(p)));
    }
    parse.subjectOf(head).ifPresent(s -> speaker.addAll(at(s)));
    return speaker;
  }

  /** The country a place lies in, among the entities the article names. */
  Optional<EntityMention> countryOf(EntityMention place) {
    if (place.entityType().equals("COUNTRY")) {
      return Optional.of(place);
    }
    return mentions.stream().filter(m -> m.entityType().equals("COUNTRY") && place.related(m.entityId()))
        .findFirst();
  }
}
