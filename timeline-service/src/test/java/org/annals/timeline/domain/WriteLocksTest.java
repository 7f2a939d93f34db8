package org.annals.timeline.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.annals.timeline.event.Certainty;
import org.annals.timeline.event.EntityMention;
import org.annals.timeline.event.EventDate;
import org.annals.timeline.event.EventKind;
import org.annals.timeline.event.FoundEvent;
import org.annals.timeline.event.Role;
import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.Test;

/** What a write locks, and which failures mean it lost a race, on events made up for the test. */
class WriteLocksTest {

  private static final UUID COUNTRY = UUID.randomUUID();
  private static final EntityMention TOWN = mention("Marrow", "CITY", List.of(COUNTRY));
  private static final EntityMention OTHER_TOWN = mention("Kessel", "CITY", List.of(COUNTRY));
  private static final EntityMention FRONT = mention("Northern Front", "ORGANIZATION", List.of());
  private static final EntityMention FAR_TOWN = mention("Ostra", "CITY", List.of(UUID.randomUUID()));

  @Test
  void articlesAboutTheSamePlaceOrThePlacesItLiesInShareAKey() {
    Set<String> here = WriteLocks.keys(UUID.randomUUID(), List.of(attack(TOWN, List.of())), List.of(TOWN));
    Set<String> nearby = WriteLocks.keys(UUID.randomUUID(), List.of(attack(OTHER_TOWN, List.of())), List.of(OTHER_TOWN));
    assertFalse(Collections.disjoint(without(here), without(nearby)), here + " / " + nearby);
  }

  @Test
  void articlesAboutDifferentPlacesAndPartiesShareNoKey() {
    Set<String> here = WriteLocks.keys(UUID.randomUUID(), List.of(attack(TOWN, List.of(FRONT))), List.of(TOWN, FRONT));
    Set<String> there = WriteLocks.keys(UUID.randomUUID(), List.of(attack(FAR_TOWN, List.of())), List.of(FAR_TOWN));
    assertTrue(Collections.disjoint(here, there), here + " / " + there);
  }

  @Test
  void aMentionNamingNothingLocksTheSharedKeyAndWhatTheArticleNames() {
    Set<String> bare = WriteLocks.keys(UUID.randomUUID(), List.of(attack(null, List.of())), List.of(FRONT));
    assertTrue(bare.contains("bare"), bare.toString());
    assertTrue(bare.contains("entity:" + FRONT.entityId()), bare.toString());
    Set<String> placed = WriteLocks.keys(UUID.randomUUID(), List.of(attack(TOWN, List.of())), List.of(TOWN, FRONT));
    assertFalse(placed.contains("bare"), placed.toString());
  }

  @Test
  void aLostRaceIsToldFromOtherFailures() {
    assertTrue(ConflictRetry.isConflict(new RuntimeException(new StaleObjectStateException("Event", UUID.randomUUID()))));
    assertTrue(ConflictRetry.isConflict(new RuntimeException(new SQLException("deadlock detected", "40P01"))));
    assertFalse(ConflictRetry.isConflict(new RuntimeException(new SQLException("duplicate key", "23505"))));
    assertFalse(ConflictRetry.isConflict(new IllegalStateException("no")));
  }

  @Test
  void aWriteThatLostARaceRunsAgainAndOthersFailAtOnce() {
    int[] tries = {0};
    assertEquals("done", ConflictRetry.run("test", () -> {
      if (++tries[0] < 3) {
        throw new RuntimeException(new SQLException("deadlock detected", "40P01"));
      }
      return "done";
    }));
    assertEquals(3, tries[0]);
    int[] failures = {0};
    assertThrows(IllegalArgumentException.class, () -> ConflictRetry.run("test", () -> {
      failures[0]++;
      throw new IllegalArgumentException("bad");
    }));
    assertEquals(1, failures[0]);
  }

  private static Set<String> without(Set<String> keys) {
    return keys.stream().filter(k -> !k.startsWith("article:")).collect(java.util.stream.Collectors.toSet());
  }

  private static EntityMention mention(String name, String type, List<UUID> within) {
    return new EntityMention(0, name.length(), name, UUID.randomUUID(), name, type, null, within);
  }

  private static FoundEvent attack(EntityMention place, List<EntityMention> actors) {
    return new FoundEvent(EventKind.ATTACK, 0, 6, "attack", 0, 40, "An attack.", Certainty.ASSERTED, null, null,
        EventDate.NONE, place, actors.stream().map(a -> new FoundEvent.Participant(a, Role.ACTOR, Certainty.ASSERTED))
            .toList(), -1, false);
  }
}
