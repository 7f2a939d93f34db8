package org.annals.entity.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * A text with its tokens, sentences and named-entity spans. Offsets are UTF-16 indices into
 * {@link #text()}, the article text as stored, so they can be returned to clients unchanged. The helpers
 * below read the dependency parse each {@link Token} carries, so that rules ask about grammar (the
 * subject of a verb, a phrase in apposition) rather than about neighbouring words.
 */
public record AnalysedText(String text, List<Token> tokens, List<Sentence> sentences, List<NerSpan> entities) {

  /** A sentence: its tokens [first, end) and its character span. */
  public record Sentence(int index, int first, int end, int start, int stop) {}

  public String surface(int firstToken, int endToken) {
    return text.substring(tokens.get(firstToken).start(), tokens.get(endToken - 1).end());
  }

  public Sentence sentenceOf(int tokenIndex) {
    return sentences.get(tokens.get(tokenIndex).sentence());
  }

  public String sentenceText(int tokenIndex) {
    Sentence sentence = sentenceOf(tokenIndex);
    return text.substring(sentence.start(), sentence.stop());
  }

  /** The tokens that hang from {@code index} in the parse, in text order. */
  public List<Token> children(int index) {
    Sentence sentence = sentenceOf(index);
    List<Token> children = new ArrayList<>();
    for (int i = sentence.first(); i < sentence.end(); i++) {
      if (tokens.get(i).head() == index) {
        children.add(tokens.get(i));
      }
    }
    return children;
  }

  /** Whether {@code index} has a dependent in {@code relation} whose lemma is {@code lemma}. */
  public boolean hasChild(int index, String relation, String lemma) {
    return children(index).stream().anyMatch(c -> c.relation().equals(relation) && c.lemma().equalsIgnoreCase(lemma));
  }

  /**
   * The token of [first, end) that the rest of the span hangs from: the one whose head lies outside it
   * ("Aviv" in "Tel Aviv"). Where the parser split a name in two, the last, where English puts a head.
   */
  public Token headOf(int first, int end) {
    Token head = tokens.get(end - 1);
    for (int i = first; i < end; i++) {
      Token token = tokens.get(i);
      if (token.head() < first || token.head() >= end) {
        head = token;
      }
    }
    return head;
  }

  /**
   * The token whose place in its sentence {@code token} shares: a later conjunct hangs from the first
   * ("Moscow and Kyiv denied": Kyiv is a subject as Moscow is), anything else stands for itself.
   */
  public Token firstConjunct(Token token) {
    Token current = token;
    while (current.relation().equals("conj") && current.head() >= 0) {
      current = tokens.get(current.head());
    }
    return current;
  }
}
