package org.annals.entity.resolve;

/** How a mention was tied to its entity. */
public enum Resolution {
  /** The entity's canonical name. */
  EXACT,
  /** An alias, acronym, official or short name, or a descriptive phrase ("Iran's foreign ministry"). */
  ALIAS,
  /** A demonym of a country ("Iranian"). */
  DEMONYM,
  /** A place standing for its government ("Tehran fears ..."). */
  METONYMY,
  /** A descriptive phrase set beside the name ("Mossad, Israel's premier intelligence agency"). */
  APPOSITION,
  /** A later reference to an entity introduced earlier in the article. */
  COREF,
  /** A short form of a person's name introduced earlier in the article ("Mr Bergman"). */
  PARTIAL_NAME,
  /** Not in the knowledge base or seen before: a new entity. */
  NEW
}
