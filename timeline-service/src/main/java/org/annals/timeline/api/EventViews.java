package org.annals.timeline.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The public shapes of events, their evidence, stories and timelines (schema version 1). */
public final class EventViews {

  private EventViews() {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "EventDate", description = "When an event happened, with how precisely and how it was known.")
  public record DateView(
      @Schema(description = "TIMEX3 value; X marks what is not known (XXXX-WXX-6: a Saturday of an article not yet"
          + " placed in time)", example = "2023-01-28") String value,
      @Schema(description = "First day the date covers (inclusive); absent when only its form is known",
          example = "2023-01-28") LocalDate start,
      @Schema(description = "Last day the date covers (inclusive)", example = "2023-01-28") LocalDate end,
      @Schema(enumeration = {"DAY", "WEEKEND", "WEEK", "MONTH", "QUARTER", "YEAR", "NONE"}, example = "DAY")
      String granularity,
      @Schema(description = "ABSOLUTE (the text states it), PUBLICATION_DATE (relative to the article's date), ALIGNED"
          + " (relative to the day an undated article was placed on by a matching dated report), UNANCHORED"
          + " (relative, article not placed), NONE (no date)", example = "PUBLICATION_DATE") String origin,
      @Schema(description = "The words that gave the date, for one source", example = "Saturday") String text) {}

  @Schema(name = "EntityRef", description = "A canonical entity of entity-service.")
  public record EntityRef(
      @Schema(example = "5b0c1f5e-8d8e-4c57-9a43-0f6a8d1f1b2c") UUID id,
      @Schema(example = "Mossad") String name,
      @Schema(example = "ORGANIZATION") String type) {}

