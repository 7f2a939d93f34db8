package org.annals.entity.kb;

/** How a string names a knowledge-base entity: its name, an alias, or a demonym of a country. */
public record SurfaceForm(KbEntry entry, Kind kind) {

  public enum Kind {
    NAME, ALIAS, DEMONYM
  }
}
