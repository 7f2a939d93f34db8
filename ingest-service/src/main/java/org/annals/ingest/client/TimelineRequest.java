package org.annals.ingest.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.annals.ingest.domain.DateGranularity;

/**
 * What timeline-service needs (PUT /internal/v1/articles/{id}): the text, its metadata and the
 * mentions entity-service resolved, passed on as they came.
 */
public record TimelineRequest(String text, String title, String source, LocalDate publishedAt,
    DateGranularity publishedGranularity, JsonNode mentions) {}
