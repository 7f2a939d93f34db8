package org.annals.entity.api;

import java.util.List;
import java.util.UUID;
import org.annals.entity.domain.EntityAnalysisService;
import org.annals.entity.domain.Mention;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ResolvedMention", description = "A mention of an entity in the article text, resolved.")
public record ResolvedMention(
    @Schema(description = "Start offset (UTF-16 code units) into the stored text", example = "120") int start,
    @Schema(description = "End offset, exclusive", example = "126") int end,
    @Schema(example = "Mossad") String text,
    UUID entityId,
    @Schema(example = "Mossad") String entityName,
    @Schema(example = "ORGANIZATION") String entityType,
    @Schema(enumeration = {"EXACT", "ALIAS", "DEMONYM", "METONYMY", "APPOSITION", "COREF", "PARTIAL_NAME", "NEW"},
        example = "EXACT") String resolution,
    @Schema(example = "0.95") double confidence,
    @Schema(description = "Index of the sentence in the text, from 0", example = "3") int sentence,
    @Schema(description = "The role the text gives a person there", example = "Pentagon spokesperson")
    String role,
    @Schema(description = "The kind of entity where known: MEDIA for news outlets, GOVERNMENT_BODY, ...",
        example = "INTELLIGENCE_AGENCY") String entityKind,
    @Schema(description = "Ids of the entities this one is part of, nearest first (a city: its region, its country)")
    List<UUID> within) {

  static ResolvedMention of(EntityAnalysisService.StoredMention stored) {
    Mention m = stored.mention();
    return new ResolvedMention(m.start, m.end, m.text, stored.entity().id, stored.entity().name,
        stored.entity().type, m.resolution, m.confidence, m.sentenceIndex, m.role, stored.entity().kind,
        stored.within());
  }
}
