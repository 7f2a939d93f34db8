package org.annals.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  private static final String FIRST = "The river authority opened the Westbrook flood gates on Sunday as the water"
      + " level rose by almost a metre overnight.";
  private static final String SECOND = "About 200 households in the lower town were asked to move cars and"
      + " valuables to higher ground before the evening tide.";

  @Test
  void composesToNfc() {
    String decomposed = "Cafe\u0301 owners in Mu\u0308nster reopened";

    String normalized = TextNormalizer.normalize(decomposed);

    assertEquals("Caf\u00e9 owners in M\u00fcnster reopened", normalized);
  }

  @Test
  void turnsEveryLineEndIntoNewline() {
    String normalized = TextNormalizer.normalize("one line\r\nsecond line\rthird line\u2028fourth line");

    assertEquals("one line\nsecond line\nthird line\nfourth line", normalized);
  }

  @Test
  void collapsesBlankLinesAndSpaces() {
    String raw = "\n\n  " + FIRST + "   \n\n\n \t \n\n" + SECOND.replace(" ", " \t ") + "  \n\n\n";

    String normalized = TextNormalizer.normalize(raw);

    assertEquals(FIRST + "\n\n" + SECOND, normalized);
  }

  @Test
  void keepsCurlyQuotesAndApostrophes() {
    String quoted = "\u201cWe will not leave,\u201d said Ana\u2019s neighbour, pointing at the \u2018old\u2019 dyke.";

    assertEquals(quoted, TextNormalizer.normalize(quoted));
  }

  @Test
  void removesTrailingCommentForm() {
    String raw = FIRST + "\n\n" + SECOND + "\n\n"
        + "Leave a Reply\n"
        + "Your email address will not be published. Required fields are marked *\n"
        + "Comment *\n"
        + "Name *\n"
        + "Email *\n"
        + "Website\n"
        + "Save my name, email, and website in this browser for the next time I comment.\n"
        + "Post Comment\n";

    assertEquals(FIRST + "\n\n" + SECOND, TextNormalizer.normalize(raw));
  }

  @Test
  void removesShareAndNewsletterLines() {
    String raw = FIRST + "\n\nShare this article\nShare on Facebook\nTwitter\n\n" + SECOND
        + "\n\nSign up for our daily newsletter\n";

    assertEquals(FIRST + "\n\n" + SECOND, TextNormalizer.normalize(raw));
  }

  @Test
  void keepsArticleSentencesThatMentionNewsletters() {
    String longSentence = "In its weekly newsletter, sent to more than 4,000 residents on Thursday evening, the"
        + " parish council said the footbridge over the canal would stay closed until engineers finish their survey.";
    String shortSentence = "The mayor announced the closure in a newsletter on Monday.";
    String raw = FIRST + "\n\n" + longSentence + "\n\n" + shortSentence + "\n\n" + SECOND;

    String normalized = TextNormalizer.normalize(raw);

    assertTrue(longSentence.length() > 160, "the sentence must be longer than any boilerplate line");
    assertEquals(raw, normalized);
  }

  @Test
  void keepsArticleTextAfterAMidArticleRelatedMarker() {
    String longParagraph = "Engineers said the embankment, built in 1962 and reinforced twice since, had held"
        + " despite the pressure, but they would inspect it again on Monday before residents could return home.";
    String raw = FIRST + "\n\nRelated articles\n\n" + longParagraph;

    String normalized = TextNormalizer.normalize(raw);

    assertTrue(normalized.endsWith(longParagraph), normalized);
    assertTrue(normalized.startsWith(FIRST), normalized);
  }

  @Test
  void keepsShortArticleWhoseHeadlineReadsLikeALinkList() {
    String raw = "More from the flood: river peaks overnight\n\n" + FIRST + "\n\n" + SECOND;

    assertEquals(raw, TextNormalizer.normalize(raw));
  }

  @Test
  void splitsParagraphsOnBlankLines() {
    String normalized = TextNormalizer.normalize(FIRST + "\n\n\n" + SECOND + "\nA third line of the same paragraph.");

    List<String> paragraphs = TextNormalizer.paragraphs(normalized);

    assertEquals(List.of(FIRST, SECOND + "\nA third line of the same paragraph."), paragraphs);
  }

  @Test
  void blankInputGivesEmptyText() {
    assertEquals("", TextNormalizer.normalize(" \n\t\r\n \u00a0 \n"));
    assertFalse(TextChecks.hasWords(TextNormalizer.normalize("Share this article\nFacebook\nAdvertisement")));
  }
}
