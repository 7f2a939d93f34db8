package org.annals.timeline.event;

import static org.annals.timeline.event.ArticleReader.events;
import static org.annals.timeline.support.MentionFixtures.entity;
import static org.annals.timeline.support.MentionFixtures.outlet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.annals.timeline.support.MentionFixtures;
import org.junit.jupiter.api.Test;

/** Each rule of event extraction on sentences written for it, with the real tagger and parser. */
class EventExtractorTest {

  /** A Thursday. */
  private static final LocalDate PUBLISHED = LocalDate.parse("2023-03-09");

  private static final MentionFixtures.Entity FRONT = entity("Northern Front", "ORGANIZATION");
  private static final MentionFixtures.Entity IRAQ = entity("Iraq", "COUNTRY").alsoWritten("Iraqi");
  private static final MentionFixtures.Entity TIKRIT = entity("Tikrit", "CITY").in(IRAQ);
  private static final MentionFixtures.Entity MEXICO = entity("Mexico", "COUNTRY").alsoWritten("Mexican");
  private static final MentionFixtures.Entity OAXACA = entity("Oaxaca", "CITY").in(MEXICO);
  private static final MentionFixtures.Entity COURIER = outlet("Daily Courier");
  private static final MentionFixtures.Entity GDANSK = entity("Gdansk", "CITY");
  private static final MentionFixtures.Entity MINSK = entity("Minsk", "CITY");
  private static final MentionFixtures.Entity KESTRIA = entity("Kestria", "COUNTRY").alsoWritten("Kestrian");
  private static final MentionFixtures.Entity NAIROBI = entity("Nairobi", "CITY");
  private static final MentionFixtures.Entity OLSEN = entity("Marta Olsen", "PERSON");
  private static final List<MentionFixtures.Entity> ALL = List.of(FRONT, IRAQ, TIKRIT, MEXICO, OAXACA, COURIER, GDANSK,
      MINSK, KESTRIA, NAIROBI, OLSEN);

  private static List<FoundEvent> read(String text) {
    return events(text, PUBLISHED, ALL);
  }

  private static FoundEvent only(List<FoundEvent> found, EventKind kind) {
    List<FoundEvent> ofKind = found.stream().filter(f -> f.kind() == kind).toList();
    assertEquals(1, ofKind.size(), () -> "one " + kind + " expected in " + found);
    return ofKind.get(0);
  }

  private static Optional<FoundEvent.Participant> participant(FoundEvent event, MentionFixtures.Entity entity) {
    return event.participants().stream().filter(p -> p.entity().entityId().equals(entity.id())).findFirst();
  }

  @Test
  void aPlainReportIsAssertedWithItsDoerPlaceAndDay() {
    FoundEvent attack = only(read("Fighters of the Northern Front attacked an army convoy near Tikrit on Tuesday."),
        EventKind.ATTACK);
    assertEquals(Certainty.ASSERTED, attack.certainty());
    assertEquals(Role.ACTOR, participant(attack, FRONT).orElseThrow().role());
    assertEquals("Tikrit", attack.location().entityName());
    assertEquals(LocalDate.parse("2023-03-07"), attack.date().start());
    assertEquals("attacked", attack.trigger());
    assertEquals(attack.trigger().length(), attack.triggerEnd() - attack.triggerStart());
  }

  @Test
  void whatASourceSaysIsReportedAndAttributedToIt() {
    List<FoundEvent> found = read("Mexican police said that gunmen killed a local mayor in Oaxaca on Monday.");
    FoundEvent killing = only(found, EventKind.KILLING);
    assertEquals(Certainty.REPORTED, killing.certainty());
    assertEquals("Mexico", killing.claimant().entityName());
    assertEquals(LocalDate.parse("2023-03-06"), killing.date().start());
    FoundEvent saying = only(found, EventKind.STATEMENT);
    assertEquals(found.indexOf(killing), saying.about());
  }

  @Test
  void anOutletNamedAsTheSourceIsTheOutletNotAClaimant() {
    FoundEvent blast = only(read("According to the Daily Courier, the blast destroyed a warehouse in Gdansk."),
        EventKind.EXPLOSION);
    assertEquals("Daily Courier", blast.outlet());
    assertNull(blast.claimant());
    assertTrue(blast.participants().stream().noneMatch(p -> p.entity().outlet()));
  }

