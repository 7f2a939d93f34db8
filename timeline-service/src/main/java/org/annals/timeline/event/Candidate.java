package org.annals.timeline.event;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;

/**
 * A trigger found in a sentence, before it is described, with the triggers of its clause that tell the
 * same event ({@link ClauseMerger}).
 */
final class Candidate {

  private IndexedWord trigger;
  private EventKind kind;
  private final List<IndexedWord> absorbed = new ArrayList<>();
  private final IndexedWord about;

  /** {@code about}: for a speech act, the first trigger of what it says (or null). */
  Candidate(IndexedWord trigger, EventKind kind, IndexedWord about) {
    this.trigger = trigger;
    this.kind = kind;
    this.about = about;
  }

  IndexedWord trigger() {
    return trigger;
  }

  EventKind kind() {
    return kind;
  }

  IndexedWord about() {
    return about;
  }

  /** The trigger first, then the words merged into it. */
  List<IndexedWord> words() {
    List<IndexedWord> words = new ArrayList<>();
    words.add(trigger);
    words.addAll(absorbed);
    return words;
  }

  void absorb(IndexedWord word) {
    absorbed.add(word);
  }

  /** Takes the other's trigger and kind as its own, keeping its present trigger among the merged words. */
  void renameAs(Candidate better) {
    absorbed.add(trigger);
    trigger = better.trigger;
    kind = better.kind;
  }
}
