package org.annals.contract;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What timeline-service is asked (PUT /internal/v1/articles/{id}): the article as entity-service read it. */
@Schema(name = "TimelineArticle", description = "An article with its date, its resolved mentions and its annotation")
public record TimelineArticle(
    @Schema(description = "The article's stored text", required = true) String text,
    @Schema(example = "Drone attack on Isfahan plant") String title,
    @Schema(example = "Reuters") String source,
    @Schema(description = "Publication date (first day of the month for MONTH granularity)", example = "2023-01-31")
    LocalDate publishedAt,
    @Schema(enumeration = {"DAY", "MONTH", "NONE"}, example = "DAY") String publishedGranularity,
    @Schema(description = "The mentions entity-service resolved") List<ResolvedMention> mentions,
    @Schema(description = "entity-service's annotation of the text", required = true) ArticleAnnotation annotation) {}
