package org.annals.systemtests;

import java.util.List;

/**
 * Short news reports made up for the tests, each different enough from the others not to be a
 * near-copy, each naming a person no other report names (full name, then surname), so that what the
 * pipeline made of each one can be counted.
 */
public final class Reports {

  /** A report: its text (first line "date ..."), and the person only it names. */
  public record Report(String text, String person, String surname, String city) {}

  private static final List<String> FIRST = List.of("Ingrid", "Tomasz", "Aurelia", "Kwame", "Leonor", "Dmitri",
      "Sofia", "Bartholomew", "Annika", "Rafael", "Mireille", "Oskar", "Beatriz", "Stellan", "Yara", "Matthias",
      "Noemi", "Casimir", "Helga", "Joaquim", "Ottilie", "Ruben", "Signe", "Valentin");
  private static final List<String> LAST = List.of("Halvorsen", "Brzezinski", "Montalvo", "Asante", "Figueiredo",
      "Volkonsky", "Lindqvist", "Okonkwo", "Castellanos", "Vermeulen", "Dubreuil", "Szabo", "Kowalczyk", "Nyberg",
      "Haddad", "Engström", "Quintero", "Lachance", "Brandauer", "Sorensen", "Ravensworth", "Albescu", "Thorvald",
      "Ekwueme");
  private static final List<String> CITIES = List.of("Lisbon", "Oslo", "Dublin", "Vienna", "Helsinki", "Prague",
      "Warsaw", "Athens", "Budapest", "Copenhagen", "Bucharest", "Madrid");
  private static final List<String> TEMPLATES = List.of(
      """
      Port of %3$s closed after storm damage

      %1$s, the harbour master of %3$s, said on Monday that a storm had damaged %4$d cranes at the container \
      terminal. %2$s said the port would stay closed until engineers had inspected the quays.""",
      """
      Strike halts trains around %3$s

      Rail workers in %3$s walked out on Tuesday over pay, stranding about %4$d thousand commuters. Union leader \
      %1$s told reporters the stoppage would last two days; %2$s accused the operator of ignoring earlier offers.""",
      """
      Hospital in %3$s opens new wing

      A new children's wing with %4$d beds opened at the main hospital in %3$s on Wednesday. Health minister \
      %1$s attended the opening, and %2$s promised that two more clinics would follow next year.""",
      """
      Fire destroys warehouse near %3$s

      A fire destroyed a furniture warehouse on the outskirts of %3$s on Thursday night, the fire service said. \
      Nobody was hurt. Its owner, %1$s, estimated the damage at %4$d million euros, and %2$s said the cause was \
      not yet known.""");

  private Reports() {}

  /**
   * The n-th report (n below 20) of a run (below 28); no two of them name the same person: the first
   * name gives the index modulo 24 and the surname, shifted by it, the rest.
   */
  public static Report report(int run, int n) {
    if (n < 0 || n >= 20 || run < 0 || run >= 28) {
      throw new IllegalArgumentException("report " + n + " of run " + run);
    }
    int index = run * 20 + n;
    String first = FIRST.get(index % FIRST.size());
    String last = LAST.get((index / FIRST.size() + 5 * index) % LAST.size());
    String city = CITIES.get(n % CITIES.size());
    String body = TEMPLATES.get(n % TEMPLATES.size()).formatted(first + " " + last, last, city, 3 + index % 40);
    String date = "2024-%02d-%02d".formatted(1 + run % 12, 1 + n % 28);
    return new Report("date " + date + "\n" + body, first + " " + last, last, city);
  }
}
