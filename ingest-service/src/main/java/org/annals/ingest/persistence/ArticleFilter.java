package org.annals.ingest.persistence;

import java.time.LocalDate;
import org.annals.ingest.domain.ArticleStatus;

/** Filters of the article listing; null means "any". */
public record ArticleFilter(String source, LocalDate publishedFrom, LocalDate publishedTo, ArticleStatus status,
    String language, String query) {}
