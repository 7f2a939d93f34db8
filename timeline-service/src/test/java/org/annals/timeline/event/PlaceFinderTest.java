package org.annals.timeline.event;

import static org.annals.timeline.support.MentionFixtures.entity;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.annals.timeline.support.MentionFixtures;
import org.junit.jupiter.api.Test;

/** Where an event happened, among the places its sentence names. */
class PlaceFinderTest {

  private static final MentionFixtures.Entity VELDORIA = entity("Veldoria", "COUNTRY").alsoWritten("Veldorian");
  private static final MentionFixtures.Entity LUNDHOLM = entity("Lundholm", "CITY").in(VELDORIA);
  private static final MentionFixtures.Entity KARVIK = entity("Karvik", "CITY").in(VELDORIA);
  private static final List<MentionFixtures.Entity> NAMED = List.of(VELDORIA, LUNDHOLM, KARVIK);

  private static Optional<String> placeOf(String text, String trigger) {
    SentenceFixture sentence = SentenceFixture.read(text, NAMED);
    return new PlaceFinder(sentence.parse(), sentence.entities()).location(sentence.candidate(trigger))
        .map(EntityMention::entityName);
  }

  @Test
  void thePlaceInTheTriggersInPhraseIsWhereItHappened() {
    assertEquals(Optional.of("Lundholm"), placeOf("Rebels bombed a bridge in Lundholm.", "bombed"));
  }

  @Test
  void aCityIsMoreSpecificThanItsCountry() {
    assertEquals(Optional.of("Karvik"), placeOf("Rebels bombed a bridge in Karvik, Veldoria.", "bombed"));
  }

  @Test
  void whereTheSpeakersAreIsNoPlaceOfTheEvent() {
    assertEquals(Optional.empty(), placeOf("Officials in Lundholm condemned the bombing.", "bombing"));
  }
}
