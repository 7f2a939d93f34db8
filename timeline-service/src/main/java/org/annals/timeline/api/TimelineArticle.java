package org.annals.timeline.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article with its resolved mentions, as ingest-service sends it. */
@Schema(name = "TimelineArticle", description = "An article's text, metadata and resolved mentions.")
public record TimelineArticle(
    @Schema(description = "The article's stored text; offsets refer to it") String text,
    String title,
    @Schema(example = "Example News") String source,
    @Schema(example = "2023-01-31") LocalDate publishedAt,
    @Schema(enumeration = {"DAY", "MONTH", "NONE"}, example = "DAY") String publishedGranularity,
    @Schema(description = "The mentions entity-service returned for this text (ResolvedMention objects)")
    JsonNode mentions) {}
