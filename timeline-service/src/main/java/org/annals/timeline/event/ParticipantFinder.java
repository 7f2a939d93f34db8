package org.annals.timeline.event;

import static org.annals.timeline.event.ParsedSentence.lemma;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Who takes part in an event, in which role, and how surely: from the grammar around its triggers. */
final class ParticipantFinder {

  private final ParsedSentence parse;
  private final SentenceEntities entities;
  private final EventDater dater;

  ParticipantFinder(ParsedSentence parse, SentenceEntities entities, EventDater dater) {
    this.parse = parse;
    this.entities = entities;
    this.dater = dater;
  }

  /**
   * The participants of a candidate, first role first for each entity. The place it happened in is no
   * mere participant, and an attack with no named target is on the country of that place.
   */
  List<FoundEvent.Participant> participants(Candidate candidate, Certainty certainty, Attribution attribution,
      Optional<EntityMention> location) {
    Map<String, FoundEvent.Participant> participants = new LinkedHashMap<>();
    for (IndexedWord word : candidate.words()) {
      participantsOf(word, candidate.kind(), certainty, attribution, participants);
    }
    location.ifPresent(place -> participants.values().removeIf(p -> p.entity().entityId().equals(place.entityId())
        && p.role() == Role.PARTICIPANT));
    if (candidate.kind().compatibleWith(EventKind.ATTACK) && participants.values().stream()
        .noneMatch(p -> p.role() == Role.TARGET)) {
      location.flatMap(entities::countryOf).ifPresent(country -> participants.putIfAbsent(
          country.entityId() + "/TARGET", new FoundEvent.Participant(country, Role.TARGET, certainty)));
    }
    return List.copyOf(participants.values());
  }

  private void participantsOf(IndexedWord trigger, EventKind kind, Certainty certainty, Attribution attribution,
      Map<String, FoundEvent.Participant> into) {
    Certainty actorCertainty = actorCertainty(kind, certainty);
    boolean noun = trigger.tag().startsWith("NN");
    if (!noun) {
      for (SemanticGraphEdge edge : parse.edgesFrom(trigger)) {
        String rel = edge.getRelation().toString();
        IndexedWord dependent = edge.getDependent();
        switch (rel) {
          case "nsubj" -> add(into, entities.at(dependent), Role.ACTOR, actorCertainty);
          case "nsubj:pass" -> add(into, entities.at(dependent), Role.TARGET, certainty);
          case "obj" -> {
            if (!kind.speech() || kind == EventKind.ACCUSATION || kind == EventKind.CONDEMNATION
                || kind == EventKind.WARNING) {
              add(into, entities.at(dependent), kind == EventKind.SUMMONS ? Role.TARGET : targetRole(kind), certainty);
            }
          }
          case "obl", "obl:agent", "iobj" -> caseRole(dependent, kind)
              .filter(role -> !kind.speech() || role == Role.ACTOR)
              .ifPresent(role -> add(into, entities.at(dependent), role,
                  role == Role.ACTOR ? actorCertainty : certainty));
          default -> { }
        }
      }
      if (kind.speech()) {
        add(into, entities.speakerOf(trigger), Role.ACTOR, certainty);
      }
      return;
    }
    for (SemanticGraphEdge edge : parse.edgesFrom(trigger)) {
      String rel = edge.getRelation().toString();
      IndexedWord dependent = edge.getDependent();
      if (rel.equals("nmod:poss") && dater.dateOf(dependent).isEmpty()) {
        add(into, entities.at(dependent), Role.ACTOR, actorCertainty);
      } else if (rel.equals("compound")) {
        // "an Iran drone strike" names the place struck; "a Hamas attack" the attacker.
        for (EntityMention e : entities.covering(dependent)) {
          add(into, List.of(e), e.place() ? Role.TARGET : Role.ACTOR, e.place() ? certainty : actorCertainty);
        }
      } else if (rel.equals("amod")) {
        add(into, entities.covering(dependent), Role.ACTOR, actorCertainty);
      } else if (rel.equals("nsubj")
          && parse.child(trigger, "case").map(c -> lemma(c).equals("behind")).orElse(false)) {
        add(into, entities.at(dependent), Role.ACTOR, actorCertainty);
      } else if (rel.startsWith("nmod")) {
        caseRole(dependent, kind).ifPresent(role ->
            add(into, entities.at(dependent), role, role == Role.ACTOR ? actorCertainty : certainty));
      }
    }
    Optional<IndexedWord> governor = parse.governor(trigger);
    if (governor.isEmpty()) {
      return;
    }
    IndexedWord verb = governor.get();
    String relation = parse.relation(trigger);
    String verbLemma = lemma(verb);
    if (EventLexicon.INVOLVEMENT.contains(verbLemma)) {
      involvement(verb, certainty, attribution, into);
    } else if ((relation.equals("obj") || relation.equals("nsubj:pass"))
        && EventLexicon.SUPPORT_VERBS.contains(verbLemma)) {
      parse.subjectOf(verb).ifPresent(s -> add(into, entities.at(s), Role.ACTOR, actorCertainty));
      parse.agentOf(verb).ifPresent(a -> add(into, entities.at(a), Role.ACTOR, actorCertainty));
    } else if (relation.equals("nsubj") && verbLemma.equals("work")) {
      parse.child(verb, "nmod").ifPresent(a -> add(into, entities.at(a), Role.ACTOR, actorCertainty));
    } else if (relation.equals("nsubj") && parse.child(verb, "cop").isPresent()) {
      // "the strike was an Israeli operation": the predicate noun's modifiers name the doer.
      for (IndexedWord modifier : parse.children(verb, "amod")) {
        add(into, entities.covering(modifier), Role.ACTOR, actorCertainty);
      }
    } else if (relation.startsWith("obl") && EventLexicon.kindOf(verbLemma, verb.tag()).isPresent()) {
      parse.child(verb, "nsubj:pass").ifPresent(t -> add(into, entities.at(t).stream().filter(e -> !e.place())
          .toList(), Role.TARGET, certainty));
    }
    if (relation.equals("nsubj:pass") || relation.equals("obj")) {
      parse.agentOf(verb).ifPresent(a -> add(into, entities.at(a), Role.ACTOR, actorCertainty));
    }
  }

