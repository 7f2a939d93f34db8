package org.annals.contract;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** entity-service's answer: the resolved mentions and the annotation they were found in. */
@Schema(name = "EntityAnalysis", description = "Every mention found in the article, resolved, and the article's "
    + "annotation for the services after this one")
public record EntityAnalysis(List<ResolvedMention> mentions, ArticleAnnotation annotation) {}
