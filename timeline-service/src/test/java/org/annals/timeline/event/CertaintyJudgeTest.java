package org.annals.timeline.event;

import static org.annals.timeline.support.MentionFixtures.entity;
import static org.annals.timeline.support.MentionFixtures.outlet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.annals.timeline.support.MentionFixtures;
import org.junit.jupiter.api.Test;

/** How surely a sentence tells an event, and on whose word: the attribution and certainty of one trigger. */
class CertaintyJudgeTest {

  private static final MentionFixtures.Entity VELDORIA = entity("Veldoria", "COUNTRY").alsoWritten("Veldorian");
  private static final MentionFixtures.Entity ANNA = entity("Anna Berg", "PERSON");
  private static final MentionFixtures.Entity GAZETTE = outlet("Harbour Gazette");
  private static final List<MentionFixtures.Entity> NAMED = List.of(VELDORIA, ANNA, GAZETTE);

  private record Judged(Attribution attribution, Certainty certainty) {}

  private static Judged judge(String text, String trigger) {
    SentenceFixture sentence = SentenceFixture.read(text, NAMED);
    Attribution attribution = new AttributionFinder(sentence.parse(), sentence.entities())
        .attribution(sentence.word(trigger));
    return new Judged(attribution, new CertaintyJudge(sentence.parse()).certainty(sentence.word(trigger), attribution));
  }

  @Test
  void aPlainStatementIsAsserted() {
    Judged judged = judge("Rebels shelled the harbour.", "shelled");
    assertEquals(Certainty.ASSERTED, judged.certainty());
    assertEquals(Optional.empty(), judged.attribution().claimant());
  }

  @Test
  void aNegatedEventIsDenied() {
    assertEquals(Certainty.DENIED, judge("Rebels did not shell the harbour.", "shell").certainty());
  }

  @Test
  void aModalOrConditionalEventIsHypothetical() {
    assertEquals(Certainty.HYPOTHETICAL, judge("Rebels might shell the harbour.", "shell").certainty());
    assertEquals(Certainty.HYPOTHETICAL,
        judge("If rebels shell the harbour, the ferries will stop.", "shell").certainty());
  }

  @Test
  void aHedgingAdverbAllegesTheEvent() {
    assertEquals(Certainty.ALLEGED, judge("Rebels allegedly shelled the harbour.", "shelled").certainty());
  }

  @Test
  void aNamedSpeakerReportsTheEventAndIsItsClaimant() {
    Judged judged = judge("Anna Berg said that rebels shelled the harbour.", "shelled");
    assertEquals(Certainty.REPORTED, judged.certainty());
    assertEquals("Anna Berg", judged.attribution().claimant().orElseThrow().entityName());
  }

  @Test
  void aDenyingSpeakerDeniesTheEvent() {
    Judged judged = judge("Veldoria denied that its troops shelled the harbour.", "shelled");
    assertEquals(Certainty.DENIED, judged.certainty());
    assertTrue(judged.attribution().denying());
  }

  @Test
  void anOutletCitedAtTheEndIsTheOutletNotAClaimant() {
    Judged judged = judge("Rebels shelled a school, the Harbour Gazette reported.", "shelled");
    assertEquals(Optional.of("Harbour Gazette"), judged.attribution().outlet());
    assertFalse(judged.attribution().claimant().isPresent());
  }
}