  @Test
  void aClaimIsAnAllegation() {
    FoundEvent arrest = only(read("Opposition leaders claim that soldiers arrested dozens of students in Minsk."),
        EventKind.ARREST);
    assertEquals(Certainty.ALLEGED, arrest.certainty());
    assertEquals("Minsk", arrest.location().entityName());
  }

  @Test
  void aNegatedEventIsDenied() {
    FoundEvent attack = only(read("The Kestrian army did not attack the border post."), EventKind.ATTACK);
    assertEquals(Certainty.DENIED, attack.certainty());
    assertEquals(Certainty.DENIED, participant(attack, KESTRIA).orElseThrow().certainty());
  }

  @Test
  void aDenialIsAnEventAndDeniesTheDoersPart() {
    List<FoundEvent> found = read("Kestria denied any role in the bombing of the embassy.");
    FoundEvent denial = only(found, EventKind.DENIAL);
    assertEquals(Role.ACTOR, participant(denial, KESTRIA).orElseThrow().role());
    FoundEvent bombing = only(found, EventKind.ATTACK);
    assertEquals(found.indexOf(bombing), denial.about());
    FoundEvent.Participant kestria = participant(bombing, KESTRIA).orElseThrow();
    assertEquals(Role.ACTOR, kestria.role());
    assertEquals(Certainty.DENIED, kestria.certainty());
  }

  @Test
  void aModalEventIsHypotheticalAndTheWarningIsItsOwnEvent() {
    List<FoundEvent> found = read("Iraqi officials warned that militants could attack the airport.");
    assertEquals(Certainty.HYPOTHETICAL, only(found, EventKind.ATTACK).certainty());
    assertEquals(Role.ACTOR, participant(only(found, EventKind.WARNING), IRAQ).orElseThrow().role());
  }

  @Test
  void aDateDatesOnlyTheClauseItIsIn() {
    List<FoundEvent> found = read("Marta Olsen said on Sunday that the rebels had shelled the port.");
    FoundEvent shelling = only(found, EventKind.ATTACK);
    assertEquals(EventDate.NONE, shelling.date());
    assertEquals("Marta Olsen", shelling.claimant().entityName());
    assertEquals(LocalDate.parse("2023-03-05"), only(found, EventKind.STATEMENT).date().start());
  }

  @Test
  void aDateInsideALengthDoesNotDateTheEvent() {
    FoundEvent mutiny = only(read("The crash came two months to the day after Marta Olsen led a mutiny."),
        EventKind.REBELLION);
    assertEquals(EventDate.NONE, mutiny.date());
  }

  @Test
  void aPlannedEventMayLieAfterPublication() {
    FoundEvent visit = only(read("The prime minister will visit Nairobi on Friday."), EventKind.VISIT);
    assertEquals(Certainty.HYPOTHETICAL, visit.certainty());
    assertTrue(visit.date().start().isAfter(PUBLISHED));
  }

  @Test
  void aReportedEventIsNeverDatedAfterPublication() {
    for (FoundEvent event : read("Gunmen attacked a bus in Oaxaca on Friday, Mexican police said. "
        + "The attack on the bus was condemned.")) {
      assertTrue(!event.date().known() || !event.date().start().isAfter(PUBLISHED), event::toString);
    }
  }

  @Test
  void aClaimOfResponsibilityIsAnEventAndMakesTheClaimantTheAllegedDoer() {
    List<FoundEvent> found = read("The Northern Front claimed responsibility for the bombing of the embassy in Minsk.");
    FoundEvent claim = only(found, EventKind.CLAIM_RESPONSIBILITY);
    FoundEvent bombing = only(found, EventKind.ATTACK);
    assertEquals(found.indexOf(bombing), claim.about());
    assertEquals(Certainty.ALLEGED, participant(bombing, FRONT).orElseThrow().certainty());
    assertEquals("Minsk", bombing.location().entityName());
  }

