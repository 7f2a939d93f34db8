package org.annals.timeline.event;

import static org.annals.timeline.support.MentionFixtures.entity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.timeline.support.MentionFixtures;
import org.junit.jupiter.api.Test;

/** Which entities a phrase names, and the grammar of the sentence it is read in. */
class SentenceEntitiesTest {

  private static final MentionFixtures.Entity VELDORIA = entity("Veldoria", "COUNTRY").alsoWritten("Veldorian");
  private static final MentionFixtures.Entity LEAGUE = entity("Red Hand League", "ORGANIZATION");
  private static final List<MentionFixtures.Entity> NAMED = List.of(VELDORIA, LEAGUE);

  private static List<String> namedAt(SentenceFixture sentence, String head) {
    return sentence.entities().at(sentence.word(head)).stream().map(EntityMention::entityName).toList();
  }

  @Test
  void officialsNamedByADemonymSpeakForTheirCountryAnExpertDoesNot() {
    SentenceFixture sentence = SentenceFixture.read("Veldorian officials and a Veldorian expert met.", NAMED);
    assertEquals(List.of("Veldoria"), namedAt(sentence, "officials"));
    assertEquals(List.of(), namedAt(sentence, "expert"));
  }

  @Test
  void membersOfAGroupActForIt() {
    SentenceFixture sentence = SentenceFixture.read("Fighters of the Red Hand League crossed the river.", NAMED);
    assertEquals(List.of("Red Hand League"), namedAt(sentence, "Fighters"));
  }

  @Test
  void theSubjectOfAControlledVerbIsItsControllers() {
    SentenceFixture sentence = SentenceFixture.read("Veldorian agents appear to have raided the depot.", NAMED);
    assertEquals("agents", sentence.parse().subjectOf(sentence.word("raided")).orElseThrow().word());
  }

  @Test
  void aNegationNegatesOnlyTheWordItModifies() {
    SentenceFixture sentence = SentenceFixture.read("Veldoria did not raid the depot.", NAMED);
    assertTrue(sentence.parse().negated(sentence.word("raid")));
    assertFalse(sentence.parse().negated(sentence.word("depot")));
  }
}
