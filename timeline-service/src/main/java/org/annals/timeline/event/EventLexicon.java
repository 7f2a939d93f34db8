package org.annals.timeline.event;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words that signal events, by lemma and part of speech, and the words that govern how an event is
 * reported. docs/event-ontology.md is the readable form of this class.
 */
final class EventLexicon {

  private EventLexicon() {}

  private static final Map<String, EventKind> VERBS = Map.ofEntries(
      Map.entry("attack", EventKind.ATTACK), Map.entry("strike", EventKind.ATTACK), Map.entry("bomb", EventKind.ATTACK),
      Map.entry("shell", EventKind.ATTACK), Map.entry("raid", EventKind.ATTACK), Map.entry("invade", EventKind.ATTACK),
      Map.entry("bombard", EventKind.ATTACK), Map.entry("storm", EventKind.ATTACK), Map.entry("ambush", EventKind.ATTACK),
      Map.entry("seize", EventKind.SEIZURE), Map.entry("capture", EventKind.SEIZURE), Map.entry("occupy", EventKind.SEIZURE),
      Map.entry("annex", EventKind.SEIZURE), Map.entry("mutiny", EventKind.REBELLION), Map.entry("revolt", EventKind.REBELLION),
      Map.entry("rebel", EventKind.REBELLION), Map.entry("crash", EventKind.CRASH), Map.entry("derail", EventKind.CRASH),
      Map.entry("explode", EventKind.EXPLOSION), Map.entry("detonate", EventKind.EXPLOSION),
      Map.entry("kill", EventKind.KILLING), Map.entry("assassinate", EventKind.KILLING),
      Map.entry("murder", EventKind.KILLING),
      Map.entry("arrest", EventKind.ARREST), Map.entry("detain", EventKind.ARREST),
      Map.entry("apprehend", EventKind.ARREST), Map.entry("imprison", EventKind.ARREST), Map.entry("jail", EventKind.ARREST),
      Map.entry("deny", EventKind.DENIAL),
      Map.entry("accuse", EventKind.ACCUSATION), Map.entry("blame", EventKind.ACCUSATION),
      Map.entry("condemn", EventKind.CONDEMNATION), Map.entry("criticize", EventKind.CONDEMNATION),
      Map.entry("criticise", EventKind.CONDEMNATION), Map.entry("denounce", EventKind.CONDEMNATION),
      Map.entry("warn", EventKind.WARNING), Map.entry("threaten", EventKind.WARNING),
      Map.entry("summon", EventKind.SUMMONS),
      Map.entry("visit", EventKind.VISIT), Map.entry("meet", EventKind.MEETING),
      Map.entry("negotiate", EventKind.NEGOTIATION),
      Map.entry("sign", EventKind.AGREEMENT), Map.entry("agree", EventKind.AGREEMENT),
      Map.entry("supply", EventKind.ARMS_SUPPLY), Map.entry("ship", EventKind.ARMS_SUPPLY),
      Map.entry("deliver", EventKind.ARMS_SUPPLY), Map.entry("sanction", EventKind.SANCTIONS),
      Map.entry("embargo", EventKind.SANCTIONS), Map.entry("donate", EventKind.AID),
      Map.entry("protest", EventKind.PROTEST), Map.entry("demonstrate", EventKind.PROTEST), Map.entry("rally", EventKind.PROTEST),
      Map.entry("investigate", EventKind.INVESTIGATION), Map.entry("probe", EventKind.INVESTIGATION),
      Map.entry("elect", EventKind.ELECTION), Map.entry("resign", EventKind.RESIGNATION));

