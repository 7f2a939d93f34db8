package org.annals.entity.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AnalysisResult", description = "Every mention found in the article, resolved to an entity.")
public record AnalysisResult(List<ResolvedMention> mentions) {}
