package org.annals.timeline.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which stories merge when events are linked, and which survives, on events and stories made up here. */
class StoryMergeTest {

  private static final Instant NOON = Instant.parse("2024-03-09T12:00:00Z");

  private static Event inStory(UUID story) {
    Event event = new Event();
    event.id = UUID.randomUUID();
    event.storyId = story;
    return event;
  }

  private static Story story(Instant createdAt) {
    Story story = new Story();
    story.id = UUID.randomUUID();
    story.createdAt = createdAt;
    return story;
  }

  @Test
  void theEventsOwnStoryAndEveryStoryOfItsLinkedEventsMergeOnce() {
    UUID own = UUID.randomUUID();
    UUID other = UUID.randomUUID();
    UUID third = UUID.randomUUID();
    assertEquals(List.of(own, other, third), List.copyOf(StoryMerge.merged(inStory(own),
        List.of(inStory(other), inStory(null), inStory(own), inStory(third), inStory(other)))));
  }

  @Test
  void anEventInNoStoryJoinsItsLinkedEventsStories() {
    UUID other = UUID.randomUUID();
    assertEquals(List.of(other), List.copyOf(StoryMerge.merged(inStory(null), List.of(inStory(other)))));
    assertEquals(List.of(), List.copyOf(StoryMerge.merged(inStory(null), List.of(inStory(null)))));
  }

  @Test
  void theOldestStorySurvivesWhereverItIsListed() {
    Story oldest = story(NOON.minusSeconds(3600));
    List<Story> stories = List.of(story(NOON), oldest, story(NOON.minusSeconds(60)));
    assertEquals(Optional.of(oldest), StoryMerge.survivor(stories));
    assertEquals(Optional.of(oldest), StoryMerge.survivor(List.of(stories.get(2), stories.get(0), oldest)));
  }

  @Test
  void ofStoriesStartedTogetherTheFirstSurvivesAndWithoutAStoryNone() {
    Story first = story(NOON);
    assertEquals(Optional.of(first), StoryMerge.survivor(List.of(first, story(NOON))));
    assertEquals(Optional.empty(), StoryMerge.survivor(List.of()));
  }
}
