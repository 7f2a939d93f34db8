package org.annals.timeline.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToIntFunction;
import org.annals.timeline.event.EventDate;
import org.annals.timeline.event.EventMatcher;
import org.annals.timeline.event.EventProfile;
import org.annals.timeline.event.FoundEvent;

/**
 * Stores an article's mentions in place of what it said before: each joins the known event it fits
 * best ({@link EventMatcher}) or starts a new one, and events first told bare that it fits as well
 * turn out to be that event and are merged into it.
 */
@ApplicationScoped
public class EventMerger {

  private final EntityManager em;
  private final CandidateEvents candidates;
  private final EventDerivation derivation;

  public EventMerger(EntityManager em, CandidateEvents candidates, EventDerivation derivation) {
    this.em = em;
    this.candidates = candidates;
    this.derivation = derivation;
  }

  /** The events whose evidence changed, and how many events the article now gives evidence for. */
  public record Merge(Set<UUID> touched, int events) {}

  /** Replaces the article's evidence with {@code found}; {@code named} are the entities it names anywhere. */
  public Merge replace(KnownArticle article, List<FoundEvent> found, Set<UUID> named) {
    Set<UUID> touched = EventMention.eventsOf(article.id);
    // A mention read again that fits no other event keeps its own: re-analysing does not renumber events.
    Map<String, UUID> previous = new HashMap<>();
    for (EventMention m : EventMention.<EventMention>list("articleId", article.id)) {
      previous.put(m.kind + "@" + m.triggerStart, m.eventId);
    }
    EventMention.delete("articleId", article.id);
    em.flush();
    Map<Integer, UUID> eventOf = new HashMap<>();
    for (int i : processingOrder(found)) {
      FoundEvent mention = found.get(i);
      UUID about = mention.about() >= 0 ? eventOf.get(mention.about()) : null;
      EventMatcher.Mention candidate = new EventMatcher.Mention(mention, article.id, article.anchorDate(), about,
          mention.about() >= 0 ? found.get(mention.about()).kind() : null, named);
      List<EventProfile> known = candidates.of(mention, article, named);
      Optional<EventProfile> best = EventMatcher.best(candidate, known);
      Event event = best.map(p -> (Event) Event.findById(p.id()))
          .or(() -> Optional.ofNullable(previous.get(mention.kind().name() + "@" + mention.triggerStart()))
              .map(id -> (Event) Event.findById(id)))
          .orElseGet(() -> newEvent(mention));
      best.ifPresent(chosen -> EventMatcher.alsoFitting(candidate, chosen, known)
          .forEach(bare -> touched.addAll(absorb(bare.id(), event.id))));
      store(article, mention, event.id, about);
      eventOf.put(i, event.id);
      touched.add(event.id);
      // Derived at once, so that the article's next mentions are matched with what this one made of it.
      derivation.derive(event.id);
    }
    return new Merge(touched, new HashSet<>(eventOf.values()).size());
  }

  /** Removes an article's evidence; answers the events it gave evidence for. */
  public Set<UUID> remove(UUID articleId) {
    Set<UUID> touched = EventMention.eventsOf(articleId);
    EventMention.delete("articleId", articleId);
    em.flush();
    return touched;
  }

  /** Moves the evidence of one event to another, which it turned out to be; answers both. */
  private Set<UUID> absorb(UUID from, UUID into) {
    em.flush();
    em.createQuery("update EventMention m set m.eventId = ?1 where m.eventId = ?2").setParameter(1, into)
        .setParameter(2, from).executeUpdate();
    em.createQuery("update EventMention m set m.aboutEventId = ?1 where m.aboutEventId = ?2").setParameter(1, into)
        .setParameter(2, from).executeUpdate();
    em.createQuery("update EventParticipant p set p.eventId = ?1 where p.eventId = ?2").setParameter(1, into)
        .setParameter(2, from).executeUpdate();
    // Mentions and participants loaded before the update must not be read with their old event.
    em.clear();
    return Set.of(from, into);
  }

  /**
   * The most telling mentions first, so that an article's main event is matched on its date and place
   * before "the attack" further down joins it; speech acts last, once what they are about is stored.
   */
  private static List<Integer> processingOrder(List<FoundEvent> found) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      order.add(i);
    }
    ToIntFunction<FoundEvent> weight = f -> (f.kind().speech() ? -100 : 0) + (f.date().known() ? 4 : 0)
        + (f.date().value() != null ? 2 : 0) + (f.location() != null ? 2 : 0) + f.participants().size();
    order.sort(Comparator.comparingInt((Integer i) -> -weight.applyAsInt(found.get(i))).thenComparing(i -> i));
    return order;
  }

  private Event newEvent(FoundEvent mention) {
    Event event = new Event();
    event.id = UUID.randomUUID();
    event.kind = mention.kind().name();
    event.cameo = mention.kind().cameo();
    event.summary = mention.kind().description();
    event.dateGranularity = "NONE";
    event.dateOrigin = "NONE";
    event.certainty = mention.certainty().name();
    event.createdAt = Instant.now();
    event.updatedAt = event.createdAt;
    event.persist();
    return event;
  }

  private void store(KnownArticle article, FoundEvent found, UUID eventId, UUID about) {
    EventMention m = new EventMention();
    m.eventId = eventId;
    m.articleId = article.id;
    m.kind = found.kind().name();
    m.triggerStart = found.triggerStart();
    m.triggerEnd = found.triggerEnd();
    m.triggerText = found.trigger();
    m.sentenceStart = found.sentenceStart();
    m.sentenceEnd = found.sentenceEnd();
    m.sentence = found.sentence();
    m.certainty = found.certainty().name();
    if (found.claimant() != null) {
      m.claimantEntityId = found.claimant().entityId();
      m.claimantName = found.claimant().entityName();
    }
    m.outlet = found.outlet() != null ? found.outlet() : article.source;
    EventDate date = found.date();
    m.dateText = date.text();
    m.dateValue = date.value();
    m.dateStart = date.start();
    m.dateEnd = date.end();
    m.dateGranularity = date.granularity();
    m.dateOrigin = date.origin();
    if (found.location() != null) {
      m.locationEntityId = found.location().entityId();
      m.locationName = found.location().entityName();
      m.locationWithin = EventMatcher.stored(found.location().within());
    }
    m.aboutEventId = about;
    m.persist();
    for (FoundEvent.Participant p : found.participants()) {
      EventParticipant row = new EventParticipant();
      row.mentionId = m.id;
      row.eventId = eventId;
      row.entityId = p.entity().entityId();
      row.entityName = p.entity().entityName();
      row.entityType = p.entity().entityType();
      row.entityWithin = EventMatcher.stored(p.entity().within());
      row.role = p.role().name();
      row.certainty = p.certainty().name();
      row.persist();
    }
  }
}