  private static final Map<String, EventKind> NOUNS = Map.ofEntries(
      Map.entry("attack", EventKind.ATTACK), Map.entry("strike", EventKind.ATTACK), Map.entry("airstrike", EventKind.ATTACK),
      Map.entry("raid", EventKind.ATTACK), Map.entry("bombing", EventKind.ATTACK), Map.entry("assault", EventKind.ATTACK),
      Map.entry("offensive", EventKind.ATTACK), Map.entry("operation", EventKind.ATTACK),
      Map.entry("invasion", EventKind.ATTACK), Map.entry("shelling", EventKind.ATTACK),
      Map.entry("ambush", EventKind.ATTACK), Map.entry("bombardment", EventKind.ATTACK),
      Map.entry("incursion", EventKind.ATTACK), Map.entry("barrage", EventKind.ATTACK),
      Map.entry("seizure", EventKind.SEIZURE), Map.entry("capture", EventKind.SEIZURE), Map.entry("occupation", EventKind.SEIZURE),
      Map.entry("annexation", EventKind.SEIZURE), Map.entry("takeover", EventKind.SEIZURE),
      Map.entry("mutiny", EventKind.REBELLION), Map.entry("uprising", EventKind.REBELLION),
      Map.entry("revolt", EventKind.REBELLION), Map.entry("rebellion", EventKind.REBELLION), Map.entry("coup", EventKind.REBELLION),
      Map.entry("insurrection", EventKind.REBELLION), Map.entry("crash", EventKind.CRASH),
      Map.entry("collision", EventKind.CRASH), Map.entry("derailment", EventKind.CRASH),
      Map.entry("explosion", EventKind.EXPLOSION), Map.entry("blast", EventKind.EXPLOSION),
      Map.entry("detonation", EventKind.EXPLOSION),
      Map.entry("killing", EventKind.KILLING), Map.entry("assassination", EventKind.KILLING),
      Map.entry("murder", EventKind.KILLING),
      Map.entry("arrest", EventKind.ARREST), Map.entry("detention", EventKind.ARREST),
      Map.entry("denial", EventKind.DENIAL), Map.entry("accusation", EventKind.ACCUSATION),
      Map.entry("condemnation", EventKind.CONDEMNATION), Map.entry("warning", EventKind.WARNING),
      Map.entry("threat", EventKind.WARNING), Map.entry("statement", EventKind.STATEMENT),
      Map.entry("visit", EventKind.VISIT), Map.entry("trip", EventKind.VISIT),
      Map.entry("meeting", EventKind.MEETING), Map.entry("summit", EventKind.MEETING),
      Map.entry("talks", EventKind.NEGOTIATION), Map.entry("negotiation", EventKind.NEGOTIATION),
      Map.entry("agreement", EventKind.AGREEMENT), Map.entry("accord", EventKind.AGREEMENT),
      Map.entry("treaty", EventKind.AGREEMENT), Map.entry("deal", EventKind.AGREEMENT),
      Map.entry("ceasefire", EventKind.AGREEMENT), Map.entry("truce", EventKind.AGREEMENT),
      Map.entry("assistance", EventKind.AID), Map.entry("aid", EventKind.AID),
      Map.entry("shipment", EventKind.ARMS_SUPPLY), Map.entry("sanctions", EventKind.SANCTIONS),
      Map.entry("embargo", EventKind.SANCTIONS), Map.entry("protest", EventKind.PROTEST),
      Map.entry("demonstration", EventKind.PROTEST), Map.entry("rally", EventKind.PROTEST),
      Map.entry("investigation", EventKind.INVESTIGATION), Map.entry("inquiry", EventKind.INVESTIGATION),
      Map.entry("probe", EventKind.INVESTIGATION), Map.entry("election", EventKind.ELECTION),
      Map.entry("referendum", EventKind.ELECTION), Map.entry("runoff", EventKind.ELECTION),
      Map.entry("resignation", EventKind.RESIGNATION));

  /** Verbs that report what someone says; their subject is the source of what their clause contains. */
  static final Set<String> REPORTING = Set.of("say", "tell", "state", "report", "announce", "confirm", "add",
      "write", "tweet", "note", "declare", "explain", "insist", "stress", "comment", "reply", "respond", "post");

  /** Verbs and hedges that present a clause as a claim or belief rather than a fact. */
  static final Set<String> ALLEGING = Set.of("claim", "allege", "suspect", "believe", "think", "suggest", "assert",
      "accuse", "blame", "appear", "seem", "fear", "argue", "speculate", "assess", "conclude", "regard");

  /** What a claim of responsibility claims: "claimed responsibility for", "took credit for". */
  static final Set<String> RESPONSIBILITY = Set.of("responsibility", "credit");

  static final Set<String> DENYING = Set.of("deny", "reject", "dismiss", "refute");

