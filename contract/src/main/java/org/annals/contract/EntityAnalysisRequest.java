package org.annals.contract;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What entity-service is asked (PUT /internal/v1/articles/{id}/analysis). */
@Schema(name = "EntityAnalysisRequest", description = "An article's stored text, to read and resolve.")
public record EntityAnalysisRequest(
    @Schema(description = "The article's stored text; every offset answered refers to it", required = true)
    String text,
    @Schema(description = "ISO 639-1 code of the text's language; only en is read", example = "en") String language) {}
