package org.annals.ingest.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ArticlePage", description = "A page of articles, newest first.")
public record ArticlePage(
    List<ArticleView> items,
    @Schema(description = "Pass as cursor to get the next page; absent on the last page") String nextCursor) {}
