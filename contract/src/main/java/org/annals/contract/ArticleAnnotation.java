package org.annals.contract;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The platform's one linguistic analysis of an article, in a named and versioned format
 * (docs/internal-contracts.md): tokens with offsets, sentences, parts of speech, lemmas, entity tags and
 * the dependency parse.
 */
@Schema(name = "ArticleAnnotation", description = "The article's tokens, sentences, tags, lemmas, entity tags and "
    + "dependency parse, as one encoded message")
public record ArticleAnnotation(
    @Schema(description = "The encoding", example = "corenlp-protobuf+gzip", required = true) String format,
    @Schema(description = "The version of the format; a reader refuses any it does not know", example = "1",
        required = true) int version,
    @Schema(description = "The message, base64", required = true) String data) {}