  /** "US forces were not involved in the strike": the subject's part in it, denied or not. */
  private void involvement(IndexedWord predicate, Certainty certainty, Attribution attribution,
      Map<String, FoundEvent.Participant> into) {
    Optional<IndexedWord> verb = predicate.tag().startsWith("NN") ? parse.governor(predicate) : Optional.of(predicate);
    boolean denied = parse.negated(predicate)
        || verb.map(v -> parse.negated(v) || EventLexicon.DENYING.contains(lemma(v))).orElse(false)
        || attribution.denying();
    List<EntityMention> who = new ArrayList<>();
    if (predicate.tag().startsWith("NN")) {
      parse.child(predicate, "nmod:poss").ifPresent(p -> who.addAll(entities.at(p)));
      parse.child(predicate, "nmod").ifPresent(p -> who.addAll(entities.at(p)));
    }
    verb.ifPresent(v -> {
      parse.child(v, "nsubj").ifPresent(s -> who.addAll(entities.at(s)));
      parse.child(v, "nsubj:pass").ifPresent(s -> who.addAll(entities.at(s)));
    });
    Certainty said = denied ? Certainty.DENIED : certainty == Certainty.ASSERTED ? Certainty.ALLEGED : certainty;
    add(into, who, Role.ACTOR, said);
  }

  /**
   * Violence attributed by someone other than the doer is an allegation: "US officials say Mossad
   * carried it out" makes Mossad the alleged actor.
   */
  private static Certainty actorCertainty(EventKind kind, Certainty certainty) {
    if (kind.compatibleWith(EventKind.ATTACK) || kind == EventKind.KILLING) {
      if (certainty == Certainty.REPORTED) {
        return Certainty.ALLEGED;
      }
    }
    return certainty;
  }

  private static Role targetRole(EventKind kind) {
    return kind == EventKind.MEETING || kind == EventKind.NEGOTIATION || kind == EventKind.AGREEMENT
        ? Role.PARTICIPANT : Role.TARGET;
  }

  private Optional<Role> caseRole(IndexedWord dependent, EventKind kind) {
    String preposition = parse.caseWord(dependent);
    return switch (preposition) {
      case "by" -> Optional.of(Role.ACTOR);
      case "on", "against", "to" -> Optional.of(kind == EventKind.ARMS_SUPPLY || kind == EventKind.VISIT
          || !preposition.equals("to") ? Role.TARGET : Role.PARTICIPANT);
      case "with", "between", "among" -> Optional.of(Role.PARTICIPANT);
      default -> Optional.empty();
    };
  }

  private static void add(Map<String, FoundEvent.Participant> into, List<EntityMention> entities, Role role,
      Certainty certainty) {
    for (EntityMention entity : entities) {
      if (entity.outlet()) {
        continue;
      }
      into.putIfAbsent(entity.entityId() + "/" + role, new FoundEvent.Participant(entity, role, certainty));
    }
  }
}
