package org.annals.timeline.event;

import java.util.Optional;

/**
 * Whom a sentence gives an event to: the speaker or source who says it, the outlet it cites, how
 * surely the reporting words present it, and whether any of them denies it.
 */
record Attribution(Optional<EntityMention> claimant, Optional<String> outlet, Optional<Certainty> says,
    boolean denying) {}
