package org.annals.timeline.domain;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Which stories become one when an event is linked to others, and which of them stays. */
final class StoryMerge {

  private StoryMerge() {}

  /** The stories the event and the events linked to it are in, its own first: all of them merge. */
  static Set<UUID> merged(Event event, List<Event> linked) {
    Set<UUID> stories = new LinkedHashSet<>();
    if (event.storyId != null) {
      stories.add(event.storyId);
    }
    for (Event other : linked) {
      if (other.storyId != null) {
        stories.add(other.storyId);
      }
    }
    return stories;
  }

  /**
   * The story the merged ones become: the oldest, so that a story that grows keeps its id (and the
   * links readers keep to it); the first of the oldest on a tie. None when there is no story yet.
   */
  static Optional<Story> survivor(List<Story> stories) {
    return stories.stream().min(Comparator.comparing((Story s) -> s.createdAt));
  }
}
