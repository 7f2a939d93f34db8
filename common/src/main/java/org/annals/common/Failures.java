package org.annals.common;

/** Reading why a call failed from an exception and its causes. */
public final class Failures {

  private Failures() {}

  public static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A read or response timeout, not a connect timeout: java.util.concurrent's, or Vert.x's and
   * Netty's own, which are no TimeoutException.
   */
  public static boolean timedOut(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String name = t.getClass().getSimpleName();
      if (t instanceof java.util.concurrent.TimeoutException
          || (name.contains("Timeout") && !name.contains("ConnectTimeout"))) {
        return true;
      }
    }
    return false;
  }
}
