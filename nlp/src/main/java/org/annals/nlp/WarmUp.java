package org.annals.nlp;

import java.util.function.Consumer;

/**
 * Runs freshly loaded NLP models over a short made-up report a few times before the service is ready,
 * so that the JIT compiles their hot paths then rather than while the first real articles wait: on two
 * cores, compiling CoreNLP took as much CPU as analysing the first hundred articles did.
 */
public final class WarmUp {

  /** Enough passes over {@link #TEXT} for the tagger, parser and SUTime to reach compiled code. */
  public static final int PASSES = 4;

  /** Written for this purpose: names, places, organisations, reported speech, and absolute and relative dates. */
  public static final String TEXT = """
      Harbour officials in Valparaiso said on Tuesday that a fire had damaged two warehouses near the port \
      late on Monday night. The Chilean navy sent three vessels, and firefighters brought the blaze under \
      control by early Wednesday, according to a statement from the regional government.
      President Gabriel Boric visited the site on March 14, 2023 and promised an inquiry within two weeks. \
      The International Maritime Organization and the World Bank offered help, while Reuters reported that \
      shipping had resumed last week. Last year, a similar fire in Antofagasta closed the terminal for a month.
      "We will rebuild before the winter," the mayor told reporters in Santiago on Friday. Police arrested \
      two men on suspicion of arson; they will appear in court next month.""";

  private WarmUp() {}

  /** Runs {@code analysis} over the text {@link #PASSES} times; answers how long that took, in ms. */
  public static long run(Consumer<String> analysis) {
    long started = System.nanoTime();
    for (int i = 0; i < PASSES; i++) {
      analysis.accept(TEXT);
    }
    return (System.nanoTime() - started) / 1_000_000;
  }
}
