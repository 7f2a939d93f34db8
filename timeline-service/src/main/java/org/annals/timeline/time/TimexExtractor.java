package org.annals.timeline.time;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.nlp.ArticlePipeline;

/**
 * Finds and normalises time expressions with SUTime in an article's annotation, anchored on the
 * publication date when the article has one, then corrects what SUTime gets wrong in news (see
 * {@link NewsTimeRules}). It loads SUTime's rules only: the tokens, tags and lemmas come with the
 * annotation entity-service made.
 */
public class TimexExtractor {

  /** Any date: SUTime needs one to find everything; its effect is removed again for undated texts. */
  private static final LocalDate STAND_IN_DATE = LocalDate.parse("2000-01-05");
  private static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday");
  private static final Pattern WEEKDAY_NAME = Pattern.compile(
      "(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
  private static final Pattern NOT_TIMEX = Pattern.compile("(?i)(the )?(previously|once|quarterly|annual|annually|"
      + "daily|weekly|monthly|yearly|biweekly|semiannual|formerly)|((about|nearly|almost|some|more than) )?(one|two|"
      + "three)-quarters?|(a|the) second");
  private static final Pattern AGE = Pattern.compile("(?i)\\d+[- ]years?[- ]old");
  private static final Pattern FINANCIAL_YEAR = Pattern.compile(
      "(?i)(the )?(fiscal |financial )?year\\s+(ended|ending|that ended|to)\\b");
  private static final Pattern MONTH_NAMED = Pattern.compile("(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
      + "dec)[a-z]*\\b");
  private static final Pattern ORDINAL = Pattern.compile("(?i)\\b(first|second|third|fourth)\\b");
  private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(.*)");
  private static final Pattern YEAR = Pattern.compile("\\b\\d{4}s?\\b|'\\d{2}s?\\b");

  private final TimeAnnotator sutime = ArticlePipeline.timeAnnotator();

  /** An article's time expressions, and the annotation they were read in, now holding SUTime's layer too. */
  public record Reading(Annotation document, List<Timex> timexes) {}

  /**
   * The time expressions of an article read by {@link ArticlePipeline} (up to the lemmas at least);
   * {@code published} null means the article is undated. An undated text is read against a stand-in date
   * (SUTime finds less without one), and every value that depends on it is then given back in its
   * underspecified form ("XXXX-WXX-7" for a Sunday): nothing is anchored on a day the article was not
   * published. SUTime's layer is replaced each time, so one annotation can be read against another day.
   */
  public Reading read(Annotation document, LocalDate published) {
    String text = document.get(CoreAnnotations.TextAnnotation.class);
    List<Timex> found = extractAgainst(document, text, published == null ? STAND_IN_DATE : published);
    if (published != null) {
      return new Reading(document, found);
    }
    List<Timex> undated = new ArrayList<>(found.size());
    for (Timex timex : found) {
      boolean relative = timex.anchoring() == Timex.Anchoring.PUBLICATION_DATE;
      undated.add(new Timex(timex.start(), timex.end(), timex.text(), timex.type(),
          relative ? underspecified(timex.value(), timex.text()) : timex.value(),
          relative ? Timex.Anchoring.UNANCHORED : timex.anchoring()));
    }
    return new Reading(document, undated);
  }

  /**
   * A value with what depended on the publication date replaced by X: only the form is kept, and what
   * the text itself names ("March 3": XXXX-03-03, "Sunday": XXXX-WXX-7, "the fourth quarter": XXXX-Q4).
   */
  static String underspecified(String value, String surface) {
    if (value == null) {
      return null;
    }
    Matcher weekday = WEEKDAY_NAME.matcher(surface);
    Matcher day = DAY_VALUE.matcher(value);
    boolean monthNamed = MONTH_NAMED.matcher(surface).find();
    if (weekday.find() && day.matches()) {
      return "XXXX-WXX-" + (WEEKDAYS.indexOf(weekday.group(1).toLowerCase(Locale.ROOT)) + 1) + day.group(1);
    }
    if (day.matches()) {
      return (monthNamed ? "XXXX" + value.substring(4, 10) : "XXXX-XX-XX") + day.group(1);
    }
    if (monthNamed) {
      return value.replaceFirst("^\\d{4}-(\\d{2})$", "XXXX-$1");
    }
    String quarter = ORDINAL.matcher(surface).find() ? "XXXX-Q$1" : "XXXX-QX";
    return value.replaceFirst("^\\d{4}-W\\d{2}", "XXXX-WXX").replaceFirst("^\\d{4}-Q(\\d)", quarter)
        .replaceFirst("^\\d{4}-\\d{2}$", "XXXX-XX").replaceFirst("^\\d{4}$", "XXXX");
  }

  private List<Timex> extractAgainst(Annotation document, String text, LocalDate published) {
    document.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
    sutime.annotate(document);
    List<Timex> found = new ArrayList<>();
    List<CoreMap> timexes = document.get(TimeAnnotations.TimexAnnotations.class);
    if (timexes == null) {
      return found;
    }
    List<CoreLabel> tokens = document.get(CoreAnnotations.TokensAnnotation.class);
    boolean quarterlyReport = text.toLowerCase(Locale.ROOT).contains("quarter");
    for (CoreMap annotation : timexes) {
      edu.stanford.nlp.time.Timex timex = annotation.get(TimeAnnotations.TimexAnnotation.class);
      List<Extents.Piece> pieces = Extents.pieces(text,
          annotation.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
          annotation.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), timex.timexType(),
          timex.value() != null ? timex.value() : timex.altVal());
      for (Extents.Piece piece : pieces) {
        read(text, piece, published, clauseAround(tokens, piece.start()), quarterlyReport, found);
      }
    }
    found.addAll(UntaggedExpressions.find(text, found, published, start -> clauseAround(tokens, start)));
    found.sort(Comparator.comparingInt(Timex::start));
    return found;
  }

