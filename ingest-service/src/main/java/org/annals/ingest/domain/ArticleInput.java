package org.annals.ingest.domain;

/**
 * An article as a client sent it, in any format, before checks and cleaning. For plain text and HTML
 * bodies only {@code text} or {@code html} is set; their metadata comes from the content itself.
 */
public record ArticleInput(SubmissionFormat format, String text, String html, String title, String url,
    String source, String publishedAt, String language) {

  public static ArticleInput plainText(String body) {
    return new ArticleInput(SubmissionFormat.PLAIN_TEXT, body, null, null, null, null, null, null);
  }

  public static ArticleInput html(String body) {
    return new ArticleInput(SubmissionFormat.HTML, null, body, null, null, null, null, null);
  }
}
