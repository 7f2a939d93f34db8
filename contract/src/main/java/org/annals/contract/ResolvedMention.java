package org.annals.contract;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A mention of an entity in an article, resolved: what timeline-service reads of entity-service's answer. */
@Schema(name = "ResolvedMention", description = "A mention of an entity in the article text, resolved")
public record ResolvedMention(
    @Schema(description = "Start offset (UTF-16 code units) into the stored text", example = "120") int start,
    @Schema(description = "End offset, exclusive", example = "126") int end,
    @Schema(example = "Mossad") String text,
    UUID entityId,
    @Schema(example = "Mossad") String entityName,
    @Schema(example = "ORGANIZATION") String entityType,
    @Schema(description = "The kind of entity where known: MEDIA for news outlets, GOVERNMENT_BODY, ...",
        example = "INTELLIGENCE_AGENCY") String entityKind,
    @Schema(description = "Ids of the entities this one is part of, nearest first (a city: its region, its country)")
    List<UUID> within) {}