  /** Adverbs that hedge or attribute an event on their own. */
  static final Map<String, Certainty> HEDGES = Map.of("allegedly", Certainty.ALLEGED, "reportedly", Certainty.REPORTED,
      "apparently", Certainty.ALLEGED, "purportedly", Certainty.ALLEGED, "supposedly", Certainty.ALLEGED,
      "possibly", Certainty.HYPOTHETICAL, "perhaps", Certainty.HYPOTHETICAL, "maybe", Certainty.HYPOTHETICAL);

  static final Set<String> MODALS = Set.of("could", "would", "may", "might", "should", "can", "will", "shall", "must",
      "'ll", "wo", "ca");

  /** Verbs that take an event noun as object and its doer as subject ("launched the attack"). */
  static final Set<String> SUPPORT_VERBS = Set.of("carry", "conduct", "launch", "orchestrate", "stage", "mount",
      "perpetrate", "execute", "plan", "order", "lead", "make", "pay", "hold", "begin", "start", "commit", "claim",
      "undertake", "organize", "organise", "mastermind", "direct", "issue", "release", "publish", "broker",
      "negotiate", "reach", "strike", "seal", "secure", "sign", "call");

  /** Verbs that take control of something when their object is "control" ("took control of the city"). */
  static final Set<String> CONTROL = Set.of("take", "seize", "gain", "assume", "wrest");

  /** Triggers that say little of their own: another trigger in the clause names the event better. */
  static final Set<String> VAGUE = Set.of("operation", "offensive");

  /** Nouns for people and bodies that act or speak for their country ("US officials", "Israeli agents"). */
  static final Set<String> INSTITUTIONAL = Set.of("official", "officer", "spokesperson", "spokesman", "spokeswoman",
      "minister", "ministry", "government", "military", "army", "force", "troops", "soldier", "diplomat", "envoy",
      "ambassador", "authority", "administration", "president", "leader", "agent", "intelligence", "navy",
      "police", "embassy", "mission", "regime", "source", "delegation", "negotiator", "commander", "jet", "drone");

  /** Nouns for the members of a group, who act for the group they are "of" ("fighters of the Front"). */
  static final Set<String> MEMBERS = Set.of("fighter", "member", "militant", "supporter", "gunman", "unit", "wing",
      "cell", "faction", "leader", "head", "chief", "commander", "agent", "soldier", "troops", "official",
      "spokesperson", "spokesman", "spokeswoman", "representative", "delegation");

  /** Predicates of taking part: their subject took part in the event in their complement. */
  static final Set<String> INVOLVEMENT = Set.of("involvement", "involve", "role", "part", "responsibility",
      "participation", "participate", "link", "hand");

  /** Verbs that plan or foresee rather than report ("prepared to strike", "plans to visit"). */
  static final Set<String> PROSPECTIVE = Set.of("plan", "prepare", "intend", "aim", "expect", "want", "hope",
      "seek", "consider", "threaten", "advocate", "propose", "vow", "pledge", "promise", "schedule", "continue");

  /** Words that make a noun generic rather than one event ("any attack", "similar strikes"). */
  static final Set<String> GENERIC_MODIFIERS = Set.of("any", "no", "such", "similar", "several", "many", "some",
      "future", "previous", "other", "more", "every", "each", "few", "past", "possible", "potential");

  static final Set<String> WEAPONS = Set.of("weapon", "arms", "drone", "missile", "rocket", "ammunition", "munition",
      "tank", "jet", "aircraft", "artillery", "shell", "gun", "rifle", "weaponry", "bomb");

  /** The kind a word signals, if it is a trigger: verbs by lemma, nouns by lemma. */
  static Optional<EventKind> kindOf(String lemma, String tag) {
    String key = lemma.toLowerCase(java.util.Locale.ROOT);
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
    String key = word.toLowerCase(java.util.Locale.ROOT);
    return NOUNS.containsKey(key) || key.endsWith("s") && NOUNS.containsKey(key.substring(0, key.length() - 1));
  }

  /** Speech acts introduced by a reporting verb: the kind they are when the speaker is named. */
  static Optional<EventKind> speechKind(String lemma) {
    if (REPORTING.contains(lemma) || Set.of("claim", "allege", "assert", "argue").contains(lemma)) {
      return Optional.of(EventKind.STATEMENT);
    }
    return Optional.empty();
  }
}
