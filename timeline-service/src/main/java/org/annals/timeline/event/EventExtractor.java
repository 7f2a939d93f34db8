package org.annals.timeline.event;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.timeline.time.Timex;

/**
 * Finds the event mentions of an article in its dependency parse: triggers from {@link EventLexicon},
 * participants from the grammar around them and the resolved entity mentions, the date from the time
 * expression attached to them in their clause, and certainty and attribution from the verbs and phrases
 * that report them.
 */
public class EventExtractor {

  /** Relations that open a new clause: a date or a negation beyond them belongs to another predicate. */
  private static final Set<String> CLAUSE_EDGES = Set.of("ccomp", "parataxis", "advcl", "acl:relcl", "csubj",
      "conj", "xcomp", "acl");
  private static final Set<String> NEGATIONS = Set.of("not", "never", "n't", "no", "nobody", "neither", "nor");
  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those", "its", "their", "his",
      "her", "our", "a", "an");
  private static final Set<String> REFERRING = Set.of("the", "this", "that", "these", "those");
  private static final Set<String> LOCATION_CASES = Set.of("in", "at", "near", "outside", "inside", "across",
      "into", "around");
  private static final int MAX_DATE_DISTANCE = 4;
  /** Kinds that happen at one place: a sentence's only city is where they happened. */
  private static final Set<EventKind> PHYSICAL = Set.of(EventKind.ATTACK, EventKind.EXPLOSION, EventKind.KILLING,
      EventKind.ARREST, EventKind.PROTEST);
  private static final Set<String> DENIED_THINGS = Set.of("claim", "report", "allegation", "accusation",
      "involvement", "role", "responsibility", "charge", "suggestion");

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
      SentenceReader reader = new SentenceReader(article, sentence, graph);
      List<Candidate> candidates = reader.candidates();
      for (Candidate candidate : reader.merged(candidates)) {
        byTrigger.put(candidate.trigger.beginPosition(), found.size());
        found.add(reader.describe(candidate));
      }
      for (Candidate candidate : candidates) {
        if (candidate.about != null && byTrigger.containsKey(candidate.trigger.beginPosition())) {
          Integer about = byTrigger.get(candidate.about.beginPosition());
          int at = byTrigger.get(candidate.trigger.beginPosition());
          if (about != null && about != at) {
            found.set(at, found.get(at).withAbout(about));
          }
        }
      }
    }
    return found;
  }

  /** A trigger found in a sentence, before it is described. */
  private static final class Candidate {
    IndexedWord trigger;
    EventKind kind;
    final List<IndexedWord> absorbed = new ArrayList<>();
    IndexedWord about;

    Candidate(IndexedWord trigger, EventKind kind) {
      this.trigger = trigger;
      this.kind = kind;
    }
  }

  /** What the parse of one sentence says about the events in it. */
  private static final class SentenceReader {
    private final Article article;
    private final CoreMap sentence;
    private final SemanticGraph graph;
    private final int sentenceStart;
    private final int sentenceEnd;

    SentenceReader(Article article, CoreMap sentence, SemanticGraph graph) {
      this.article = article;
      this.sentence = sentence;
      this.graph = graph;
      this.sentenceStart = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      this.sentenceEnd = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    }

    /**
     * One mention per event in a clause: "a drone attack that caused a large explosion" is one event
     * told twice. Triggers in different clauses ("Iran claims to have foiled the raid but Bergman says
     * Israel regards the operation a success") stay apart, as do speech acts.
     */
    List<Candidate> merged(List<Candidate> candidates) {
      List<Candidate> kept = new ArrayList<>();
      for (Candidate candidate : candidates) {
        Optional<Candidate> same = kept.stream().filter(k -> !k.kind.speech() && !candidate.kind.speech()
            && (k.kind.compatibleWith(candidate.kind) && close(k.trigger, candidate.trigger)
                || describes(candidate.trigger, k.trigger))).findFirst();
        if (same.isEmpty()) {
          kept.add(candidate);
        } else if (EventLexicon.VAGUE.contains(lemma(same.get().trigger)) && !EventLexicon.VAGUE.contains(lemma(candidate.trigger))) {
          // "In a daring operation, agents launched the attack": the attack says what it was.
          Candidate group = same.get();
          group.absorbed.add(group.trigger);
          group.trigger = candidate.trigger;
          group.kind = candidate.kind;
        } else {
          same.get().absorbed.add(candidate.trigger);
        }
      }
      return kept;
    }

    /** "an agreement negotiated by Belarus": a participle that describes how the noun's event came about. */
    private boolean describes(IndexedWord verb, IndexedWord noun) {
      return verb.tag().startsWith("VB") && noun.tag().startsWith("NN") && relation(verb).equals("acl")
          && noun.equals(graph.getParent(verb));
    }

    private boolean close(IndexedWord a, IndexedWord b) {
      List<SemanticGraphEdge> path = graph.getShortestUndirectedPathEdges(a, b);
      return path != null && path.size() <= 3 && path.stream().map(e -> e.getRelation().toString())
          .noneMatch(r -> r.equals("conj") || r.equals("ccomp") || r.equals("parataxis"));
    }

    List<Candidate> candidates() {
      List<Candidate> candidates = new ArrayList<>();
      for (IndexedWord word : graph.vertexListSorted()) {
        kindAt(word).ifPresent(kind -> {
          Candidate candidate = new Candidate(word, kind);
          if (kind.speech()) {
            candidate.about = firstTriggerBelow(word);
          }
          candidates.add(candidate);
        });
      }
      return candidates;
    }

    private Optional<EventKind> kindAt(IndexedWord word) {
      String lemma = lemma(word);
      if (word.index() > 1 && Character.isUpperCase(word.word().charAt(0))) {
        return Optional.empty(); // a word in a title ("Rise and Kill First") reports nothing
      }
      IndexedWord parent = graph.getParent(word);
      if (parent != null && relation(word).equals("xcomp") && Set.of("decline", "refuse").contains(lemma(parent))) {
        return Optional.empty(); // "declined to comment" is one act, found at "declined"
      }
      if (word.tag().startsWith("VB") && EventLexicon.DENYING.contains(lemma) && !lemma.equals("deny")
          && child(word, "obj").map(o -> !DENIED_THINGS.contains(lemma(o))).orElse(true)) {
        return Optional.empty();
      }
      if (word.tag().startsWith("VB")) {
        if (lemma.equals("decline") && child(word, "xcomp").map(c -> lemma(c).equals("comment")).orElse(false)) {
          return Optional.of(EventKind.DECLINE_COMMENT);
        }
        if (EventLexicon.speechKind(lemma).isPresent() || EventLexicon.DENYING.contains(lemma)) {
          return speechAct(word, lemma);
        }
      }
      if (word.tag().startsWith("VB") && (EventLexicon.CONTROL.contains(lemma)
          && child(word, "obj").map(o -> lemma(o).equals("control")).orElse(false)
          || lemma.equals("take") && child(word, "compound:prt").map(p -> lemma(p).equals("over")).orElse(false))) {
        return Optional.of(EventKind.SEIZURE); // "took control of the city", "took over the airport"
      }
      Optional<EventKind> kind = EventLexicon.kindOf(lemma, word.tag());
      if (kind.isPresent() && word.tag().startsWith("VB") && EventLexicon.SUPPORT_VERBS.contains(lemma)
          && child(word, "obj").flatMap(o -> EventLexicon.kindOf(lemma(o), o.tag())).filter(k -> k != kind.get())
              .isPresent()) {
        return Optional.empty(); // "struck a deal": the deal is the event, the verb only makes it
      }
      if (kind.isEmpty() || kind.get().speech() && !namedSpeaker(speakerOf(word))) {
        return Optional.empty();
      }
      if (word.tag().startsWith("NN") && relation(word).equals("compound")) {
        return Optional.empty(); // "aid workers", "an attack helicopter": the noun describes another thing
      }
      if (word.tag().startsWith("NN") && generic(word)) {
        return Optional.empty();
      }
      if (kind.get() == EventKind.ARMS_SUPPLY && !aboutWeapons(word)) {
        return Optional.empty();
      }
      if (lemma.equals("sign") && child(word, "obj").map(o -> !EventLexicon.kindOf(lemma(o), o.tag())
          .equals(Optional.of(EventKind.AGREEMENT))).orElse(true)) {
        return Optional.empty();
      }
      if (lemma.equals("strike") && word.tag().startsWith("VB") && child(word, "obj").isEmpty()
          && child(word, "obl").isEmpty()) {
        return Optional.empty();
      }
      return kind;
    }

    /**
     * A reporting verb is an event of its own when a named speaker makes it (outlets only report); a
     * denial when it denies, or when what it reports is that someone took no part ("played no role").
     */
    private Optional<EventKind> speechAct(IndexedWord verb, String lemma) {
      List<EntityMention> speaker = speakerOf(verb);
      if (!namedSpeaker(speaker)) {
        return Optional.empty();
      }
      if (EventLexicon.DENYING.contains(lemma) || negatedInvolvement(verb)) {
        return Optional.of(EventKind.DENIAL);
      }
      if (lemma.equals("claim") && child(verb, "obj").map(o -> EventLexicon.RESPONSIBILITY.contains(lemma(o)))
          .orElse(false)) {
        return Optional.of(EventKind.CLAIM_RESPONSIBILITY);
      }
      return Optional.of(EventKind.STATEMENT);
    }

    private boolean namedSpeaker(List<EntityMention> speaker) {
      return !speaker.isEmpty() && speaker.stream().noneMatch(EntityMention::outlet);
    }

    private List<EntityMention> speakerOf(IndexedWord word) {
      IndexedWord head = word.tag().startsWith("NN") ? governor(word).orElse(word) : word;
      List<EntityMention> speaker = new ArrayList<>();
      if (word.tag().startsWith("NN")) {
        child(word, "nmod:poss").ifPresent(p -> speaker.addAll(entitiesAt(p)));
      }
      subjectOf(head).ifPresent(s -> speaker.addAll(entitiesAt(s)));
      return speaker;
    }

    private boolean negatedInvolvement(IndexedWord verb) {
      for (IndexedWord clause : children(verb, "ccomp")) {
        for (IndexedWord w : graph.descendants(clause)) {
          boolean nobody = child(w, "nsubj:pass").or(() -> child(w, "nsubj")).map(this::negated).orElse(false);
          if (EventLexicon.INVOLVEMENT.contains(lemma(w))
              && (negated(w) || nobody || governor(w).map(this::negated).orElse(false))) {
            return true;
          }
        }
      }
      return false;
    }

    private IndexedWord firstTriggerBelow(IndexedWord verb) {
      List<IndexedWord> below = new ArrayList<>(graph.descendants(verb));
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
      for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(noun)) {
        String rel = edge.getRelation().toString();
        if ((rel.equals("det") || rel.equals("amod") || rel.equals("advmod") || rel.equals("nummod"))
            && EventLexicon.GENERIC_MODIFIERS.contains(lemma(edge.getDependent()))) {
          return true;
        }
      }
      if (!noun.tag().equals("NNS") || lemma(noun).equals("talks") || lemma(noun).equals("sanctions")) {
        return false;
      }
      boolean determined = graph.getChildren(noun).stream().anyMatch(c -> {
        String rel = relation(c);
        return rel.equals("nmod:poss") || rel.equals("nummod") || rel.equals("det") && DEFINITE.contains(lemma(c));
      });
      return !determined && dateOf(noun).isEmpty();
    }

    /** "the crash", "this attack", "Wednesday's crash": a noun pointing back at an event already told of. */
    private boolean anaphoric(IndexedWord trigger) {
      return trigger.tag().startsWith("NN") && graph.getChildren(trigger).stream().anyMatch(c -> {
        String rel = relation(c);
        return rel.equals("nmod:poss") || rel.equals("det") && REFERRING.contains(lemma(c));
      });
    }

    private boolean aboutWeapons(IndexedWord word) {
      Set<IndexedWord> around = new HashSet<>(graph.descendants(word));
      governor(word).ifPresent(around::add);
      return around.stream().anyMatch(w -> EventLexicon.WEAPONS.contains(lemma(w)));
    }

    FoundEvent describe(Candidate candidate) {
      IndexedWord trigger = candidate.trigger;
      Attribution attribution = attribution(trigger);
      Certainty certainty = certainty(trigger, attribution);
      Map<String, FoundEvent.Participant> participants = new LinkedHashMap<>();
      Optional<EntityMention> location = location(candidate);
      for (IndexedWord word : triggerWords(candidate)) {
        participantsOf(word, candidate.kind, certainty, attribution, participants);
      }
      location.ifPresent(place -> participants.values().removeIf(p -> p.entity().entityId().equals(place.entityId())
          && p.role() == Role.PARTICIPANT));
      if (candidate.kind.compatibleWith(EventKind.ATTACK) && participants.values().stream()
          .noneMatch(p -> p.role() == Role.TARGET)) {
        location.flatMap(this::countryOf).ifPresent(country -> participants.putIfAbsent(
            country.entityId() + "/TARGET", new FoundEvent.Participant(country, Role.TARGET, certainty)));
      }
      EventDate date = triggerWords(candidate).stream().map(this::dateOf).flatMap(Optional::stream)
          .filter(d -> allowedDate(d, certainty)).findFirst()
          .or(() -> dateFollowing(trigger).filter(d -> allowedDate(d, certainty))).orElse(EventDate.NONE);
      String phrase = phrase(trigger);
      return new FoundEvent(candidate.kind, phraseStart(trigger), trigger.endPosition(), phrase, sentenceStart,
          sentenceEnd, article.text().substring(sentenceStart, sentenceEnd), certainty,
          attribution.claimant().orElse(null), attribution.outlet().orElse(null), date, location.orElse(null),
          List.copyOf(participants.values()), -1, anaphoric(trigger));
    }

    private List<IndexedWord> triggerWords(Candidate candidate) {
      List<IndexedWord> words = new ArrayList<>();
      words.add(candidate.trigger);
      words.addAll(candidate.absorbed);
      return words;
    }

    /** An event is never dated after its article unless the text plans or expects it. */
    private boolean allowedDate(EventDate date, Certainty certainty) {
      return !date.known() || article.anchorDate() == null || certainty == Certainty.HYPOTHETICAL
          || !date.start().isAfter(article.anchorDate());
    }

    private void participantsOf(IndexedWord trigger, EventKind kind, Certainty certainty, Attribution attribution,
        Map<String, FoundEvent.Participant> into) {
      Certainty actorCertainty = actorCertainty(kind, certainty, attribution);
      boolean noun = trigger.tag().startsWith("NN");
      if (!noun) {
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(trigger)) {
          String rel = edge.getRelation().toString();
          IndexedWord dependent = edge.getDependent();
          switch (rel) {
            case "nsubj" -> add(into, entitiesAt(dependent), Role.ACTOR, actorCertainty);
            case "nsubj:pass" -> add(into, entitiesAt(dependent), Role.TARGET, certainty);
            case "obj" -> {
              if (!kind.speech() || kind == EventKind.ACCUSATION || kind == EventKind.CONDEMNATION
                  || kind == EventKind.WARNING) {
                add(into, entitiesAt(dependent), kind == EventKind.SUMMONS ? Role.TARGET : targetRole(kind), certainty);
              }
            }
            case "obl", "obl:agent", "iobj" -> caseRole(dependent, kind)
                .filter(role -> !kind.speech() || role == Role.ACTOR)
                .ifPresent(role -> add(into, entitiesAt(dependent), role, role == Role.ACTOR ? actorCertainty : certainty));
            default -> { }
          }
        }
        if (kind.speech()) {
          add(into, speakerOf(trigger), Role.ACTOR, certainty);
        }
        return;
      }
      for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(trigger)) {
        String rel = edge.getRelation().toString();
        IndexedWord dependent = edge.getDependent();
        if (rel.equals("nmod:poss") && dateOf(dependent).isEmpty()) {
          add(into, entitiesAt(dependent), Role.ACTOR, actorCertainty);
        } else if (rel.equals("compound")) {
          // "an Iran drone strike" names the place struck; "a Hamas attack" the attacker.
          for (EntityMention e : mentionsCovering(dependent)) {
            add(into, List.of(e), e.place() ? Role.TARGET : Role.ACTOR, e.place() ? certainty : actorCertainty);
          }
        } else if (rel.equals("amod")) {
          add(into, mentionsCovering(dependent), Role.ACTOR, actorCertainty);
        } else if (rel.equals("nsubj") && child(trigger, "case").map(c -> lemma(c).equals("behind")).orElse(false)) {
          add(into, entitiesAt(dependent), Role.ACTOR, actorCertainty);
        } else if (rel.startsWith("nmod")) {
          caseRole(dependent, kind).ifPresent(role ->
              add(into, entitiesAt(dependent), role, role == Role.ACTOR ? actorCertainty : certainty));
        }
      }
      Optional<IndexedWord> governor = governor(trigger);
      if (governor.isEmpty()) {
        return;
      }
      IndexedWord verb = governor.get();
      String relation = relation(trigger);
      String verbLemma = lemma(verb);
      if (EventLexicon.INVOLVEMENT.contains(verbLemma)) {
        involvement(verb, certainty, attribution, into);
      } else if ((relation.equals("obj") || relation.equals("nsubj:pass")) && EventLexicon.SUPPORT_VERBS.contains(verbLemma)) {
        subjectOf(verb).ifPresent(s -> add(into, entitiesAt(s), Role.ACTOR, actorCertainty));
        agentOf(verb).ifPresent(a -> add(into, entitiesAt(a), Role.ACTOR, actorCertainty));
      } else if (relation.equals("nsubj") && verbLemma.equals("work")) {
        child(verb, "nmod").ifPresent(a -> add(into, entitiesAt(a), Role.ACTOR, actorCertainty));
      } else if (relation.equals("nsubj") && child(verb, "cop").isPresent()) {
        // "the strike was an Israeli operation": the predicate noun's modifiers name the doer.
        for (IndexedWord modifier : children(verb, "amod")) {
          add(into, mentionsCovering(modifier), Role.ACTOR, actorCertainty);
        }
      } else if (relation.startsWith("obl") && EventLexicon.kindOf(verbLemma, verb.tag()).isPresent()) {
        child(verb, "nsubj:pass").ifPresent(t -> add(into, entitiesAt(t).stream().filter(e -> !e.place()).toList(),
            Role.TARGET, certainty));
      }
      if (relation.equals("nsubj:pass") || relation.equals("obj")) {
        agentOf(verb).ifPresent(a -> add(into, entitiesAt(a), Role.ACTOR, actorCertainty));
      }
    }

    /** "US forces were not involved in the strike": the subject's part in it, denied or not. */
    private void involvement(IndexedWord predicate, Certainty certainty, Attribution attribution,
        Map<String, FoundEvent.Participant> into) {
      Optional<IndexedWord> verb = predicate.tag().startsWith("NN") ? governor(predicate) : Optional.of(predicate);
      boolean denied = negated(predicate) || verb.map(v -> negated(v) || EventLexicon.DENYING.contains(lemma(v)))
          .orElse(false) || attribution.denying();
      List<EntityMention> who = new ArrayList<>();
      if (predicate.tag().startsWith("NN")) {
        child(predicate, "nmod:poss").ifPresent(p -> who.addAll(entitiesAt(p)));
        child(predicate, "nmod").ifPresent(p -> who.addAll(entitiesAt(p)));
      }
      verb.ifPresent(v -> {
        child(v, "nsubj").ifPresent(s -> who.addAll(entitiesAt(s)));
        child(v, "nsubj:pass").ifPresent(s -> who.addAll(entitiesAt(s)));
      });
      Certainty said = denied ? Certainty.DENIED : certainty == Certainty.ASSERTED ? Certainty.ALLEGED : certainty;
      add(into, who, Role.ACTOR, said);
    }

    /** A verb's subject, or its controller's ("agents appear to have launched": the agents). */
    private Optional<IndexedWord> subjectOf(IndexedWord verb) {
      Optional<IndexedWord> subject = child(verb, "nsubj");
      IndexedWord parent = graph.getParent(verb);
      if (subject.isEmpty() && parent != null && relation(verb).equals("xcomp")) {
        return child(parent, "nsubj");
      }
      return subject;
    }

    private Optional<IndexedWord> agentOf(IndexedWord verb) {
      return graph.getChildren(verb).stream()
          .filter(c -> relation(c).equals("obl:agent") || relation(c).startsWith("obl") && caseWord(c).equals("by"))
          .findFirst();
    }

    /**
     * Violence attributed by someone other than the doer is an allegation: "US officials say Mossad
     * carried it out" makes Mossad the alleged actor.
     */
    private static Certainty actorCertainty(EventKind kind, Certainty certainty, Attribution attribution) {
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
      String preposition = caseWord(dependent);
      return switch (preposition) {
        case "by" -> Optional.of(Role.ACTOR);
        case "on", "against", "to" -> Optional.of(kind == EventKind.ARMS_SUPPLY || kind == EventKind.VISIT
            || !preposition.equals("to") ? Role.TARGET : Role.PARTICIPANT);
        case "with", "between", "among" -> Optional.of(Role.PARTICIPANT);
        default -> Optional.empty();
      };
    }

    private void add(Map<String, FoundEvent.Participant> into, List<EntityMention> entities, Role role,
        Certainty certainty) {
      for (EntityMention entity : entities) {
        if (entity.outlet()) {
          continue;
        }
        into.putIfAbsent(entity.entityId() + "/" + role, new FoundEvent.Participant(entity, role, certainty));
      }
    }

    /**
     * The most specific place the event happened in: a place named in the trigger ("the Isfahan strike")
     * or in its "in"/"at" phrases, else the sentence's one city, else a place written right after a verb.
     */
    private Optional<EntityMention> location(Candidate candidate) {
      List<IndexedWord> heads = new ArrayList<>(triggerWords(candidate));
      governor(candidate.trigger).ifPresent(g -> {
        heads.add(g);
        child(g, "nsubj:pass").ifPresent(heads::add);
        child(g, "obj").ifPresent(heads::add);
      });
      List<EntityMention> places = new ArrayList<>();
      for (IndexedWord word : triggerWords(candidate)) {
        // "the Isfahan strike"; in "a US strike" the country is who struck, not where.
        children(word, "compound").forEach(c -> places.addAll(mentionsCovering(c).stream()
            .filter(m -> m.place() && !m.entityType().equals("COUNTRY")).toList()));
      }
      for (IndexedWord head : heads) {
        for (IndexedWord c : graph.getChildren(head)) {
          if ((relation(c).startsWith("obl") || relation(c).startsWith("nmod")) && LOCATION_CASES.contains(caseWord(c))) {
            places.addAll(placesIn(c));
          }
        }
      }
      if (places.isEmpty() && PHYSICAL.contains(candidate.kind)) {
        List<EntityMention> cities = sentenceMentions().stream().filter(m -> m.entityType().equals("CITY"))
            .filter(this::placeOfTheSentence)
            .map(EntityMention::entityId).distinct().map(id -> sentenceMentions().stream()
                .filter(m -> m.entityId().equals(id)).findFirst().orElseThrow()).toList();
        if (cities.size() == 1) {
          places.add(cities.get(0));
        }
      }
      return places.stream().min(Comparator.comparingInt(EntityMention::placeRank))
          .or(() -> placeFollowing(candidate.trigger));
    }

    /**
     * The words right after a verb trigger up to the end of its phrase: the next punctuation, verb,
     * conjunction or relative word. A parser that loses the sentence's structure ("crashed in the Tver
     * region north of Moscow on Wednesday, killing..." parsed with "north" as the subject of "said")
     * still leaves the date and place written right after the verb; nothing beyond a clause break is read.
     */
    private List<IndexedWord> phraseAfter(IndexedWord trigger) {
      List<IndexedWord> words = new ArrayList<>();
      if (!trigger.tag().startsWith("VB")) {
        return words;
      }
      for (IndexedWord w : graph.vertexListSorted()) {
        if (w.index() <= trigger.index()) {
          continue;
        }
        String tag = w.tag();
        if (tag.startsWith("VB") || tag.equals("CC") || tag.startsWith("W") || !Character.isLetterOrDigit(w.word().charAt(0))
            || lemma(w).equals("that")) {
          break;
        }
        words.add(w);
      }
      return words;
    }

    private Optional<EventDate> dateFollowing(IndexedWord trigger) {
      List<IndexedWord> words = phraseAfter(trigger);
      return article.timexes().stream()
          .filter(t -> words.stream().anyMatch(w -> spans(t.start(), t.end(), w)))
          .map(EventDate::of).flatMap(Optional::stream).findFirst();
    }

    /** The first place named after "in", "at" or "near" in the words that follow the trigger. */
    private Optional<EntityMention> placeFollowing(IndexedWord trigger) {
      boolean located = false;
      for (IndexedWord w : phraseAfter(trigger)) {
        located |= LOCATION_CASES.contains(lemma(w));
        if (located) {
          Optional<EntityMention> place = mentionsCovering(w).stream().filter(EntityMention::place).findFirst();
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
      for (IndexedWord w : graph.vertexListSorted()) {
        if (!spans(city.start(), city.end(), w) || relation(w).equals("compound")) {
          continue;
        }
        IndexedWord parent = graph.getParent(w);
        boolean onASpeaker = parent != null && parent.tag().startsWith("NN") && relation(parent).startsWith("nsubj");
        return LOCATION_CASES.contains(caseWord(w)) && !onASpeaker;
      }
      return false;
    }

    /** "in the Iranian city of Isfahan", "in the center of Isfahan, Iran": the places a phrase names. */
    private List<EntityMention> placesIn(IndexedWord phrase) {
      List<EntityMention> places = new ArrayList<>(entitiesAt(phrase).stream().filter(EntityMention::place).toList());
      for (IndexedWord c : children(phrase, "nmod")) {
        if (caseWord(c).equals("of")) {
          places.addAll(placesIn(c));
        }
      }
      if (places.isEmpty()) {
        for (IndexedWord c : children(phrase, "amod")) {
          places.addAll(mentionsCovering(c).stream().filter(EntityMention::place).toList());
        }
      }
      return places;
    }

    /** The country a place lies in, among the entities the article names. */
    private Optional<EntityMention> countryOf(EntityMention place) {
      if (place.entityType().equals("COUNTRY")) {
        return Optional.of(place);
      }
      return article.mentions().stream().filter(m -> m.entityType().equals("COUNTRY") && place.related(m.entityId()))
          .findFirst();
    }

    private record Attribution(Optional<EntityMention> claimant, Optional<String> outlet, Optional<Certainty> says,
        boolean denying) {}

    /**
     * Who the sentence says the event comes from: the subject of a reporting verb above it ("US officials
     * said that..."), an "according to" phrase, or a trailing "..., the New York Times reported".
     */
    private Attribution attribution(IndexedWord trigger) {
      Optional<EntityMention> claimant = Optional.empty();
      Optional<String> outlet = Optional.empty();
      Optional<Certainty> says = Optional.empty();
      boolean denying = false;
      IndexedWord node = trigger;
      Set<IndexedWord> seen = new HashSet<>();
      while (node != null && seen.add(node)) {
        for (IndexedWord c : graph.getChildren(node)) {
          if (relation(c).startsWith("obl") && caseWord(c).equals("according")) {
            Source source = sourceOf(c);
            outlet = outlet.or(source::outlet);
            if (source.outlet().isEmpty()) {
              claimant = claimant.or(source::speaker);
              says = says.or(() -> Optional.of(Certainty.REPORTED));
            }
          } else if (trailingReport(node, c)) {
            Optional<Source> source = subjectOf(c).or(() -> child(c, "obj")).map(this::sourceOf);
            if (source.isPresent()) {
              outlet = outlet.or(source.get()::outlet);
              if (source.get().outlet().isEmpty()) {
                claimant = claimant.or(source.get()::speaker);
                says = says.or(() -> Optional.of(certaintyOfVerb(lemma(c))));
              }
            }
          }
        }
        Optional<IndexedWord> parent = Optional.ofNullable(graph.getParent(node));
        if (parent.isEmpty()) {
          break;
        }
        String rel = relation(node);
        IndexedWord up = parent.get();
        if (rel.equals("conj")) {
          break;
        }
        if ((rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("parataxis") && node != trigger)
            && (reporting(up) || EventLexicon.ALLEGING.contains(lemma(up)) || EventLexicon.DENYING.contains(lemma(up)))
            && up != trigger) {
          Optional<Source> source = Set.of("appear", "seem").contains(lemma(up)) ? Optional.empty()
              : subjectOf(up).map(this::sourceOf);
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
          Optional<Source> source = subjectOf(report.get()).map(this::sourceOf);
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
      for (IndexedWord word : graph.vertexListSorted()) {
        if (word.index() >= trigger.index()) {
          break;
        }
        if (!word.tag().startsWith("VB") || !(EventLexicon.REPORTING.contains(lemma(word))
            || EventLexicon.ALLEGING.contains(lemma(word))) || subjectOf(word).isEmpty()) {
          continue;
        }
        boolean inSubject = subjectOf(word).map(s -> graph.descendants(s).contains(trigger)).orElse(false);
        if (!inSubject && !graph.descendants(trigger).contains(word)) {
          return Optional.of(word);
        }
      }
      return Optional.empty();
    }

    /** Who a subject or "according to" phrase names: an outlet when its head is one, else the speaker. */
    private record Source(Optional<EntityMention> speaker, Optional<String> outlet) {}

    private Source sourceOf(IndexedWord head) {
      Optional<EntityMention> media = mentionsCovering(head).stream().filter(EntityMention::outlet).findFirst();
      if (media.isPresent()) {
        return new Source(Optional.empty(), media.map(EntityMention::entityName));
      }
      return new Source(speaker(entitiesAt(head)), Optional.empty());
    }

    /**
     * "..., the New York Times reported." / "..., reported The Wall Street Journal.": a reporting verb
     * after the clause, with no complement of its own, reports the clause.
     */
    private boolean trailingReport(IndexedWord clause, IndexedWord child) {
      String rel = relation(child);
      return reporting(child) && child.index() > clause.index() && children(child, "ccomp").isEmpty()
          && (rel.equals("parataxis") || rel.equals("ccomp") || rel.equals("dep"));
    }

    private boolean reporting(IndexedWord word) {
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

    private Certainty certainty(IndexedWord trigger, Attribution attribution) {
      // "did not launch an attack", "an attack could be carried out"; not "the attack will not impede".
      Optional<IndexedWord> governor = trigger.tag().startsWith("NN") && Set.of("obj", "nsubj:pass")
          .contains(relation(trigger)) ? governor(trigger) : Optional.empty();
      boolean involvementOnly = governor.map(g -> EventLexicon.INVOLVEMENT.contains(lemma(g))).orElse(false);
      if (negated(trigger) || governor.filter(g -> !involvementOnly).map(this::negated).orElse(false)) {
        return Certainty.DENIED;
      }
      if (prospective(trigger) || governor.filter(g -> !involvementOnly).map(this::prospective).orElse(false)) {
        return Certainty.HYPOTHETICAL;
      }
      if (attribution.says().isPresent()) {
        return attribution.says().get();
      }
      for (IndexedWord word : governor.map(g -> List.of(trigger, g)).orElse(List.of(trigger))) {
        for (IndexedWord c : graph.getChildren(word)) {
          Certainty hedge = EventLexicon.HEDGES.get(lemma(c));
          if (hedge != null) {
            return hedge;
          }
        }
        IndexedWord parent = graph.getParent(word);
        if (parent != null && relation(word).equals("xcomp") && EventLexicon.ALLEGING.contains(lemma(parent))) {
          return Certainty.ALLEGED;
        }
      }
      return Certainty.ASSERTED;
    }

    private boolean negated(IndexedWord word) {
      return graph.getChildren(word).stream().anyMatch(c -> {
        String rel = relation(c);
        return (rel.equals("advmod") || rel.equals("det") || rel.equals("neg") || rel.equals("aux"))
            && NEGATIONS.contains(lemma(c));
      });
    }

    /** Modal, conditional, planned or sought: "could strike", "if it attacks", "prepared to strike". */
    private boolean prospective(IndexedWord word) {
      for (IndexedWord c : graph.getChildren(word)) {
        String rel = relation(c);
        if (rel.startsWith("aux") && EventLexicon.MODALS.contains(lemma(c))
            || rel.equals("mark") && (lemma(c).equals("if") || lemma(c).equals("unless"))) {
          return true;
        }
      }
      IndexedWord parent = graph.getParent(word);
      return parent != null && Set.of("xcomp", "obj", "advcl", "ccomp").contains(relation(word))
          && EventLexicon.PROSPECTIVE.contains(lemma(parent));
    }

    /**
     * The date of the time expression nearest the trigger in its own clause (at most a few dependency
     * steps away, never across a clause boundary: in "officials said on Sunday that Israel was behind
     * the attack", Sunday dates the saying, not the attack).
     */
    private Optional<EventDate> dateOf(IndexedWord trigger) {
      Map<IndexedWord, Integer> distance = new HashMap<>();
      Deque<IndexedWord> queue = new ArrayDeque<>();
      distance.put(trigger, 0);
      queue.add(trigger);
      governor(trigger).filter(g -> trigger.tag().startsWith("NN")).ifPresent(g -> {
        distance.put(g, 1);
        queue.add(g);
      });
      while (!queue.isEmpty()) {
        IndexedWord w = queue.poll();
        int d = distance.get(w);
        if (d >= MAX_DATE_DISTANCE || inLength(w)) {
          // "two months to the day after he led the mutiny": a date inside a length measures from it.
          continue;
        }
        for (IndexedWord c : graph.getChildren(w)) {
          if (!CLAUSE_EDGES.contains(relation(c)) && !distance.containsKey(c)) {
            distance.put(c, d + 1);
            queue.add(c);
          }
        }
      }
      Timex best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (Timex timex : article.timexes()) {
        if (timex.start() < sentenceStart || timex.end() > sentenceEnd) {
          continue;
        }
        for (Map.Entry<IndexedWord, Integer> e : distance.entrySet()) {
          IndexedWord w = e.getKey();
          if (spans(timex.start(), timex.end(), w) && e.getValue() < bestDistance
              && EventDate.of(timex).isPresent()) {
            best = timex;
            bestDistance = e.getValue();
          }
        }
      }
      return best == null ? Optional.empty() : EventDate.of(best);
    }

    private boolean inLength(IndexedWord word) {
      return article.timexes().stream().anyMatch(t -> ("DURATION".equals(t.type()) || "SET".equals(t.type()))
          && spans(t.start(), t.end(), word));
    }

    /** The trigger with the nouns that name its kind ("drone attack", "missile strike"). */
    private String phrase(IndexedWord trigger) {
      return article.text().substring(phraseStart(trigger), trigger.endPosition());
    }

    private int phraseStart(IndexedWord trigger) {
      int start = trigger.beginPosition();
      for (IndexedWord c : children(trigger, "compound")) {
        if (c.index() == trigger.index() - 1 && mentionsCovering(c).isEmpty() && !c.tag().startsWith("NNP")) {
          start = Math.min(start, c.beginPosition());
        }
      }
      return start;
    }

    /**
     * The entities a phrase names: its head's, its compounds', possessors', appositions' and
     * demonyms' (one level, so "a US ally" inside an apposition does not make the US a party), and those of
     * coordinated heads.
     */
    private List<EntityMention> entitiesAt(IndexedWord head) {
      List<EntityMention> found = new ArrayList<>(mentionsCovering(head));
      boolean institutional = !mentionsCovering(head).isEmpty() || EventLexicon.INSTITUTIONAL.contains(lemma(head));
      for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(head)) {
        String rel = edge.getRelation().toString();
        IndexedWord dependent = edge.getDependent();
        if (rel.equals("compound") || rel.equals("flat")) {
          found.addAll(nameParts(dependent));
        } else if (rel.equals("amod")) {
          // "US officials", "Israeli agents" speak or act for their country; "an Israeli expert" does not.
          if (institutional) {
            found.addAll(mentionsCovering(dependent));
          }
        } else if (rel.equals("nmod:poss") || rel.equals("appos")) {
          found.addAll(mentionsCovering(dependent));
        } else if (rel.equals("conj")) {
          found.addAll(mentionsCovering(dependent));
          for (IndexedWord c : children(dependent, "flat")) {
            found.addAll(mentionsCovering(c));
          }
        } else if (rel.equals("nmod") && caseWord(dependent).equals("of") && (!mentionsCovering(head).isEmpty()
            || EventLexicon.MEMBERS.contains(lemma(head)))) {
          // "the Northern Front's fighters" and "fighters of the Northern Front" both act for it.
          found.addAll(mentionsCovering(dependent));
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
      List<EntityMention> found = new ArrayList<>(mentionsCovering(word));
      for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(word)) {
        String rel = edge.getRelation().toString();
        if (rel.equals("compound") || rel.equals("flat")) {
          found.addAll(nameParts(edge.getDependent()));
        }
      }
      return found;
    }

    private List<EntityMention> mentionsCovering(IndexedWord word) {
      return article.mentions().stream()
          .filter(m -> spans(m.start(), m.end(), word)).toList();
    }

    private List<EntityMention> sentenceMentions() {
      return article.mentions().stream().filter(m -> m.start() >= sentenceStart && m.end() <= sentenceEnd).toList();
    }

    /** The word a noun trigger depends on when it is its argument ("launched the attack", "behind the attack"). */
    private Optional<IndexedWord> governor(IndexedWord word) {
      IndexedWord parent = graph.getParent(word);
      if (parent == null) {
        return Optional.empty();
      }
      String rel = relation(word);
      return rel.startsWith("nsubj") || rel.equals("obj") || rel.startsWith("obl") || rel.startsWith("nmod")
          && !rel.equals("nmod:poss") ? Optional.of(parent) : Optional.empty();
    }

    private String relation(IndexedWord word) {
      IndexedWord parent = graph.getParent(word);
      if (parent == null) {
        return "root";
      }
      SemanticGraphEdge edge = graph.getEdge(parent, word);
      return edge == null ? "dep" : edge.getRelation().toString();
    }

    private String caseWord(IndexedWord word) {
      for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(word)) {
        if (edge.getRelation().toString().equals("case")) {
          return edge.getDependent().word().toLowerCase(Locale.ROOT);
        }
      }
      return "";
    }

    private Optional<IndexedWord> child(IndexedWord word, String relation) {
      return children(word, relation).stream().findFirst();
    }

    private List<IndexedWord> children(IndexedWord word, String relation) {
      List<IndexedWord> found = new ArrayList<>();
      for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(word)) {
        if (edge.getRelation().toString().equals(relation)) {
          found.add(edge.getDependent());
        }
      }
      found.sort(Comparator.comparingInt(IndexedWord::index));
      return found;
    }

    /** Whether the text from {@code start} to {@code end} (a time expression, a mention) holds the word. */
    private static boolean spans(int start, int end, IndexedWord word) {
      return start <= word.beginPosition() && word.endPosition() <= end;
    }

    private static String lemma(IndexedWord word) {
      String lemma = word.lemma() != null ? word.lemma() : word.word();
      return lemma.toLowerCase(Locale.ROOT);
    }
  }
}
