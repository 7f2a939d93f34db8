package org.annals.timeline.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.annals.timeline.domain.EventStore.PlacementDue;
import org.annals.timeline.event.EventKind;
import org.annals.timeline.event.Placement;

/** Finds the undated articles that an event dated by another article's report can place in time. */
@ApplicationScoped
public class ArticlePlacements {

  private static final Set<String> SUPPORTED_ORIGINS = Set.of("ABSOLUTE", "PUBLICATION_DATE", "ALIGNED");

  /**
   * Undated articles (the given one included) with evidence in an event that a report from another
   * article dates to the day: they can now be placed in time.
   */
  public List<PlacementDue> due(UUID articleId) {
    List<PlacementDue> due = new ArrayList<>();
    // In one query: an event told by hundreds of articles has few undated ones among them, and only
    // those are looked at further.
    List<KnownArticle> undated = KnownArticle.list("(id = ?1 or id in (select m.articleId from EventMention m"
        + " where m.eventId in (select own.eventId from EventMention own where own.articleId = ?1)))"
        + " and publishedGranularity <> 'DAY' and placedDate is null order by id", articleId);
    for (KnownArticle article : undated) {
      UUID candidate = article.id;
      anchorEvent(candidate).ifPresent(event -> {
        LocalDate placed = Placement.placedDate(event.dateStart, EventKind.valueOf(event.kind),
            weekdaysOf(candidate));
        if (fitsPublishedMonth(article, placed)) {
          due.add(new PlacementDue(candidate, placed, event.id));
        }
      });
    }
    return due;
  }

  private static boolean fitsPublishedMonth(KnownArticle article, LocalDate placed) {
    return !"MONTH".equals(article.publishedGranularity) || article.publishedDate == null
        || placed.getYear() == article.publishedDate.getYear() && placed.getMonth() == article.publishedDate.getMonth();
  }

  /** The event of this article that another article dates to the day, with the most evidence here. */
  private static Optional<Event> anchorEvent(UUID articleId) {
    Event best = null;
    long bestCount = 0;
    for (UUID id : EventMention.eventsOf(articleId)) {
      Event event = Event.findById(id);
      if (event == null || event.dateStart == null || !"DAY".equals(event.dateGranularity)) {
        continue;
      }
      List<EventMention> mentions = EventMention.list("eventId", id);
      boolean datedElsewhere = mentions.stream().anyMatch(m -> !m.articleId.equals(articleId) && m.dateStart != null
          && event.dateStart.equals(m.dateStart) && SUPPORTED_ORIGINS.contains(m.dateOrigin));
      long here = mentions.stream().filter(m -> m.articleId.equals(articleId)).count();
      if (datedElsewhere && here > bestCount) {
        best = event;
        bestCount = here;
      }
    }
    return Optional.ofNullable(best);
  }

  private static Set<DayOfWeek> weekdaysOf(UUID articleId) {
    Set<DayOfWeek> days = new HashSet<>();
    for (StoredTimex timex : StoredTimex.<StoredTimex>list("articleId", articleId)) {
      if (timex.value != null && timex.value.matches("XXXX-WXX-[1-7].*")) {
        days.add(DayOfWeek.of(timex.value.charAt(9) - '0'));
      }
    }
    return days;
  }
}
