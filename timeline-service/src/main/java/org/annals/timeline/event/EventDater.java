package org.annals.timeline.event;

import static org.annals.timeline.event.ParsedSentence.spans;

import edu.stanford.nlp.ling.IndexedWord;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.timeline.time.Timex;

/** Dates the events of a sentence from the article's time expressions. */
final class EventDater {

  /** Relations that open a new clause: a date beyond them belongs to another predicate. */
  private static final Set<String> CLAUSE_EDGES = Set.of("ccomp", "parataxis", "advcl", "acl:relcl", "csubj",
      "conj", "xcomp", "acl");
  private static final int MAX_DATE_DISTANCE = 4;

  private final ParsedSentence parse;
  private final List<Timex> timexes;
  private final LocalDate anchorDate;

  /** {@code timexes} are the whole article's; {@code anchorDate}, its publication date, may be null. */
  EventDater(ParsedSentence parse, List<Timex> timexes, LocalDate anchorDate) {
    this.parse = parse;
    this.timexes = timexes;
    this.anchorDate = anchorDate;
  }

  /**
   * The date of a candidate: that of the first of its words dated in its clause, else the one written
   * right after its verb.
   */
  EventDate dateOf(Candidate candidate, Certainty certainty) {
    return candidate.words().stream().map(this::dateOf).flatMap(Optional::stream)
        .filter(d -> allowed(d, certainty)).findFirst()
        .or(() -> dateFollowing(candidate.trigger()).filter(d -> allowed(d, certainty))).orElse(EventDate.NONE);
  }

  /**
   * The date of the time expression nearest the word in its own clause (at most a few dependency
   * steps away, never across a clause boundary: in "officials said on Sunday that Israel was behind
   * the attack", Sunday dates the saying, not the attack).
   */
  Optional<EventDate> dateOf(IndexedWord trigger) {
    Map<IndexedWord, Integer> distance = new HashMap<>();
    Deque<IndexedWord> queue = new ArrayDeque<>();
    distance.put(trigger, 0);
    queue.add(trigger);
    parse.governor(trigger).filter(g -> trigger.tag().startsWith("NN")).ifPresent(g -> {
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
      for (IndexedWord c : parse.dependents(w)) {
        if (!CLAUSE_EDGES.contains(parse.relation(c)) && !distance.containsKey(c)) {
          distance.put(c, d + 1);
          queue.add(c);
        }
      }
    }
    Timex best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Timex timex : timexes) {
      if (!parse.holds(timex.start(), timex.end())) {
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
    return timexes.stream().anyMatch(t -> ("DURATION".equals(t.type()) || "SET".equals(t.type()))
        && spans(t.start(), t.end(), word));
  }

  private Optional<EventDate> dateFollowing(IndexedWord trigger) {
    List<IndexedWord> words = parse.phraseAfter(trigger);
    return timexes.stream()
        .filter(t -> words.stream().anyMatch(w -> spans(t.start(), t.end(), w)))
        .map(EventDate::of).flatMap(Optional::stream).findFirst();
  }

  /** An event is never dated after its article unless the text plans or expects it. */
  private boolean allowed(EventDate date, Certainty certainty) {
    return !date.known() || anchorDate == null || certainty == Certainty.HYPOTHETICAL
        || !date.start().isAfter(anchorDate);
  }
}