  /**
   * Adds the expression {@code piece} of the text to {@code found} in place of those found within it
   * ("past" of "past years"), unless it is no time expression or overlaps one already found (SUTime's
   * "earlier quarter" in "the year-earlier quarter").
   */
  private static void read(String text, Extents.Piece piece, LocalDate published, NewsTimeRules.Clause clause,
      boolean quarterlyReport, List<Timex> found) {
    String surface = text.substring(piece.start(), piece.end());
    if (notATimex(surface)) {
      return;
    }
    found.removeIf(t -> piece.start() <= t.start() && t.end() <= piece.end());
    if (found.stream().anyMatch(t -> t.start() < piece.end() && piece.start() < t.end())) {
      return;
    }
    if (FINANCIAL_YEAR.matcher(text).region(piece.start(), text.length()).lookingAt()) {
      // "the year ended March 31" is the twelve months before that day: a period, not a calendar year.
      found.add(new Timex(piece.start(), piece.end(), surface, "DURATION", "P1Y", Timex.Anchoring.NONE));
      return;
    }
    String value = NewsTimeRules.correct(surface, piece.type(), piece.value(), published, clause, quarterlyReport);
    String type = NewsTimeRules.type(piece.type(), value);
    Timex read = new Timex(piece.start(), piece.end(), surface, type, value, anchoring(surface, type, value));
    found.add(AnaphoricDates.resolve(read, found).orElse(read));
  }

  /**
   * What SUTime tags but TIMEX3 does not annotate: adverbs of time ("previously", "formerly"),
   * frequency adjectives ("a quarterly dividend"), fractions ("three-quarters of the vote"), ordinals
   * ("a second group"), "future" as an adjective ("future growth", where "the future" stays), ages
   * ("52 years old"), the SEC read as seconds, and the months that are also words when written in
   * lower case ("a march on Moscow", "it may").
   */
  private static boolean notATimex(String surface) {
    String trimmed = surface.strip();
    return NOT_TIMEX.matcher(trimmed).matches() || trimmed.matches("(?i:the )?SEC") || trimmed.equals("future")
        || trimmed.equals("march") || trimmed.equals("may") || AGE.matcher(trimmed).matches();
  }

  /** How a value was obtained; {@link #extract} turns PUBLICATION_DATE into UNANCHORED for undated texts. */
  private static Timex.Anchoring anchoring(String surface, String type, String value) {
    if (value == null || !type.equals("DATE") && !type.equals("TIME") || value.endsWith("_REF")) {
      return Timex.Anchoring.NONE;
    }
    if (YEAR.matcher(surface).find() || SpelledYears.in(surface).isPresent()) {
      return Timex.Anchoring.ABSOLUTE;
    }
    return Timex.Anchoring.PUBLICATION_DATE;
  }

  /** The sentence of the expression, with where the expression starts in it: enough to see its tense. */
  private static NewsTimeRules.Clause clauseAround(List<CoreLabel> tokens, int start) {
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    int first = -1;
    for (int i = 0; i < tokens.size() && first < 0; i++) {
      if (tokens.get(i).endPosition() > start) {
        first = i;
      }
    }
    if (first < 0) {
      return new NewsTimeRules.Clause(words, tags, 0);
    }
    int sentence = tokens.get(first).sentIndex();
    int at = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).sentIndex() == sentence) {
        if (i == first) {
          at = words.size();
        }
        words.add(tokens.get(i).word());
        tags.add(tokens.get(i).tag());
      }
    }
    return new NewsTimeRules.Clause(words, tags, at);
  }
}
