package org.annals.timeline.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.annals.timeline.domain.StoredTimex;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Timex", description = "A time expression of an article.")
public record TimexView(
    @Schema(description = "Start offset (UTF-16) into the article's stored text", example = "412") int start,
    @Schema(example = "419") int end,
    @Schema(example = "Saturday") String text,
    @Schema(enumeration = {"DATE", "TIME", "DURATION", "SET"}, example = "DATE") String type,
    @Schema(description = "TIMEX3 value; X for what is not known yet (XXXX-WXX-6: a Saturday of an undated article)",
        example = "2023-01-28") String value,
    @Schema(description = "ABSOLUTE (stated in full), PUBLICATION_DATE (relative to it), UNANCHORED (relative, the"
        + " article has no date yet) or NONE (durations, sets, references such as PRESENT_REF)",
        example = "PUBLICATION_DATE") String anchoring) {

  static TimexView of(StoredTimex timex) {
    return new TimexView(timex.start, timex.end, timex.text, timex.type, timex.value, timex.anchoring);
  }
}
