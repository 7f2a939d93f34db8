package org.annals.entity.resolve;

import org.annals.entity.kb.KbEntry;

/** What a mention refers to: a knowledge-base entity, or an entity known only by its name and type. */
public sealed interface Target {

  String name();

  String type();

  /** A knowledge-base entity. */
  record Known(KbEntry entry) implements Target {
    @Override
    public String name() {
      return entry.name();
    }

    @Override
    public String type() {
      return entry.type();
    }
  }

  /**
   * An entity the knowledge base does not list. {@code matchableByName} is false for a bare surname:
   * it may stand for anyone across articles, so it never joins another article's entity on its own.
   */
  record Unlisted(String name, String type, boolean matchableByName) implements Target {}
}
