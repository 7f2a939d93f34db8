package org.annals.ingest.domain;

/** An article checked and cleaned, ready to be stored: everything but its identity and status. */
public record ArticleDraft(
    SubmissionFormat format,
    String text,
    String title,
    String url,
    String source,
    PublicationDate publication,
    String language,
    LanguageOrigin languageOrigin,
    Double languageConfidence,
    int wordCount,
    String contentHash,
    int[] minHash) {}
