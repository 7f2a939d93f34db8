package org.annals.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeadlineTest {

  private static final String BODY = "The harbour ferry to the islands will run again from Thursday, the operator"
      + " said, after storm damage to the landing stage was repaired.";

  @Test
  void shortFirstParagraphIsTheHeadline() {
    Optional<String> headline = Headline.of("Ferry service resumes after storm\n\n" + BODY);

    assertEquals(Optional.of("Ferry service resumes after storm"), headline);
  }

  @Test
  void questionAndNumberHeadlines() {
    assertEquals(Optional.of("Will the bridge reopen before winter?"),
        Headline.of("Will the bridge reopen before winter?\n\n" + BODY));
    assertEquals(Optional.of("3 injured as tram leaves the rails"),
        Headline.of("3 injured as tram leaves the rails\n\n" + BODY));
  }

  @Test
  void sentenceIsNoHeadline() {
    assertTrue(Headline.of("The ferry resumes after the storm.\n\n" + BODY).isEmpty());
  }

  @Test
  void singleParagraphHasNoHeadline() {
    assertTrue(Headline.of(BODY).isEmpty());
    assertTrue(Headline.of("Ferry service resumes after storm").isEmpty());
  }

  @Test
  void multiLineOrLongFirstParagraphIsNoHeadline() {
    assertTrue(Headline.of("Ferry service resumes\nafter storm\n\n" + BODY).isEmpty());
    String longLine = "Ferry service " + "and more ".repeat(20) + "resumes";
    assertTrue(Headline.of(longLine + "\n\n" + BODY).isEmpty());
  }

  @Test
  void lowercaseStartIsNoHeadline() {
    assertTrue(Headline.of("ferry service resumes after storm\n\n" + BODY).isEmpty());
  }
}
