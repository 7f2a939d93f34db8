package org.annals.entity.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article to analyse, as ingest-service sends it. */
@Schema(name = "AnalysisRequest", description = "An article's stored text and what is known of its date.")
public record AnalysisRequest(
    @Schema(description = "The article's stored text; mention offsets refer to it") String text,
    @Schema(example = "en") String language,
    @Schema(description = "Publication date (first day of the month for MONTH granularity)", example = "2023-01-31")
    LocalDate publishedAt,
    @Schema(enumeration = {"DAY", "MONTH", "NONE"}, example = "DAY") String publishedGranularity) {}
