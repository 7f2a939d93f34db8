package org.annals.ingest.text;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

  private static final String P1 = "The city council approved a new tram line to the airport on Wednesday after a"
      + " debate that lasted more than six hours.";
  private static final String P2 = "Construction is due to start next spring and the line should carry its first"
      + " passengers in 2027, the transport office said.";
  private static final String P3 = "Opponents said the \u20ac400 million budget was unrealistic.";

  private static final String PAGE = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
        <title>Tram line approved | Riverside Post</title>
        <meta property="og:title" content="Council approves airport tram line">
        <meta property="og:site_name" content="Riverside Post">
        <meta property="article:published_time" content="2023-03-14T09:30:00+01:00">
        <link rel="canonical" href="https://riverside-post.example/2023/03/tram-line">
        <script>window.analytics = {page: "tram"};</script>
        <style>p { color: black; }</style>
      </head>
      <body>
        <nav><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/sport">Sport</a></nav>
        <div class="story">
          <h1>Council approves airport tram line</h1>
          <div class="share-buttons"><a>Share on Facebook</a> <a>Share on X</a></div>
          <p>%s</p>
          <p>%s</p>
          <script>trackParagraph(2);</script>
          <p>%s</p>
          <aside><h3>Related stories</h3><p>Bus fares to rise in May</p></aside>
          <div class="newsletter-signup"><p>Get our morning briefing in your inbox</p></div>
        </div>
        <section id="comments"><h3>4 comments</h3><p>Great news for the east side!</p></section>
        <div class="comment-respond"><h3>Leave a Reply</h3><p>Your email address will not be shown.</p>
          <form><textarea>Your comment</textarea><button>Post</button></form></div>
        <div class="related-articles"><p>Ten things to do this weekend</p></div>
        <footer><p>Copyright Riverside Post. All rights reserved.</p></footer>
      </body>
      </html>
      """.formatted(P1, P2, P3);

  @Test
  void keepsArticleParagraphs() {
    HtmlExtractor.Extracted page = HtmlExtractor.extract(PAGE);

    List<String> paragraphs = TextNormalizer.paragraphs(TextNormalizer.normalize(page.text()));

    assertEquals(List.of("Council approves airport tram line", P1, P2, P3), paragraphs);
  }

  @Test
  void dropsPageFurniture() {
    String text = HtmlExtractor.extract(PAGE).text();

    assertAll(
        () -> assertFalse(text.contains("Politics"), "navigation"),
        () -> assertFalse(text.contains("Share on"), "share bar"),
        () -> assertFalse(text.contains("trackParagraph") || text.contains("analytics"), "script"),
        () -> assertFalse(text.contains("color: black"), "style"),
        () -> assertFalse(text.contains("Bus fares"), "related block"),
        () -> assertFalse(text.contains("morning briefing"), "newsletter prompt"),
        () -> assertFalse(text.contains("Great news") || text.contains("4 comments"), "comments"),
        () -> assertFalse(text.contains("Leave a Reply") || text.contains("Your comment"), "comment form"),
        () -> assertFalse(text.contains("Ten things"), "related articles"),
        () -> assertFalse(text.contains("Copyright"), "footer"));
  }

  @Test
  void articleElementIsPreferredOverTheRestOfThePage() {
    String html = "<html><body><div class=\"teaser\"><p>Teaser for another story.</p></div>"
        + "<article><p>" + P1 + "</p><p>" + P2 + "</p></article></body></html>";

    List<String> paragraphs =
        TextNormalizer.paragraphs(TextNormalizer.normalize(HtmlExtractor.extract(html).text()));

    assertEquals(List.of(P1, P2), paragraphs);
  }

  @Test
  void readsMetadata() {
    HtmlExtractor.Extracted page = HtmlExtractor.extract(PAGE);

    assertEquals("Council approves airport tram line", page.title());
    assertEquals("2023-03-14T09:30:00+01:00", page.publishedAt());
    assertEquals("https://riverside-post.example/2023/03/tram-line", page.url());
    assertEquals("Riverside Post", page.siteName());
  }

  @Test
  void titleElementAndJsonLdDateWhenNoMetaTags() {
    String html = """
        <html><head>
          <title>Harbour strike ends</title>
          <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Coast Herald"},
              {"@type": "NewsArticle", "headline": "Harbour strike ends", "datePublished": "2022-11-02T18:05:00Z"}
            ]}
          </script>
        </head><body><main><p>Dock workers returned to work on Wednesday evening.</p></main></body></html>
        """;

    HtmlExtractor.Extracted page = HtmlExtractor.extract(html);

    assertEquals("Harbour strike ends", page.title());
    assertEquals("2022-11-02T18:05:00Z", page.publishedAt());
    assertEquals("Dock workers returned to work on Wednesday evening.",
        TextNormalizer.normalize(page.text()));
  }

  @Test
  void brokenJsonLdIsIgnored() {
    String html = "<html><head><script type=\"application/ld+json\">{\"datePublished\": </script>"
        + "<meta name=\"date\" content=\"2021-06-01\"></head><body><p>Text of the story.</p></body></html>";

    assertEquals("2021-06-01", HtmlExtractor.extract(html).publishedAt());
  }

  @Test
  void pageWithoutMetadata() {
    HtmlExtractor.Extracted page = HtmlExtractor.extract("<p>Only a paragraph of text.</p>");

    assertEquals("Only a paragraph of text.", TextNormalizer.normalize(page.text()));
    assertNull(page.title());
    assertNull(page.publishedAt());
    assertNull(page.url());
    assertNull(page.siteName());
  }

  @Test
  void keepsControlCharactersAtTheEndsOfATitleSoThatTheyAreRefused() {
    HtmlExtractor.Extracted page = HtmlExtractor.extract(
        "<html><head><title>  Dam\n repairs&#0;</title></head><body><h1>&#1;Flood</h1><p>Text.</p></body></html>");
    assertEquals("Dam repairs\u0000", page.title());
    HtmlExtractor.Extracted headingOnly = HtmlExtractor.extract("<html><body><h1>&#1;Flood</h1><p>Text.</p></body></html>");
    assertEquals("\u0001Flood", headingOnly.title());
  }
}
