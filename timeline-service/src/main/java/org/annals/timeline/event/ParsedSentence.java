package org.annals.timeline.event;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One sentence as the event rules read it: its words in order, the dependency graph that links them,
 * where it stands in the article's text, and the grammatical questions every rule asks of a word (its
 * relation, its preposition, its subject, whether it is negated).
 */
final class ParsedSentence {

  private final SemanticGraph graph;
  private final int start;
  private final int end;

  ParsedSentence(CoreMap sentence, SemanticGraph graph) {
    this.graph = graph;
    this.start = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    this.end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  /** Whether the text from {@code from} to {@code to} (a time expression, a mention) lies in this sentence. */
  boolean holds(int from, int to) {
    return from >= start && to <= end;
  }

  /** The words in the order they are written. */
  List<IndexedWord> words() {
    return graph.vertexListSorted();
  }

  IndexedWord parent(IndexedWord word) {
    return graph.getParent(word);
  }

  Set<IndexedWord> dependents(IndexedWord word) {
    return graph.getChildren(word);
  }

  Iterable<SemanticGraphEdge> edgesFrom(IndexedWord word) {
    return graph.outgoingEdgeIterable(word);
  }

  /** The word and everything below it. */
  Set<IndexedWord> descendants(IndexedWord word) {
    return graph.descendants(word);
  }

  /** The dependency edges between two words, whichever way they point, or null when none link them. */
  List<SemanticGraphEdge> pathBetween(IndexedWord a, IndexedWord b) {
    return graph.getShortestUndirectedPathEdges(a, b);
  }

  String relation(IndexedWord word) {
    IndexedWord parent = graph.getParent(word);
    if (parent == null) {
      return "root";
    }
    SemanticGraphEdge edge = graph.getEdge(parent, word);
    return edge == null ? "dep" : edge.getRelation().toString();
  }

  /** The preposition a phrase is introduced with, lower-cased, or "" when it has none. */
  String caseWord(IndexedWord word) {
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(word)) {
      if (edge.getRelation().toString().equals("case")) {
        return edge.getDependent().word().toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }

  Optional<IndexedWord> child(IndexedWord word, String relation) {
    return children(word, relation).stream().findFirst();
  }

  /** The word's dependents in {@code relation}, in the order they are written. */
  List<IndexedWord> children(IndexedWord word, String relation) {
    List<IndexedWord> found = new ArrayList<>();
    for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(word)) {
      if (edge.getRelation().toString().equals(relation)) {
        found.add(edge.getDependent());
      }
    }
    found.sort(Comparator.comparingInt(IndexedWord::index));
    return found;
  }

  /** The word a noun trigger depends on when it is its argument ("launched the attack", "behind the attack"). */
  Optional<IndexedWord> governor(IndexedWord word) {
    IndexedWord parent = graph.getParent(word);
    if (parent == null) {
      return Optional.empty();
    }
    String rel = relation(word);
    return rel.startsWith("nsubj") || rel.equals("obj") || rel.startsWith("obl") || rel.startsWith("nmod")
        && !rel.equals("nmod:poss") ? Optional.of(parent) : Optional.empty();
  }

  /** A verb's subject, or its controller's ("agents appear to have launched": the agents). */
  Optional<IndexedWord> subjectOf(IndexedWord verb) {
    Optional<IndexedWord> subject = child(verb, "nsubj");
    IndexedWord parent = graph.getParent(verb);
    if (subject.isEmpty() && parent != null && relation(verb).equals("xcomp")) {
      return child(parent, "nsubj");
    }
    return subject;
  }

  /** The "by" phrase of a passive verb. */
  Optional<IndexedWord> agentOf(IndexedWord verb) {
    return graph.getChildren(verb).stream()
        .filter(c -> relation(c).equals("obl:agent") || relation(c).startsWith("obl") && caseWord(c).equals("by"))
        .findFirst();
  }

  boolean negated(IndexedWord word) {
    return graph.getChildren(word).stream().anyMatch(c -> {
      String rel = relation(c);
      return (rel.equals("advmod") || rel.equals("det") || rel.equals("neg") || rel.equals("aux"))
          && EventLexicon.NEGATIONS.contains(lemma(c));
    });
  }

  /**
   * The words right after a verb trigger up to the end of its phrase: the next punctuation, verb,
   * conjunction or relative word. A parser that loses the sentence's structure ("crashed in the Tver
   * region north of Moscow on Wednesday, killing..." parsed with "north" as the subject of "said")
   * still leaves the date and place written right after the verb; nothing beyond a clause break is read.
   */
  List<IndexedWord> phraseAfter(IndexedWord trigger) {
    List<IndexedWord> words = new ArrayList<>();
    if (!trigger.tag().startsWith("VB")) {
      return words;
    }
    for (IndexedWord w : graph.vertexListSorted()) {
      if (w.index() <= trigger.index()) {
        continue;
      }
      String tag = w.tag();
      if (tag.startsWith("VB") || tag.equals("CC") || tag.startsWith("W")
          || !Character.isLetterOrDigit(w.word().charAt(0)) || lemma(w).equals("that")) {
        break;
      }
      words.add(w);
    }
    return words;
  }

  /** Whether the text from {@code start} to {@code end} (a time expression, a mention) holds the word. */
  static boolean spans(int start, int end, IndexedWord word) {
    return start <= word.beginPosition() && word.endPosition() <= end;
  }

  static String lemma(IndexedWord word) {
    String lemma = word.lemma() != null ? word.lemma() : word.word();
    return lemma.toLowerCase(Locale.ROOT);
  }
}
