package org.annals.timeline.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a time expression begins and ends by TIMEX3's rules, which SUTime's spans miss in a few
 * regular ways, and the expressions SUTime merged that TIMEX3 keeps apart.
 */
final class Extents {

  /** Part of a text SUTime read as one expression, with the type and value SUTime gave that part. */
  record Piece(int start, int end, String type, String value) {}

  /** What SUTime leaves out after "year": the comparison of "year-ago quarter", the end of "year's end". */
  private static final Pattern YEAR_TAIL = Pattern.compile(
      "-(ago|earlier)(\\s+(first|second|third|fourth|fiscal|latest)?\\s*(quarter|period|month|year))?|('s |-| )end\\b",
      Pattern.CASE_INSENSITIVE);
  /** A determiner, then one hyphenated word: "the year-earlier" of "the year-earlier results". */
  private static final Pattern DETERMINER_OF_MODIFIED_NOUN = Pattern.compile("(?i)(the|a|an) \\S+-\\S+");
  private static final Pattern WORD_FOLLOWS = Pattern.compile(" \\p{L}");
  /** "the year-" before SUTime's "earlier quarter" in "the year-earlier quarter". */
  private static final Pattern YEAR_BEFORE = Pattern.compile("(?i)(?:the )?year-$");
  /** The first part of a compound modifier ending in a unit: "last-minute", "quarter-century", but not "two-". */
  private static final Pattern COMPOUND_BEFORE = Pattern.compile("(?i)\\b(?!(?:half|mid|year|one|two|three|four|five"
      + "|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred)-)\\p{L}+-$");
  /** Words before a plural unit that make it an expression of their own: "coming months", "these days". */
  private static final Pattern VAGUE_BEFORE = Pattern.compile("(?i)(?:(?:the )?coming|these|past) $");
  private static final Pattern PLURAL_UNIT = Pattern.compile("(?i)(days|weeks|months|quarters|years|decades)");
  /** The period a comparison names before "last year" or "a year ago": "the corresponding period last year". */
  private static final Pattern COMPARED_PERIOD = Pattern.compile("(?i)the (?:corresponding|comparable|same|year-ago) "
      + "(?:quarter|period),? $");
  /** "three days later": the length is the expression, "later" only says which way it counts. */
  private static final Pattern LATER = Pattern.compile("(?i)(.+?)\\s+later");
  /** "the first nine months of 1997": a length, then the date it lies in. */
  private static final Pattern LENGTH_OF_DATE = Pattern.compile("(?i)(.*\\b\\w+ (?:days|weeks|months|quarters|years))"
      + " (?:of|in) (.+)");
  /** "second this year", "year in December": a word SUTime took for a unit, then a date. */
  private static final Pattern UNIT_THEN_DATE = Pattern.compile("(?i)(?:second|minute|hour|day|week|month|year)"
      + "(?: in)? (.+)");
  private static final Pattern PLAIN_DURATION = Pattern.compile("P(T?)\\d+[A-Z]");

  private Extents() {}

  /**
   * The expressions TIMEX3 sees where SUTime found one from {@code start} to {@code end}: usually that
   * one with its extent corrected; none in a compound such as "last-minute"; "three days later" as the
   * length "three days"; and what SUTime merged ("the first nine months of 1997", its value "1997
   * INTERSECT P9M") as the length and the date, or the date alone when the rest is not an expression
   * ("second this year").
   */
  static List<Piece> pieces(String text, int start, int end, String type, String value) {
    int last = end(text, start, end);
    int first = start(text, start, last);
    String surface = text.substring(first, last);
    if (COMPOUND_BEFORE.matcher(text.substring(Math.max(0, first - 20), first)).find()) {
      // "the last-minute effort", "a quarter-century low": part of a word that is no time expression.
      return List.of();
    }
    Matcher later = LATER.matcher(surface);
    Optional<String> length = later.matches() ? Durations.of(later.group(1)) : Optional.empty();
    if (length.isPresent()) {
      return List.of(new Piece(first, first + later.end(1), "DURATION", length.get()));
    }
    if (value == null || !value.contains(" INTERSECT ")) {
      return List.of(new Piece(first, last, type, value));
    }
    String[] parts = value.split(" INTERSECT ", 2);
    List<Piece> pieces = new ArrayList<>();
    Matcher lengthOfDate = LENGTH_OF_DATE.matcher(surface);
    Matcher unitThenDate = UNIT_THEN_DATE.matcher(surface);
    if (lengthOfDate.matches()) {
      if (PLAIN_DURATION.matcher(parts[1]).matches()) {
        pieces.add(new Piece(first, first + lengthOfDate.end(1), "DURATION", parts[1]));
      }
      pieces.add(new Piece(first + lengthOfDate.start(2), last, "DATE", parts[0]));
    } else if (unitThenDate.matches()) {
      pieces.add(new Piece(first + unitThenDate.start(1), last, "DATE", parts[0]));
    } else {
      pieces.add(new Piece(first, last, type, value));
    }
    return pieces;
  }

  /**
   * The end of an expression SUTime found ending at {@code end}: "the year-ago quarter" and "year's
   * end" in full (SUTime stops at "year"), a year read out with its units.
   */
  private static int end(String text, int start, int end) {
    Matcher rest = YEAR_TAIL.matcher(text).region(end, text.length());
    int extended = end >= 4 && text.regionMatches(true, end - 4, "year", 0, 4) && rest.lookingAt() ? rest.end() : end;
    return SpelledYears.end(text, start, extended);
  }

  /**
   * The start of an expression: an expression that only modifies a noun ("the year-earlier results",
   * "a third-quarter loss") leaves out the determiner, which belongs to the noun phrase; "coming months"
   * and "the corresponding period last year" are one expression each.
   */
  private static int start(String text, int start, int end) {
    String surface = text.substring(start, end);
    String before = text.substring(Math.max(0, start - 40), start);
    Matcher yearBefore = YEAR_BEFORE.matcher(before);
    if (surface.matches("(?i)(earlier|ago)\\b.*") && yearBefore.find()) {
      return start - (before.length() - yearBefore.start());
    }
    Matcher vague = VAGUE_BEFORE.matcher(before);
    if (PLURAL_UNIT.matcher(surface).matches() && vague.find()) {
      return start - (before.length() - vague.start());
    }
    Matcher compared = COMPARED_PERIOD.matcher(before);
    if (surface.matches("(?i)last year|a year ago") && compared.find()) {
      return start - (before.length() - compared.start());
    }
    boolean modifier = DETERMINER_OF_MODIFIED_NOUN.matcher(surface).matches()
        && WORD_FOLLOWS.matcher(text).region(end, text.length()).lookingAt();
    return modifier ? start + surface.indexOf(' ') + 1 : start;
  }
}