  @Schema(name = "Participant", description = "An entity taking part in an event, over all its sources.")
  public record ParticipantView(
      EntityRef entity,
      @Schema(enumeration = {"ACTOR", "TARGET", "PARTICIPANT"}, example = "ACTOR") String role,
      @Schema(description = "The strongest way a source presents this participation; DENIED only when every source"
          + " that names it denies it", enumeration = {"ASSERTED", "REPORTED", "ALLEGED", "HYPOTHETICAL", "DENIED"},
          example = "ALLEGED") String certainty,
      @Schema(description = "How many articles name it so", example = "3") int articles) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "EventItem", description = "An event as listed: what, when, where, who, how surely, how reported.")
  public record EventItem(
      @Schema(example = "8a4f3c1e-2b7d-4e0a-9c55-1d2e3f4a5b6c") UUID id,
      @Schema(description = "Event kind (docs/event-ontology.md)", example = "ATTACK") String kind,
      @Schema(description = "CAMEO code of the kind, when it has one", example = "190") String cameo,
      @Schema(description = "One line made from what the sources agree on",
          example = "Drone attack on Iran in Isfahan; actor: Mossad (alleged), Israel (alleged)") String summary,
      DateView date,
      @Schema(enumeration = {"ASSERTED", "REPORTED", "ALLEGED", "HYPOTHETICAL", "DENIED"}, example = "REPORTED")
      String certainty,
      EntityRef location,
      List<ParticipantView> participants,
      @Schema(description = "Mentions of the event in articles", example = "12") int sourceCount,
      @Schema(description = "Distinct articles reporting it", example = "3") int articleCount,
      @Schema(description = "The story the event belongs to") UUID storyId) {}

  @Schema(name = "EventPage", description = "A page of events in time order (undated events last).")
  public record EventPage(List<EventItem> items,
      @Schema(description = "Pass as cursor for the next page; absent on the last page") String nextCursor) {}

  @Schema(name = "Trigger", description = "The words that signal an event in a sentence.")
  public record TriggerView(@Schema(example = "drone attack") String text,
      @Schema(description = "Start offset (UTF-16) into the article's stored text", example = "131") int start,
      @Schema(example = "143") int end) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "EventSource", description = "One mention of the event in one article, with what that source says.")
  public record SourceView(
      UUID articleId,
      @Schema(description = "The outlet: one the sentence names (\"according to The New York Times\"), else the"
          + " article's source", example = "The Wall Street Journal") String outlet,
      @Schema(example = "ATTACK") String kind,
      TriggerView trigger,
      @Schema(description = "The sentence, as stored") String sentence,
      @Schema(example = "120") int sentenceStart,
      @Schema(example = "260") int sentenceEnd,
      @Schema(enumeration = {"ASSERTED", "REPORTED", "ALLEGED", "HYPOTHETICAL", "DENIED"}, example = "REPORTED")
      String certainty,
      @Schema(description = "Who the sentence says it comes from (\"US officials said\")") EntityRef claimant,
      DateView date,
      EntityRef location,
      @Schema(description = "Participants as this source presents them") List<ParticipantView> participants) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "Claim", description = "What one source says of the event: reports attributed to someone, and"
      + " statements or denials about it. Contradictory claims stand side by side.")
  public record ClaimView(
      @Schema(description = "Who claims it; absent when the outlet says it in its own voice") EntityRef by,
      @Schema(example = "The Wall Street Journal") String outlet,
      @Schema(description = "The event's kind as this claim presents it, or the speech act (STATEMENT, DENIAL, ...)",
          example = "DENIAL") String kind,
      @Schema(enumeration = {"ASSERTED", "REPORTED", "ALLEGED", "HYPOTHETICAL", "DENIED"}, example = "ALLEGED")
      String certainty,
      @Schema(description = "The sentence that makes the claim") String text,
      UUID articleId,
      @Schema(description = "For a statement or denial about this event: that speech event's id") UUID eventId) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "EventDetail", description = "An event with all its sources and claims.")
  public record EventDetail(
      UUID id, String kind, String cameo, String summary, DateView date, String certainty, EntityRef location,
      List<ParticipantView> participants, int sourceCount, int articleCount, UUID storyId,
      @Schema(description = "For a statement, denial or other speech act: the event it is about") UUID aboutEventId,
      List<SourceView> sources,
      List<ClaimView> claims) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "StoryItem", description = "Related events: shared participants or place, close in time.")
  public record StoryItem(
      UUID id,
      @Schema(description = "The summary of its best-reported event") String title,
      @Schema(example = "7") int eventCount,
      @Schema(example = "3") int articleCount,
      @Schema(description = "First day of its earliest dated event", example = "2023-01-28") LocalDate from,
      @Schema(description = "Last day of its latest dated event", example = "2023-01-29") LocalDate to) {}

  @Schema(name = "StoryPage", description = "A page of stories, latest first.")
  public record StoryPage(List<StoryItem> items, String nextCursor) {}

  @Schema(name = "StoryDetail", description = "A story with its events in time order.")
  public record StoryDetail(StoryItem story, List<EventItem> events) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "TimelineEntry", description = "One event of an entity's timeline.")
  public record TimelineEntry(
      UUID eventId, DateView date, String kind,
      @Schema(description = "One line", example = "Drone attack on Iran in Isfahan; actor: Mossad (alleged)")
      String summary,
      @Schema(description = "The entity's part in the event: ACTOR, TARGET, PARTICIPANT, or LOCATION when it is"
          + " where the event took place", example = "ACTOR") String role,
      @Schema(description = "How surely the sources give the entity that part", example = "ALLEGED")
      String roleCertainty,
      @Schema(enumeration = {"ASSERTED", "REPORTED", "ALLEGED", "HYPOTHETICAL", "DENIED"}) String certainty,
      EntityRef location,
      List<ParticipantView> participants,
      @Schema(example = "12") int sourceCount,
      @Schema(example = "3") int articleCount) {}

  @Schema(name = "Timeline", description = "The events involving one entity, in time order (undated ones last).")
  public record Timeline(
      @Schema(description = "The entity; its name is absent when no event involves it") EntityRef entity,
      List<TimelineEntry> events,
      @Schema(description = "Pass as cursor for the next page; absent on the last page") String nextCursor) {}
}
