package org.annals.entity.nlp;

/**
 * One token of an analysed text: character offsets into the text, part of speech, lemma, NER tag, and
 * its place in the dependency parse: the index of its head token in the text (-1 for a sentence's root)
 * and the Universal Dependencies relation to it.
 */
public record Token(int index, String text, int start, int end, String pos, String lemma, String ner, int sentence,
    int head, String relation) {

  public boolean isCapitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }

  public boolean isVerb() {
    return pos.startsWith("VB") || pos.equals("MD");
  }

  public boolean isFiniteVerb() {
    return pos.equals("VBZ") || pos.equals("VBD") || pos.equals("VBP") || pos.equals("MD");
  }
}
