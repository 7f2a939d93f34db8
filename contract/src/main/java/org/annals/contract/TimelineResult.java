package org.annals.contract;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** timeline-service's answer: what the article gave. */
@Schema(name = "TimelineResult", description = "How many events the article gave evidence for, and its time expressions")
public record TimelineResult(@Schema(example = "3") int events, @Schema(example = "7") int timexes) {}
