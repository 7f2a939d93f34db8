package org.annals.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.annals.common.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextChecksTest {

  @Test
  void decodesValidUtf8() {
    String text = "Z\u00fcrich caf\u00e9 \u201cquoted\u201d \u0627\u0644\u0642\u0627\u0647\u0631\u0629";

    assertEquals(text, TextChecks.decode(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
  }

  @Test
  void decodesDeclaredCharset() {
    byte[] latin1 = "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);

    assertEquals("Caf\u00e9", TextChecks.decode(latin1, StandardCharsets.ISO_8859_1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"66c328", "ff", "c0af", "eda080", "e282"})
  void rejectsMalformedUtf8(String hex) {
    byte[] bytes = java.util.HexFormat.of().parseHex(hex);

    ProblemException problem = assertThrows(ProblemException.class,
        () -> TextChecks.decode(bytes, StandardCharsets.UTF_8));

    assertEquals(400, problem.status());
    assertTrue(problem.getMessage().contains("UTF-8"), problem.getMessage());
  }

  @Test
  void countsWords() {
    assertEquals(9, TextChecks.wordCount("Officials said the bridge, closed since May, will reopen."));
    assertEquals(5, TextChecks.wordCount("The mayor\u2019s office didn't comment"));
    assertEquals(4, TextChecks.wordCount("\u0627\u0644\u0645\u062f\u064a\u0646\u0629 \u0641\u064a"
        + " \u0627\u0644\u0634\u0645\u0627\u0644 \u0627\u0644\u064a\u0648\u0645"));
    assertEquals(0, TextChecks.wordCount(" \u2014 ... !! "));
  }

  @Test
  void hasWords() {
    assertTrue(TextChecks.hasWords("\u2014 Yes \u2014"));
    assertFalse(TextChecks.hasWords(" \u2014 ... "));
  }
}
