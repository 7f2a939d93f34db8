package org.annals.timeline.event;

import static org.annals.timeline.support.MentionFixtures.entity;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.annals.timeline.support.MentionFixtures;
import org.junit.jupiter.api.Test;

/** Which time expression dates which trigger (published on Thursday 9 March 2023). */
class EventDaterTest {

  private static final List<MentionFixtures.Entity> NAMED = List.of(entity("Anna Berg", "PERSON"));

  private static SentenceFixture read(String text) {
    return SentenceFixture.read(text, NAMED);
  }

  @Test
  void aWeekdayInTheClauseDatesItsEvent() {
    SentenceFixture sentence = read("Rebels shelled the harbour on Tuesday.");
    assertEquals(LocalDate.parse("2023-03-07"), sentence.dater().dateOf(sentence.word("shelled")).orElseThrow()
        .start());
  }

  @Test
  void aDateBeyondAClauseBoundaryDatesOnlyItsOwnClause() {
    SentenceFixture sentence = read("Anna Berg said on Monday that rebels had shelled the harbour.");
    assertEquals(Optional.empty(), sentence.dater().dateOf(sentence.word("shelled")));
    assertEquals(LocalDate.parse("2023-03-06"), sentence.dater().dateOf(sentence.word("said")).orElseThrow()
        .start());
  }

  @Test
  void aNounTriggerTakesTheDateOfTheVerbItIsTheObjectOf() {
    SentenceFixture sentence = read("Rebels launched the offensive on 2 March 2023.");
    assertEquals(LocalDate.parse("2023-03-02"), sentence.dater().dateOf(sentence.word("offensive")).orElseThrow()
        .start());
  }

  @Test
  void onlyAnExpectedEventMayBeDatedAfterPublication() {
    SentenceFixture sentence = read("Rebels shelled the harbour on 20 March 2023.");
    Candidate shelling = sentence.candidate("shelled");
    assertEquals(EventDate.NONE, sentence.dater().dateOf(shelling, Certainty.ASSERTED));
    assertEquals(LocalDate.parse("2023-03-20"), sentence.dater().dateOf(shelling, Certainty.HYPOTHETICAL).start());
  }
}
