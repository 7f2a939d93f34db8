package org.annals.ingest.dedupe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FingerprintsTest {

  /** An invented report of about 150 words. */
  private static final String REPORT = """
      Rail workers across the northern region walked out on Monday morning in a dispute over pay and \
      staffing, leaving thousands of commuters to find other ways to reach offices, schools and hospitals. \
      The union said more than 3,000 drivers, guards and signal staff had joined the strike, the first in \
      the region for eleven years. Managers at the rail company said only one train in five was running \
      and urged passengers to work from home where they could.

      Talks broke down late on Sunday after the company offered a rise of four percent over two years, \
      which union leaders called an insult given the cost of living. A spokeswoman for the transport \
      ministry said the government would not intervene but hoped both sides would return to talks soon. \
      Bus operators added extra services on the busiest routes, and the city council opened two car \
      parks near the ring road for free. Another strike day is planned for Thursday unless a new offer is made.""";

  private static final String UNRELATED = """
      The botanical garden unveiled a greenhouse for desert plants on Saturday, the result of a three \
      year fundraising campaign led by volunteers. Visitors can walk among cacti from Mexico and \
      succulents from southern Africa, kept at a constant temperature by solar panels on the roof. The \
      director said school groups would be admitted without charge during the first month, and that \
      a small cafe serving local produce would open beside the entrance in the autumn.""";

  @Test
  void sameTextWithDifferentSpacingCaseAndQuotesHasTheSameHash() {
    String original = "The mayor said \u201cno\u201d to the plan.\n\nIt\u2019s over, she added.";
    String variant = "the MAYOR   said \"no\" to the plan. it's over,\tshe added.  ";

    assertEquals(Fingerprints.contentHash(original), Fingerprints.contentHash(variant));
  }

  @Test
  void differentTextHasADifferentHash() {
    assertNotEquals(Fingerprints.contentHash("The mayor said no to the plan."),
        Fingerprints.contentHash("The mayor said yes to the plan."));
  }

  @Test
  void hashIsSha256Hex() {
    assertTrue(Fingerprints.contentHash(REPORT).matches("[0-9a-f]{64}"));
  }

  @Test
  void lightlyEditedCopyIsSimilar() {
    String edited = REPORT.replace("walked out on Monday morning", "walked out on Monday")
        .replace("Bus operators", "Coach operators");

    double similarity = Fingerprints.similarity(Fingerprints.minHash(REPORT), Fingerprints.minHash(edited));

    assertTrue(similarity >= 0.8, "similarity " + similarity);
    assertTrue(similarity < 1.0, "an edited copy is not identical: " + similarity);
  }

  @Test
  void unrelatedTextIsNotSimilar() {
    double similarity = Fingerprints.similarity(Fingerprints.minHash(REPORT), Fingerprints.minHash(UNRELATED));

    assertTrue(similarity < 0.3, "similarity " + similarity);
  }

  @Test
  void identicalTextsHaveIdenticalSignaturesAndBandKeys() {
    int[] first = Fingerprints.minHash(REPORT);
    int[] second = Fingerprints.minHash(REPORT);

    assertEquals(Fingerprints.HASHES, first.length);
    assertEquals(1.0, Fingerprints.similarity(first, second));
    assertArrayEquals(Fingerprints.bandKeys(first), Fingerprints.bandKeys(second));
    assertEquals(Fingerprints.BANDS, Fingerprints.bandKeys(first).length);
  }

  @Test
  void unrelatedTextsShareNoBandKey() {
    long[] report = Fingerprints.bandKeys(Fingerprints.minHash(REPORT));
    long[] unrelated = Fingerprints.bandKeys(Fingerprints.minHash(UNRELATED));

    for (int band = 0; band < Fingerprints.BANDS; band++) {
      assertNotEquals(report[band], unrelated[band], "band " + band);
    }
  }

  @Test
  void textTooShortForAShingleHasNoSignature() {
    int[] signature = Fingerprints.minHash("Breaking news");

    assertEquals(0, signature.length);
    assertEquals(0, Fingerprints.bandKeys(signature).length);
    assertEquals(0.0, Fingerprints.similarity(signature, signature));
  }

  @Test
  void signatureSurvivesStorage() {
    int[] signature = Fingerprints.minHash(REPORT);

    assertArrayEquals(signature, Fingerprints.fromBytes(Fingerprints.toBytes(signature)));
  }
}
