package org.annals.entity.resolve;

/**
 * A mention found and resolved in one text: character span, entity, how and how surely it was
 * resolved, its sentence, and the role the text gives a person ("Pentagon spokesperson").
 */
public record FoundMention(int start, int end, String text, Target target, Resolution resolution, double confidence,
    int sentence, int sentenceStart, int sentenceEnd, String nerType, String role) {}
