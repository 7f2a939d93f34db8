package org.annals.ingest.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.annals.ingest.domain.Article;
import org.annals.ingest.domain.ArticleStatus;
import org.annals.ingest.domain.ArticleStep;
import org.annals.ingest.domain.DateGranularity;
import org.annals.ingest.domain.DateOrigin;
import org.annals.ingest.domain.LanguageOrigin;
import org.annals.ingest.domain.SubmissionFormat;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Article", description = "A stored article: metadata, processing status and, in full views, its text.")
public record ArticleView(
    UUID id,
    @Schema(example = "Drone strikes plant outside the city") String title,
    String url,
    @Schema(example = "Example News") String source,
    @Schema(example = "en") String language,
    @Schema(example = "DETECTED") LanguageOrigin languageOrigin,
    @Schema(description = "How far the detected language is ahead of the runner-up: 0 a tie, 1 certain", example = "0.15")
    Double languageConfidence,
    @Schema(example = "412") int wordCount,
    @Schema(description = "Publication date at its granularity: 2023-01-31 or 2023-01", example = "2023-01-31")
    String publishedAt,
    @Schema(example = "DAY") DateGranularity publishedGranularity,
    @Schema(description = "The exact publication time, when a date-time was given") Instant publishedTime,
    @Schema(description = "Where the publication date came from", example = "HEADER_LINE") DateOrigin publishedFrom,
    SubmissionFormat submittedAs,
    @Schema(description = "SHA-256 of the normalised text") String contentHash,
    UUID nearDuplicateOf,
    Double nearDuplicateSimilarity,
    @Schema(example = "DONE") ArticleStatus status,
    List<StepView> steps,
    Instant ingestedAt,
    Instant updatedAt,
    @Schema(description = "The cleaned text every offset in Annals refers to (full view only)") String text) {

  static ArticleView full(Article article, List<ArticleStep> steps) {
    return of(article, steps.stream().sorted(Comparator.comparing(s -> s.step)).map(StepView::of).toList(),
        article.text);
  }

  static ArticleView summary(Article article) {
    return of(article, null, null);
  }

  private static ArticleView of(Article a, List<StepView> steps, String text) {
    return new ArticleView(a.id, a.title, a.url, a.source, a.language, a.languageOrigin, a.languageConfidence,
        a.wordCount, a.publication().value(), a.publishedGranularity, a.publishedInstant, a.publishedOrigin,
        a.submittedAs, a.contentHash, a.nearDuplicateOf, a.nearDuplicateSimilarity, a.status, steps,
        a.ingestedAt, a.updatedAt, text);
  }
}