  @Test
  void aNounThatOnlyDescribesAnotherIsNoEvent() {
    assertTrue(read("Aid workers left Minsk after an attack helicopter flew over the city.").isEmpty());
  }

  @Test
  void aHyphenatedPlaceNameIsReadWholeAndTakingControlIsASeizure() {
    MentionFixtures.Entity haiti = entity("Haiti", "COUNTRY");
    MentionFixtures.Entity capital = entity("Port-au-Prince", "CITY").in(haiti);
    FoundEvent seizure = only(events("Armed gangs seized the main port in Port-au-Prince, Haiti, on Saturday.", PUBLISHED,
        List.of(haiti, capital)), EventKind.SEIZURE);
    assertEquals("Port-au-Prince", seizure.location().entityName());
    assertEquals(LocalDate.parse("2023-03-04"), seizure.date().start());
    assertEquals(Role.TARGET, participant(seizure, haiti).orElseThrow().role());
    assertEquals(EventKind.SEIZURE, only(read("Rebels took control of the airport near Minsk."), EventKind.SEIZURE)
        .kind());
  }

  @Test
  void aVerbThatMakesAnotherEventIsNotOne() {
    List<FoundEvent> found = read("Kestria and Iraq struck a deal on Monday.");
    assertTrue(found.stream().noneMatch(f -> f.kind() == EventKind.ATTACK), found::toString);
    assertEquals(LocalDate.parse("2023-03-06"), only(found, EventKind.AGREEMENT).date().start());
    FoundEvent agreement = only(read("The fighting stopped under an agreement negotiated by Marta Olsen."),
        EventKind.AGREEMENT);
    assertEquals(Role.ACTOR, participant(agreement, OLSEN).orElseThrow().role());
  }

  @Test
  void aGenericMentionIsNoEvent() {
    assertTrue(read("Any attack on shipping would be answered.").stream().noneMatch(f -> f.kind() == EventKind.ATTACK));
  }

  @Test
  void aSourceThatIntroducesTheSentenceAttributesWhatFollows() {
    // Parsers often mistake the head of such sentences; the report still belongs to the one who says it.
    FoundEvent strike = only(read("A Kestrian analyst says there are signs the strike was a Northern Front operation."),
        EventKind.ATTACK);
    assertTrue(strike.certainty() == Certainty.REPORTED || strike.certainty() == Certainty.ALLEGED,
        strike::toString);
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "Headline without a stop\nFighters of the Northern Front attacked a convoy near Tikrit.";
    for (FoundEvent event : read(text)) {
      assertEquals(event.trigger(), text.substring(event.triggerStart(), event.triggerEnd()));
      assertEquals(event.sentence(), text.substring(event.sentenceStart(), event.sentenceEnd()));
      assertNotNull(event.kind().label());
    }
  }

  @Test
  void theDayAndPlaceWrittenRightAfterTheVerbDateAndPlaceIt() {
    FoundEvent crash = only(read("A cargo plane crashed in the Minsk region north of Gdansk on Tuesday, killing all "
        + "six crew members on board, Kestria's transport ministry said."), EventKind.CRASH);
    assertEquals(LocalDate.parse("2023-03-07"), crash.date().start());
    assertEquals("Minsk", crash.location().entityName());
  }

  @Test
  void whereTheSpeakersAreIsNotWhereItHappened() {
    FoundEvent attack = only(read("Officials in Nairobi did not say who they believed had launched the attack."),
        EventKind.ATTACK);
    assertNull(attack.location());
    FoundEvent strike = only(read("The strike came amid rising tension over Nairobi's port."), EventKind.ATTACK);
    assertNull(strike.location());
    assertEquals("Tikrit", only(read("Officials blamed the Northern Front for the Tikrit bombing."),
        EventKind.ATTACK).location().entityName());
  }

  @Test
  void aNounPointingBackAtAnEventIsAnaphoric() {
    assertTrue(only(read("Investigators are still looking into the crash."), EventKind.CRASH).anaphoric());
    assertTrue(only(read("Tuesday's crash killed no one."), EventKind.CRASH).anaphoric());
    assertTrue(!only(read("A crash closed the road near Gdansk."), EventKind.CRASH).anaphoric());
  }
}
