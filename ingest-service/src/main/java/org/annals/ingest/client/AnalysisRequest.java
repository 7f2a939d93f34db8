package org.annals.ingest.client;

import java.time.LocalDate;
import org.annals.ingest.domain.DateGranularity;

/** What entity-service needs to analyse an article (PUT /internal/v1/articles/{id}/analysis). */
public record AnalysisRequest(String text, String language, LocalDate publishedAt,
    DateGranularity publishedGranularity) {}
