package org.annals.timeline.event;

/**
 * The kinds of event Annals recognises, each mapped to the CAMEO code political event data (GDELT,
 * ICEWS) uses for it; docs/event-ontology.md lists the words that signal each. Kinds with no CAMEO
 * counterpart (elections, disasters, accidents) carry none.
 */
public enum EventKind {
  ATTACK("attack", "190", "Use conventional military force: strikes, raids, bombings, shelling", false),
  SEIZURE("seizure", "192", "Occupation of territory, a site or a building by force", false),
  REBELLION("mutiny", "180", "An armed mutiny, uprising, revolt or coup (coded as unconventional violence)", false),
  EXPLOSION("explosion", "183", "An explosion or blast not yet attributed to an attack", false),
  KILLING("killing", "186", "A killing or assassination", false),
  ARREST("arrest", "173", "An arrest or detention", false),
  STATEMENT("statement", "010", "A public statement", true),
  DECLINE_COMMENT("refusal to comment", "011", "A refusal to comment", true),
  CLAIM_RESPONSIBILITY("claim of responsibility", "015", "A claim of responsibility", true),
  DENIAL("denial", "016", "A denial of responsibility or involvement", true),
  ACCUSATION("accusation", "112", "An accusation", true),
  CONDEMNATION("condemnation", "111", "A criticism or condemnation", true),
  WARNING("warning", "130", "A warning or threat", true),
  SUMMONS("summons", "111", "An envoy summoned in protest (coded as criticism)", false),
  VISIT("visit", "042", "A visit", false),
  MEETING("meeting", "040", "A meeting or consultation", false),
  NEGOTIATION("talks", "046", "Negotiations or talks", false),
  AGREEMENT("agreement", "057", "A formal agreement signed or reached", false),
  ARMS_SUPPLY("arms supply", "062", "Supply of weapons or military cooperation", false),
  AID("aid", "070", "Aid provided", false),
  SANCTIONS("sanctions", "163", "Sanctions or an embargo imposed", false),
  PROTEST("protest", "141", "A demonstration or protest", false),
  INVESTIGATION("investigation", "090", "An investigation", false),
  ELECTION("election", null, "An election or vote (no CAMEO code)", false),
  RESIGNATION("resignation", null, "A resignation or dismissal from office (no CAMEO code)", false),
  CRASH("crash", null, "A crash, collision or derailment (an accident: no CAMEO code)", false);

  private final String label;
  private final String cameo;
  private final String description;
  private final boolean speech;

  EventKind(String label, String cameo, String description, boolean speech) {
    this.label = label;
    this.cameo = cameo;
    this.description = description;
    this.speech = speech;
  }

  /** The kind as a noun phrase, for summaries: "arms supply". */
  public String label() {
    return label;
  }

  public String cameo() {
    return cameo;
  }

  public String description() {
    return description;
  }

  /** Speech acts are about other events; they are merged only when the same speaker says the same. */
  public boolean speech() {
    return speech;
  }

  /** Kinds that may be one event reported in different words ("a blast" and "the drone attack"). */
  public boolean compatibleWith(EventKind other) {
    return this == other || violent() && other.violent();
  }

  private boolean violent() {
    return this == ATTACK || this == EXPLOSION || this == SEIZURE;
  }
}
