package org.annals.timeline.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Time expressions SUTime does not find, added where it found nothing. */
final class UntaggedExpressions {

  /** Quarters as earnings reports name them. */
  private static final Pattern QUARTER = Pattern.compile("(?i)\\b((the|this|that|its|their) )?(current )?"
      + "(((first|second|third|fourth)[- ](fiscal[- ])?quarter)|latest quarter|quarter)\\b");
  /** "The latest period" of a quarterly report: the quarter reported on. */
  private static final Pattern LATEST_PERIOD = Pattern.compile("(?i)\\bthe (latest|most recent) period\\b");
  private static final Pattern VAGUE_ADVERB = Pattern.compile("(?i)\\b(lately|of late|nowadays)\\b");
  /** "mid-November", "early-March": a month SUTime misses when its modifier is joined to it. */
  private static final Pattern MODIFIED_MONTH = Pattern.compile("(?i)\\b(early|mid|late)-(january|february|march|"
      + "april|may|june|july|august|september|october|november|december)\\b");
  private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december");
  /** "the nineties": a decade named in words. */
  private static final Pattern DECADE_WORDS = Pattern.compile("(?i)\\bthe (twenties|thirties|forties|fifties|sixties|"
      + "seventies|eighties|nineties)\\b");
  private static final Map<String, Integer> DECADES = Map.of("twenties", 2, "thirties", 3, "forties", 4,
      "fifties", 5, "sixties", 6, "seventies", 7, "eighties", 8, "nineties", 9);

  private UntaggedExpressions() {}

  /**
   * The expressions of {@code text} SUTime missed, none overlapping those it {@code found}; {@code
   * clauseAt} gives the clause around a position.
   */
  static List<Timex> find(String text, List<Timex> found, LocalDate published,
      IntFunction<NewsTimeRules.Clause> clauseAt) {
    List<Timex> added = new ArrayList<>(found);
    quarters(text, published, clauseAt, added);
    boolean quarterlyReport = text.toLowerCase(Locale.ROOT).contains("quarter");
    Matcher period = LATEST_PERIOD.matcher(text);
    while (quarterlyReport && period.find()) {
      add(added, text, period.start(), period.end(), QuarterlyReports.reportedQuarter(published),
          Timex.Anchoring.PUBLICATION_DATE);
    }
    Matcher adverb = VAGUE_ADVERB.matcher(text);
    while (adverb.find()) {
      add(added, text, adverb.start(), adverb.end(),
          adverb.group().equalsIgnoreCase("nowadays") ? "PRESENT_REF" : "PAST_REF", Timex.Anchoring.NONE);
    }
    Matcher month = MODIFIED_MONTH.matcher(text);
    while (month.find()) {
      String named = String.format("%d-%02d", published.getYear(),
          MONTHS.indexOf(month.group(2).toLowerCase(Locale.ROOT)) + 1);
      add(added, text, month.start(), month.end(), NewsTimeRules.correct(month.group(), "DATE", named, published,
          clauseAt.apply(month.start()), false), Timex.Anchoring.PUBLICATION_DATE);
    }
    Matcher decade = DECADE_WORDS.matcher(text);
    while (decade.find()) {
      int tens = DECADES.get(decade.group(1).toLowerCase(Locale.ROOT));
      int century = published.getYear() / 100 - (tens * 10 > published.getYear() % 100 ? 1 : 0);
      add(added, text, decade.start(), decade.end(), century + "" + tens, Timex.Anchoring.PUBLICATION_DATE);
    }
    return added.subList(found.size(), added.size());
  }

  /**
   * "the quarter", "fourth-quarter": in a quarterly report the quarter reported on (the last one ended
   * before publication) or the one named.
   */
  private static void quarters(String text, LocalDate published, IntFunction<NewsTimeRules.Clause> clauseAt,
      List<Timex> added) {
    Matcher quarter = QUARTER.matcher(text);
    while (quarter.find()) {
      int start = quarter.start();
      int end = quarter.end();
      if ((end < text.length() && text.charAt(end) == '-') || text.startsWith("quarterly", start)) {
        continue;
      }
      String surface = quarter.group().toLowerCase(Locale.ROOT);
      String value;
      if (surface.matches(".*(first|second|third|fourth).*")) {
        value = NewsTimeRules.correct(surface, "DATE", "XXXX-QX", published, clauseAt.apply(start), true);
      } else if (surface.matches("(this|the current|current) .*")) {
        value = QuarterlyReports.quarter(published);
      } else {
        value = QuarterlyReports.reportedQuarter(published);
      }
      add(added, text, start, end, value, Timex.Anchoring.PUBLICATION_DATE);
    }
  }

  /** Adds a DATE from {@code start} to {@code end} unless it overlaps one already there. */
  private static void add(List<Timex> timexes, String text, int start, int end, String value,
      Timex.Anchoring anchoring) {
    if (timexes.stream().noneMatch(t -> t.start() < end && start < t.end())) {
      timexes.add(new Timex(start, end, text.substring(start, end), "DATE", value, anchoring));
    }
  }
}
