package org.annals.timeline.event;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.Optional;

/** Turns a candidate of one sentence into the event mention it tells, with all the sentence says of it. */
final class EventDescriber {

  private final String text;
  private final ParsedSentence parse;
  private final SentenceEntities entities;
  private final TriggerFinder triggers;
  private final AttributionFinder attributions;
  private final CertaintyJudge certainties;
  private final ParticipantFinder participants;
  private final PlaceFinder places;
  private final EventDater dater;

  /** {@code text} is the article's, which the sentence's offsets point into. */
  EventDescriber(String text, ParsedSentence parse, SentenceEntities entities, TriggerFinder triggers,
      AttributionFinder attributions, CertaintyJudge certainties, ParticipantFinder participants,
      PlaceFinder places, EventDater dater) {
    this.text = text;
    this.parse = parse;
    this.entities = entities;
    this.triggers = triggers;
    this.attributions = attributions;
    this.certainties = certainties;
    this.participants = participants;
    this.places = places;
    this.dater = dater;
  }

  FoundEvent describe(Candidate candidate) {
    IndexedWord trigger = candidate.trigger();
    Attribution attribution = attributions.attribution(trigger);
    Certainty certainty = certainties.certainty(trigger, attribution);
    Optional<EntityMention> location = places.location(candidate);
    return new FoundEvent(candidate.kind(), phraseStart(trigger), trigger.endPosition(), phrase(trigger),
        parse.start(), parse.end(), text.substring(parse.start(), parse.end()), certainty,
        attribution.claimant().orElse(null), attribution.outlet().orElse(null),
        dater.dateOf(candidate, certainty), location.orElse(null),
        participants.participants(candidate, certainty, attribution, location), -1, triggers.anaphoric(trigger));
  }

  /** The trigger with the nouns that name its kind ("drone attack", "missile strike"). */
  private String phrase(IndexedWord trigger) {
    return text.substring(phraseStart(trigger), trigger.endPosition());
  }

  private int phraseStart(IndexedWord trigger) {
    int start = trigger.beginPosition();
    for (IndexedWord c : parse.children(trigger, "compound")) {
      if (c.index() == trigger.index() - 1 && entities.covering(c).isEmpty() && !c.tag().startsWith("NNP")) {
        start = Math.min(start, c.beginPosition());
      }
    }
    return start;
  }
}
