package org.annals.timeline.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a time expression begins and ends by TIMEX3's rules, which SUTime's spans miss in a few
 * regular ways.
 */
final class Extents {

  /** What SUTime leaves out after "year": the comparison of "year-ago quarter", the end of "year's end". */
  private static final Pattern YEAR_TAIL = Pattern.compile(
      "-(ago|earlier)(\\s+(first|second|third|fourth|fiscal|latest)?\\s*(quarter|period|month|year))?|('s |-| )end\\b",
      Pattern.CASE_INSENSITIVE);
  /** A determiner, then one hyphenated word: "the year-earlier" of "the year-earlier results". */
  private static final Pattern DETERMINER_OF_MODIFIED_NOUN = Pattern.compile("(?i)(the|a|an) \\S+-\\S+");
  private static final Pattern WORD_FOLLOWS = Pattern.compile(" \\p{L}");

  private Extents() {}

  /**
   * The end of an expression SUTime found ending at {@code end}: "the year-ago quarter" and "year's
   * end" in full (SUTime stops at "year"), a year read out with its units.
   */
  static int end(String text, int start, int end) {
    Matcher rest = YEAR_TAIL.matcher(text).region(end, text.length());
    int extended = end >= 4 && text.regionMatches(true, end - 4, "year", 0, 4) && rest.lookingAt() ? rest.end() : end;
    return SpelledYears.end(text, start, extended);
  }

  /**
   * The start of an expression: an expression that only modifies a noun ("the year-earlier results",
   * "a third-quarter loss") leaves out the determiner, which belongs to the noun phrase.
   */
  static int start(String text, int start, int end) {
    String surface = text.substring(start, end);
    boolean modifier = DETERMINER_OF_MODIFIED_NOUN.matcher(surface).matches()
        && WORD_FOLLOWS.matcher(text).region(end, text.length()).lookingAt();
    return modifier ? start + surface.indexOf(' ') + 1 : start;
  }
}
