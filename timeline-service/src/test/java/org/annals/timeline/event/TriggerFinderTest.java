package org.annals.timeline.event;

import static org.annals.timeline.support.MentionFixtures.entity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.annals.timeline.support.MentionFixtures;
import org.junit.jupiter.api.Test;

/** Which words tell an event, and which triggers of one clause are one event, on the real parser. */
class TriggerFinderTest {

  private static final MentionFixtures.Entity VELDORIA = entity("Veldoria", "COUNTRY").alsoWritten("Veldorian");
  private static final MentionFixtures.Entity ANNA = entity("Anna Berg", "PERSON");
  private static final MentionFixtures.Entity LUNDHOLM = entity("Lundholm", "CITY").in(VELDORIA);
  private static final List<MentionFixtures.Entity> NAMED = List.of(VELDORIA, ANNA, LUNDHOLM);

  private static SentenceFixture read(String text) {
    return SentenceFixture.read(text, NAMED);
  }

  @Test
  void aLexiconVerbIsATriggerOfItsKind() {
    SentenceFixture sentence = read("Veldorian troops shelled the harbour at dawn.");
    assertEquals(Optional.of(EventKind.ATTACK), sentence.triggers().kindAt(sentence.word("shelled")));
    assertEquals(Optional.empty(), sentence.triggers().kindAt(sentence.word("harbour")));
  }

  @Test
  void aNounThatDescribesAnotherNounIsNoTrigger() {
    SentenceFixture sentence = read("The protest organisers met the mayor of Lundholm.");
    assertEquals(Optional.empty(), sentence.triggers().kindAt(sentence.word("protest")));
    assertEquals(Optional.of(EventKind.MEETING), sentence.triggers().kindAt(sentence.word("met")));
  }

  @Test
  void aVerbThatMakesTheEventItsObjectNamesIsNoTrigger() {
    SentenceFixture sentence = read("Veldoria struck a trade deal with its neighbours.");
    assertEquals(Optional.empty(), sentence.triggers().kindAt(sentence.word("struck")));
    assertEquals(Optional.of(EventKind.AGREEMENT), sentence.triggers().kindAt(sentence.word("deal")));
  }

  @Test
  void aRefusalToCommentIsOneSpeechAct() {
    SentenceFixture sentence = read("Anna Berg declined to comment on the report.");
    assertEquals(Optional.of(EventKind.DECLINE_COMMENT), sentence.triggers().kindAt(sentence.word("declined")));
    assertEquals(Optional.empty(), sentence.triggers().kindAt(sentence.word("comment")));
  }

  @Test
  void aSpeechActKnowsTheEventItReports() {
    SentenceFixture sentence = read("Anna Berg said that rebels had bombed a bridge near Lundholm.");
    Candidate saying = sentence.candidate("said");
    assertEquals(EventKind.STATEMENT, saying.kind());
    assertEquals("bombed", saying.about().word());
  }

  @Test
  void aGenericPluralIsNoTrigger() {
    SentenceFixture sentence = read("Similar protests are rare in Lundholm.");
    assertTrue(sentence.triggers().candidates().isEmpty(), () -> sentence.triggers().candidates().toString());
  }

  @Test
  void aNounWithADefiniteDeterminerPointsBack() {
    SentenceFixture definite = read("The blast shattered windows across Lundholm.");
    assertTrue(definite.triggers().anaphoric(definite.word("blast")));
    SentenceFixture indefinite = read("A blast shattered windows across Lundholm.");
    assertFalse(indefinite.triggers().anaphoric(indefinite.word("blast")));
  }

  @Test
  void triggersOfOneClauseThatTellOneEventAreMerged() {
    List<Candidate> merged = read("A drone attack caused a huge explosion near Lundholm.").candidates();
    assertEquals(1, merged.size(), merged::toString);
    assertEquals(List.of("attack", "explosion"), merged.get(0).words().stream().map(w -> w.word()).toList());
  }

  @Test
  void aVagueTriggerGivesWayToOneThatSaysWhatHappened() {
    Candidate raid = read("In a swift operation, Veldorian commandos raided the depot.").candidate("raided");
    assertEquals(EventKind.ATTACK, raid.kind());
    assertTrue(raid.words().stream().anyMatch(w -> w.word().equals("operation")), raid.words()::toString);
  }
}
