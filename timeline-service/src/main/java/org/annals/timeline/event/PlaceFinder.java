package org.annals.timeline.event;

import static org.annals.timeline.event.ParsedSentence.lemma;
import static org.annals.timeline.event.ParsedSentence.spans;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where an event happened, among the places its sentence names. */
final class PlaceFinder {

  /** Kinds that happen at one place: a sentence's only city is where they happened. */
  private static final Set<EventKind> PHYSICAL = Set.of(EventKind.ATTACK, EventKind.EXPLOSION, EventKind.KILLING,
      EventKind.ARREST, EventKind.PROTEST);

  private final ParsedSentence parse;
  private final SentenceEntities entities;

  PlaceFinder(ParsedSentence parse, SentenceEntities entities) {
    this.parse = parse;
    this.entities = entities;
  }

  /**
   * The most specific place the event happened in: a place named in the trigger ("the Isfahan strike")
   * or in its "in"/"at" phrases, else the sentence's one city, else a place written right after a verb.
   */
  Optional<EntityMention> location(Candidate candidate) {
    List<IndexedWord> heads = new ArrayList<>(candidate.words());
    parse.governor(candidate.trigger()).ifPresent(g -> {
      heads.add(g);
      parse.child(g, "nsubj:pass").ifPresent(heads::add);
      parse.child(g, "obj").ifPresent(heads::add);
    });
    List<EntityMention> places = new ArrayList<>();
    for (IndexedWord word : candidate.words()) {
      // "the Isfahan strike"; in "a US strike" the country is who struck, not where.
      parse.children(word, "compound").forEach(c -> places.addAll(entities.covering(c).stream()
          .filter(m -> m.place() && !m.entityType().equals("COUNTRY")).toList()));
    }
    for (IndexedWord head : heads) {
      for (IndexedWord c : parse.dependents(head)) {
        if ((parse.relation(c).startsWith("obl") || parse.relation(c).startsWith("nmod"))
            && EventLexicon.LOCATION_CASES.contains(parse.caseWord(c))) {
          places.addAll(placesIn(c));
        }
      }
    }
    if (places.isEmpty() && PHYSICAL.contains(candidate.kind())) {
      List<EntityMention> inSentence = entities.inSentence();
      List<EntityMention> cities = inSentence.stream().filter(m -> m.entityType().equals("CITY"))
          .filter(this::placeOfTheSentence)
          .map(EntityMention::entityId).distinct().map(id -> inSentence.stream()
              .filter(m -> m.entityId().equals(id)).findFirst().orElseThrow()).toList();
      if (cities.size() == 1) {
        places.add(cities.get(0));
      }
    }
    return places.stream().min(Comparator.comparingInt(EntityMention::placeRank))
        .or(() -> placeFollowing(candidate.trigger()));
  }

  /** The first place named after "in", "at" or "near" in the words that follow the trigger. */
  private Optional<EntityMention> placeFollowing(IndexedWord trigger) {
    boolean located = false;
    for (IndexedWord w : parse.phraseAfter(trigger)) {
      located |= EventLexicon.LOCATION_CASES.contains(lemma(w));
      if (located) {
        Optional<EntityMention> place = entities.covering(w).stream().filter(EntityMention::place).findFirst();
        if (place.isPresent()) {
          return place;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a city mention says where things happen in its sentence ("a blast in Isfahan"), rather than
   * whose something is ("Tehran's nuclear programme") or where a speaker is ("officials in Tehran said").
   */
  private boolean placeOfTheSentence(EntityMention city) {
    for (IndexedWord w : parse.words()) {
      if (!spans(city.start(), city.end(), w) || parse.relation(w).equals("compound")) {
        continue;
      }
      IndexedWord parent = parse.parent(w);
      boolean onASpeaker = parent != null && parent.tag().startsWith("NN")
          && parse.relation(parent).startsWith("nsubj");
      return EventLexicon.LOCATION_CASES.contains(parse.caseWord(w)) && !onASpeaker;
    }
    return false;
  }

  /** "in the Iranian city of Isfahan", "in the center of Isfahan, Iran": the places a phrase names. */
  private List<EntityMention> placesIn(IndexedWord phrase) {
    List<EntityMention> places = new ArrayList<>(entities.at(phrase).stream().filter(EntityMention::place).toList());
    for (IndexedWord c : parse.children(phrase, "nmod")) {
      if (parse.caseWord(c).equals("of")) {
        places.addAll(placesIn(c));
      }
    }
    if (places.isEmpty()) {
      for (IndexedWord c : parse.children(phrase, "amod")) {
        places.addAll(entities.covering(c).stream().filter(EntityMention::place).toList());
      }
    }
    return places;
  }
}
