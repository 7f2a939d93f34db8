package org.annals.nlp;

/** Bytes or text that are no annotation of the format's version for the text they came with. */
public class MalformedAnnotationException extends IllegalArgumentException {

  public MalformedAnnotationException(String reason) {
    super(reason);
  }
}
