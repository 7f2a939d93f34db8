package org.annals.entity.nlp;

/** A named-entity mention as CoreNLP found it: tokens [first, end) and its (fine-grained) type. */
public record NerSpan(int first, int end, String type) {}
