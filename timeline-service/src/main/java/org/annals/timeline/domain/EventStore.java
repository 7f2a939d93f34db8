package org.annals.timeline.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.annals.timeline.event.Certainty;
import org.annals.timeline.event.FoundEvent;

/**
 * Keeps events consistent with their evidence. An article's mentions replace what it said before and
 * join the known events they fit or start new ones ({@link EventMerger}); every event touched is then
 * derived again from its evidence ({@link EventDerivation}) and grouped into stories
 * ({@link StoryGrouping}); undated articles whose events now have a dated report can be placed in time
 * ({@link ArticlePlacements}).
 *
 * <p>Callers run this inside a transaction that holds the article's {@link WriteLocks}: two articles
 * about one event, analysed at once, must not each start it.
 */
@ApplicationScoped
public class EventStore {

  private final EventMerger merger;
  private final EventDerivation derivation;
  private final StoryGrouping stories;
  private final ArticlePlacements placements;

  public EventStore(EventMerger merger, EventDerivation derivation, StoryGrouping stories,
      ArticlePlacements placements) {
    this.merger = merger;
    this.derivation = derivation;
    this.stories = stories;
    this.placements = placements;
  }

  /** An undated article to analyse again, anchored on the day one of its events placed it. */
  public record PlacementDue(UUID articleId, LocalDate placedDate, UUID byEvent) {}

  /**
   * Replaces the article's evidence with {@code found}; {@code named} are the entities the article
   * names anywhere. Answers how many events the article now gives evidence for.
   */
  public int replace(KnownArticle article, List<FoundEvent> found, Set<UUID> named) {
    EventMerger.Merge merge = merger.replace(article, found, named);
    settle(merge.touched());
    return merge.events();
  }

  /** Removes an article's evidence; events left without any disappear. */
  public void remove(UUID articleId) {
    settle(merger.remove(articleId));
  }

  /**
   * Undated articles (the given one included) with evidence in an event that a report from another
   * article dates to the day: they can now be placed in time.
   */
  public List<PlacementDue> placementsDue(UUID articleId) {
    return placements.due(articleId);
  }

  /** The strongest claim among the reports; denied only when every report denies it. */
  public static Certainty strongest(List<Certainty> certainties) {
    return DerivedEvent.strongest(certainties);
  }

  private void settle(Set<UUID> touched) {
    // Noted before derivation deletes any event, so that the stories such events leave are retitled too.
    Set<UUID> former = stories.storiesOf(touched);
    touched.forEach(derivation::derive);
    stories.group(touched, former);
  }
}
