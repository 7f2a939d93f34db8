package org.annals.timeline.event;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words that signal events, by lemma and part of speech, and the words that govern how an event is
 * reported. The words themselves are the files under {@code lexicon/} on the classpath, each of which
 * says what its words do; docs/event-ontology.md is the readable form of the trigger words.
 */
final class EventLexicon {

  private EventLexicon() {}

  static final Map<String, EventKind> VERBS = LexiconLoader.table("event-verbs.tsv", EventKind.class);
  static final Map<String, EventKind> NOUNS = LexiconLoader.table("event-nouns.tsv", EventKind.class);

  static final Set<String> REPORTING = LexiconLoader.words("reporting-verbs.txt");
  static final Set<String> ALLEGING = LexiconLoader.words("alleging-verbs.txt");
  static final Set<String> CLAIMING = LexiconLoader.words("claiming-verbs.txt");
  static final Set<String> IMPERSONAL = LexiconLoader.words("impersonal-verbs.txt");
  static final Set<String> RESPONSIBILITY = LexiconLoader.words("responsibility.txt");
  static final Set<String> DENYING = LexiconLoader.words("denying-verbs.txt");
  static final Set<String> DENIED_THINGS = LexiconLoader.words("denied-things.txt");
  static final Set<String> REFUSING = LexiconLoader.words("refusing-verbs.txt");
  static final Map<String, Certainty> HEDGES = LexiconLoader.table("hedges.tsv", Certainty.class);
  static final Set<String> MODALS = LexiconLoader.words("modals.txt");
  static final Set<String> CONDITIONALS = LexiconLoader.words("conditionals.txt");
  static final Set<String> PROSPECTIVE = LexiconLoader.words("prospective-verbs.txt");
  static final Set<String> NEGATIONS = LexiconLoader.words("negations.txt");
  static final Set<String> SUPPORT_VERBS = LexiconLoader.words("support-verbs.txt");
  static final Set<String> CONTROL = LexiconLoader.words("control-verbs.txt");
  static final Set<String> VAGUE = LexiconLoader.words("vague-triggers.txt");
  static final Set<String> INSTITUTIONAL = LexiconLoader.words("institutional-nouns.txt");
  static final Set<String> MEMBERS = LexiconLoader.words("member-nouns.txt");
  static final Set<String> INVOLVEMENT = LexiconLoader.words("involvement.txt");
  static final Set<String> GENERIC_MODIFIERS = LexiconLoader.words("generic-modifiers.txt");
  static final Set<String> PLURAL_EVENTS = LexiconLoader.words("plural-event-nouns.txt");
  static final Set<String> DETERMINERS = LexiconLoader.words("determiners.txt");
  static final Set<String> REFERRING = LexiconLoader.words("referring-determiners.txt");
  static final Set<String> WEAPONS = LexiconLoader.words("weapons.txt");
  static final Set<String> LOCATION_CASES = LexiconLoader.words("location-prepositions.txt");

  /** The kind a word signals, if it is a trigger: verbs by lemma, nouns by lemma. */
  static Optional<EventKind> kindOf(String lemma, String tag) {
    String key = lemma.toLowerCase(Locale.ROOT);
    if (tag.startsWith("VB")) {
      return Optional.ofNullable(VERBS.get(key));
    }
    if (tag.startsWith("NN") && !tag.startsWith("NNP")) {
      return Optional.ofNullable(NOUNS.get(key));
    }
    return Optional.empty();
  }

  /** Whether a word, as written, is a noun that names an event ("attack", "strikes"), not a verb form. */
  static boolean eventNoun(String word) {
    String key = word.toLowerCase(Locale.ROOT);
    return NOUNS.containsKey(key) || key.endsWith("s") && NOUNS.containsKey(key.substring(0, key.length() - 1));
  }

  /** Speech acts introduced by a reporting verb: the kind they are when the speaker is named. */
  static Optional<EventKind> speechKind(String lemma) {
    if (REPORTING.contains(lemma) || CLAIMING.contains(lemma)) {
      return Optional.of(EventKind.STATEMENT);
    }
    return Optional.empty();
  }
}
