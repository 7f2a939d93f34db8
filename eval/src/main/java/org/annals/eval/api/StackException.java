package org.annals.eval.api;

/** The stack cannot be reached, or answered what an evaluation cannot go on from. */
public class StackException extends RuntimeException {

  public StackException(String message) {
    super(message);
  }

  public StackException(String message, Throwable cause) {
    super(message, cause);
  }
}
