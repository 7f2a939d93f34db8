package org.annals.ingest.domain;

import java.util.UUID;

/**
 * The outcome of submitting one article: a new article (perhaps a near-duplicate of a stored one), or
 * the stored article the same text already is.
 */
public record Submission(Article article, boolean created, UUID duplicateOf, UUID nearDuplicateOf,
    Double similarity) {}
