package org.annals.timeline.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TimelineResult", description = "How many events the article gave evidence for, and its time expressions.")
public record TimelineResult(@Schema(example = "7") int events, @Schema(example = "5") int timexes) {}
