package org.annals.ingest.api;

import java.time.Instant;
import org.annals.ingest.domain.ArticleStep;
import org.annals.ingest.domain.PipelineStep;
import org.annals.ingest.domain.StepStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StepProgress", description = "Where one analysis step of an article is.")
public record StepView(
    @Schema(example = "ENTITIES") PipelineStep step,
    @Schema(example = "FAILED") StepStatus status,
    @Schema(description = "Tries so far, those that found the service down included", example = "5") int attempts,
    @Schema(description = "Why the last try failed", example = "entity-service answered 422: text has no sentences")
    String lastError,
    @Schema(description = "What the step produced", example = "14 mentions") String result,
    Instant updatedAt) {

  static StepView of(ArticleStep step) {
    return new StepView(step.step, step.status, step.attempts, step.lastError, step.result, step.updatedAt);
  }
}
