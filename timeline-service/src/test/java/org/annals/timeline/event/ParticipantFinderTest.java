package org.annals.timeline.event;

import static org.annals.timeline.support.MentionFixtures.entity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.annals.timeline.support.MentionFixtures;
import org.junit.jupiter.api.Test;

/** Who does an event and to whom, from the grammar around its trigger. */
class ParticipantFinderTest {

  private static final MentionFixtures.Entity VELDORIA = entity("Veldoria", "COUNTRY").alsoWritten("Veldorian");
  private static final MentionFixtures.Entity LEAGUE = entity("Red Hand League", "ORGANIZATION");
  private static final MentionFixtures.Entity ANNA = entity("Anna Berg", "PERSON");
  private static final MentionFixtures.Entity LUNDHOLM = entity("Lundholm", "CITY").in(VELDORIA);
  private static final List<MentionFixtures.Entity> NAMED = List.of(VELDORIA, LEAGUE, ANNA, LUNDHOLM);
  private static final Attribution UNATTRIBUTED = new Attribution(Optional.empty(), Optional.empty(),
      Optional.empty(), false);

  private static List<FoundEvent.Participant> participants(String text, String trigger, Certainty certainty) {
    SentenceFixture sentence = SentenceFixture.read(text, NAMED);
    Candidate candidate = sentence.candidate(trigger);
    ParticipantFinder finder = new ParticipantFinder(sentence.parse(), sentence.entities(), sentence.dater());
    return finder.participants(candidate, certainty, UNATTRIBUTED,
        new PlaceFinder(sentence.parse(), sentence.entities()).location(candidate));
  }

  private static FoundEvent.Participant of(List<FoundEvent.Participant> participants, MentionFixtures.Entity entity) {
    return participants.stream().filter(p -> p.entity().entityId().equals(entity.id())).findFirst()
        .orElseThrow(() -> new AssertionError(entity.name() + " is not among " + participants));
  }

  @Test
  void theSubjectActsAndTheObjectIsTheTarget() {
    List<FoundEvent.Participant> found = participants("Red Hand League fighters ambushed Veldorian soldiers.",
        "ambushed", Certainty.ASSERTED);
    assertEquals(Role.ACTOR, of(found, LEAGUE).role());
    assertEquals(Role.TARGET, of(found, VELDORIA).role());
  }

  @Test
  void thePassiveAgentActs() {
    List<FoundEvent.Participant> found = participants("A Veldorian convoy was attacked by the Red Hand League.",
        "attacked", Certainty.ASSERTED);
    assertEquals(Role.ACTOR, of(found, LEAGUE).role());
  }

  @Test
  void theSubjectOfASupportVerbDoesTheEventItsObjectNames() {
    List<FoundEvent.Participant> found = participants("The Red Hand League carried out the bombing.", "bombing",
        Certainty.ASSERTED);
    assertEquals(Role.ACTOR, of(found, LEAGUE).role());
  }

  @Test
  void theOtherPartyOfAMeetingTakesPart() {
    List<FoundEvent.Participant> found = participants("Anna Berg met with Veldorian diplomats.", "met",
        Certainty.ASSERTED);
    assertEquals(Role.ACTOR, of(found, ANNA).role());
    assertEquals(Role.PARTICIPANT, of(found, VELDORIA).role());
  }

  @Test
  void aReportedDoerOfViolenceIsOnlyAlleged() {
    List<FoundEvent.Participant> found = participants("The Red Hand League shelled a school.", "shelled",
        Certainty.REPORTED);
    assertEquals(Certainty.ALLEGED, of(found, LEAGUE).certainty());
  }

  @Test
  void anAttackWithNoNamedTargetIsOnTheCountryOfItsPlace() {
    List<FoundEvent.Participant> found = participants("The Red Hand League shelled a school in Lundholm, Veldoria.",
        "shelled", Certainty.ASSERTED);
    assertEquals(Role.TARGET, of(found, VELDORIA).role());
    assertTrue(found.stream().noneMatch(p -> p.entity().entityId().equals(LUNDHOLM.id())), found::toString);
  }
}
