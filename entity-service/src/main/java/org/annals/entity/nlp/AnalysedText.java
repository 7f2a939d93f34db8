package org.annals.entity.nlp;

import java.util.List;

/**
 * A text with its tokens, sentences and named-entity spans. Offsets are UTF-16 indices into
 * {@link #text()}, the article text as stored, so they can be returned to clients unchanged.
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
}
