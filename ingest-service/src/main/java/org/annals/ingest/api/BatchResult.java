package org.annals.ingest.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.annals.common.problem.Problem;
import org.annals.ingest.domain.ArticleStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BatchResult", description = "One result per submitted item, in order; partial success is normal.")
public record BatchResult(
    @Schema(example = "8") int accepted,
    @Schema(example = "1") int duplicates,
    @Schema(example = "1") int rejected,
    List<Item> items) {

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "BatchItemResult")
  public record Item(
      @Schema(description = "Position of the item in the batch, from 0", example = "0") int index,
      @Schema(description = "What a single submission of the item would have answered", example = "202") int status,
      UUID id,
      ArticleStatus articleStatus,
      UUID duplicateOf,
      UUID nearDuplicateOf,
      Double similarity,
      @Schema(description = "Why the item was rejected") Problem problem) {}
}
