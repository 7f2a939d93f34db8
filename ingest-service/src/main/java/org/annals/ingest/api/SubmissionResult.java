package org.annals.ingest.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import org.annals.ingest.domain.ArticleStatus;
import org.annals.ingest.domain.Submission;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SubmissionResult", description = "The stored article; for a duplicate, the one stored before.")
public record SubmissionResult(
    @Schema(example = "3f0c8d9e-8a51-4a57-9d0e-2b1c7f4e6a10") UUID id,
    @Schema(example = "PENDING") ArticleStatus status,
    @Schema(description = "Set when the same text was stored before: the id of that article")
    UUID duplicateOf,
    @Schema(description = "Set when a nearly identical text is stored: the article this one repeats")
    UUID nearDuplicateOf,
    @Schema(description = "Estimated similarity to nearDuplicateOf (Jaccard of word 3-shingles)", example = "0.91")
    Double similarity) {

  static SubmissionResult of(Submission submission) {
    return new SubmissionResult(submission.article().id, submission.article().status, submission.duplicateOf(),
        submission.nearDuplicateOf(), submission.similarity());
  }
}
