package org.annals.ingest.api;

import org.annals.ingest.domain.ArticleInput;
import org.annals.ingest.domain.SubmissionFormat;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A JSON article submission: the text or the HTML of the article, and what is known about it. */
@Schema(name = "ArticleSubmission", description = "An article to ingest: exactly one of text or html.")
public record ArticleSubmission(
    @Schema(description = "The article as plain text; paragraphs separated by blank lines",
        example = "Officials said on Saturday that a drone struck a plant outside the city.")
    String text,
    @Schema(description = "The article as an HTML page; text and metadata are extracted from it")
    String html,
    @Schema(description = "The headline; found in the text or page when absent", example = "Drone strikes plant")
    String title,
    @Schema(description = "Where the article was published", example = "https://news.example.org/2023/01/plant")
    String url,
    @Schema(description = "The outlet", example = "Example News")
    String source,
    @Schema(description = "Publication date: a date, a year-month, or a date-time with offset",
        example = "2023-01-31")
    String publishedAt,
    @Schema(description = "ISO 639-1 language; detected from the text when absent", example = "en")
    String language) {
  ArticleInput toInput() {
    SubmissionFormat format = html != null && text == null ? SubmissionFormat.JSON_HTML : SubmissionFormat.JSON_TEXT;
    return new ArticleInput(format, text, html, title, url, source, publishedAt, language);
  }
}
