package org.annals.cli;

import java.io.PrintStream;

/**
 * One progress line: rewritten in place on a terminal; elsewhere (a log, a test) printed as a new line
 * when it changes, at most every few seconds, so that long waits do not flood the output.
 */
final class Progress {

  private static final long QUIET_MILLIS = 3000;

  private final PrintStream out;
  private final boolean terminal;
  private String shown = "";
  private long shownAt;
  private int width;

  Progress(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  void show(String line) {
    if (line.equals(shown)) {
      return;
    }
    long now = System.currentTimeMillis();
    if (terminal) {
      out.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
      out.flush();
      width = line.length();
      shown = line;
    } else if (now - shownAt >= QUIET_MILLIS) {
      out.println(line);
      shown = line;
      shownAt = now;
    }
  }

  /** The last state, always shown, and the line closed. */
  void done(String line) {
    if (terminal) {
      show(line);
      out.println();
    } else if (!line.equals(shown)) {
      out.println(line);
    }
    shown = "";
    shownAt = 0;
    width = 0;
  }
}
