package org.annals.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.annals.client.ApiException;
import org.annals.client.api.EntitiesApi;
import org.annals.client.api.EventsApi;
import org.annals.client.model.Entity;
import org.annals.client.model.EventDetail;
import org.annals.client.model.EventItem;
import org.annals.client.model.EventSource;
import org.annals.client.model.Participant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sample articles (samples/), sent with {@code ./annals ingest} as a user would, read back through
 * the generated client and checked for what they mean: who the entities are, what happened when, and
 * which articles say so.
 */
@ExtendWith(AnnalsStack.class)
class SamplesIT {

  private static final Map<String, String> ARTICLES = new HashMap<>();

  @BeforeAll
  static void ingestTheSamples() {
    AnnalsStack.Run ingest = AnnalsStack.launcher("ingest", "samples");
    assertEquals(0, ingest.exitCode(), ingest.output());
    assertTrue(ingest.output().contains("processing: 10/10 done"), ingest.output());
    for (JsonNode article : Census.all("/api/v1/articles?limit=200")) {
      ARTICLES.put(article.path("title").asText(), article.path("id").asText());
    }
    awaitPlacements();
  }

  /**
   * Undated articles are placed in time in the background, after their pipeline is done: the time
   * expressions aligned on a placed day stop growing in number once the queue is drained (it is looked
   * at every 2 s).
   */
  private static void awaitPlacements() {
    List<Long> seen = new java.util.ArrayList<>();
    Poll.until(java.time.Duration.ofMinutes(1), "placements settled", () -> {
      long aligned = 0;
      for (String id : ARTICLES.values()) {
        for (JsonNode timex : Http.get("/api/v1/timexes?article=" + id, Tokens.of("reader")).json()) {
          aligned += "ALIGNED".equals(timex.path("anchoring").asText()) ? 1 : 0;
        }
      }
      seen.add(aligned);
      return seen.size() >= 8 && seen.subList(seen.size() - 8, seen.size()).stream().distinct().count() == 1;
    }, settled -> settled);
  }

  /** The id of the sample whose headline starts so. */
  private static String article(String headline) {
    return ARTICLES.entrySet().stream().filter(e -> e.getKey().startsWith(headline)).map(Map.Entry::getValue)
        .findFirst().orElseThrow(() -> new AssertionError("no article headed '" + headline + "' in " + ARTICLES.keySet()));
  }

  @Test
  void theEntitiesAreTheRightOnesWithTheRightTypes() throws ApiException {
    Map<String, String> expected = Map.of("Iran", "COUNTRY", "Israel", "COUNTRY", "Isfahan", "CITY", "Mossad",
        "ORGANIZATION", "Wagner Group", "ORGANIZATION", "Yevgeny Prigozhin", "PERSON", "Rostov-on-Don", "CITY",
        "Vladimir Putin", "PERSON", "Alexander Lukashenko", "PERSON", "Dmitry Peskov", "PERSON");
    for (Map.Entry<String, String> e : expected.entrySet()) {
      Entity entity = entity(e.getKey());
      assertEquals(e.getValue(), entity.getType(), e.getKey());
      assertTrue(entity.getMentionCount() > 0, e.getKey() + " is mentioned");
    }
    assertEquals("INTELLIGENCE_AGENCY", entity("Mossad").getKind());
    assertEquals("Iran", entity("Isfahan").getPartOf().getName());
    // Full name, surname alone, "the Wagner chief": one person across the stories' articles.
    assertTrue(entity("Yevgeny Prigozhin").getArticleCount() >= 6, "Prigozhin in most Wagner articles: "
        + entity("Yevgeny Prigozhin").getArticleCount());
    Set<String> names = Census.all("/api/v1/entities?limit=200").stream()
        .filter(e -> e.path("mentionCount").asLong() > 0).map(e -> e.path("name").asText()).collect(Collectors.toSet());
    assertTrue(names.stream().noneMatch(n -> n.contains("\n")), "no name runs across a paragraph: " + names);
  }

  @Test
  void theRostovSeizureIsDatedFromTheWireAndPlacesTheUndatedAnalysis() throws ApiException {
    EventDetail seizure = only(events("SEIZURE", "Rostov-on-Don"));
    assertEquals(LocalDate.parse("2023-06-24"), seizure.getDate().getStart());
    assertEquals(LocalDate.parse("2023-06-24"), seizure.getDate().getEnd());
    assertTrue(has(seizure, "Wagner Group", Participant.RoleEnum.ACTOR), seizure.getParticipants().toString());
    Map<String, List<EventSource>> byArticle = seizure.getSources().stream()
        .collect(Collectors.groupingBy(s -> s.getArticleId().toString()));
    String wire = article("Wagner fighters take over army headquarters");
    String analysis = article("A mutiny that lasted a day");
    assertTrue(byArticle.containsKey(wire), "the dated wire reports it: " + byArticle.keySet());
    assertTrue(byArticle.containsKey(analysis), "the undated analysis reports it: " + byArticle.keySet());
    // The analysis has no date of its own: its "Saturday" was placed by the matching dated wire.
    assertTrue(byArticle.get(analysis).stream().anyMatch(s -> s.getDate() != null
        && "ALIGNED".equals(s.getDate().getOrigin()) && LocalDate.parse("2023-06-24").equals(s.getDate().getStart())),
        byArticle.get(analysis).toString());
  }

  @Test
  void theIsfahanDroneAttackIsOnSaturday28JanuaryWithIranAsTarget() throws ApiException {
    String wire = article("Explosion at Iranian military plant in Isfahan");
    List<EventDetail> attacks = events("ATTACK", "Isfahan");
    assertTrue(attacks.stream().anyMatch(a -> LocalDate.parse("2023-01-28").equals(a.getDate().getStart())
        && "DAY".equals(a.getDate().getGranularity().getValue())
        && has(a, "Iran", Participant.RoleEnum.TARGET)
        && a.getSources().stream().anyMatch(s -> s.getArticleId().toString().equals(wire))),
        "the wire's 'late on Saturday', read against its date (Sunday 29 January): " + attacks);
    assertTrue(attacks.stream().anyMatch(a -> has(a, "Mossad", Participant.RoleEnum.ACTOR)),
        "the officials point to the Mossad: " + attacks);
    for (EventDetail attack : attacks) {
      assertFalse(attack.getDate().getStart() != null && attack.getDate().getStart().isAfter(LocalDate.parse("2023-02-02")),
          "no report dates the attack after the last article: " + attack.getDate());
    }
  }

  @Test
  void theLauncherPrintsTimelinesAndEntities() {
    AnnalsStack.Run timeline = AnnalsStack.launcher("timeline", "Wagner");
    assertEquals(0, timeline.exitCode(), timeline.output());
    assertTrue(timeline.output().startsWith("Timeline of Wagner Group (ORGANIZATION)"), timeline.output());
    assertTrue(timeline.output().lines().anyMatch(l -> l.contains("2023-06-24") && l.contains("Seizure")),
        timeline.output());
    AnnalsStack.Run entities = AnnalsStack.launcher("entities", "prig");
    assertEquals(0, entities.exitCode(), entities.output());
    assertTrue(entities.output().lines().anyMatch(l -> l.contains("Yevgeny Prigozhin") && l.contains("PERSON")),
        entities.output());
    AnnalsStack.Run nobody = AnnalsStack.launcher("timeline", "Nobody Anywhere");
    assertEquals(1, nobody.exitCode(), nobody.output());
    assertTrue(nobody.output().contains("no entity named \"Nobody Anywhere\""), nobody.output());
  }

  /**
   * Every report of the Isfahan attack is one event, the analysis that names no place included; the jet
   * crashed on Wednesday 23 August in the Tver region, as three articles say, one of them undated; the
   * mutiny was in June, not on the day of the crash report.
   */
  @Test
  void everyReportOfAnEventJoinsItOnItsDay() throws ApiException {
    List<EventDetail> attacks = events("ATTACK", "Isfahan");
    assertEquals(1, attacks.size(), attacks.toString());
    assertEquals(LocalDate.parse("2023-01-28"), attacks.get(0).getDate().getStart());
    Set<String> sources = attacks.get(0).getSources().stream().map(s -> s.getArticleId().toString())
        .collect(Collectors.toSet());
    assertTrue(sources.containsAll(List.of(article("Explosion at Iranian military plant"),
        article("US officials point to Israel's Mossad"), article("Why Isfahan matters"))), sources.toString());

    List<EventDetail> crashes = events("CRASH", null).stream()
        .filter(c -> LocalDate.parse("2023-08-23").equals(c.getDate().getStart())).toList();
    assertEquals(1, crashes.size(), crashes.toString());
    assertEquals("Tver", crashes.get(0).getLocation().getName());
    // The undated report is placed by the Kremlin's Friday denial, and its "plane crash" is this crash.
    assertTrue(crashes.get(0).getSources().stream().map(s -> s.getArticleId().toString()).collect(Collectors.toSet())
        .containsAll(List.of(article("Wagner chief listed among passengers"), article("Kremlin calls talk of a role"),
            article("Kremlin rejects claims"))), crashes.get(0).getSources().toString());
    for (EventDetail mutiny : events("REBELLION", null)) {
      assertFalse(mutiny.getDate().getStart() != null && mutiny.getDate().getStart().getMonthValue() != 6,
          "the mutiny was in June 2023: " + mutiny.getDate());
    }
  }

  private static Entity entity(String name) throws ApiException {
    EntitiesApi entities = new EntitiesApi(Clients.as("reader"));
    String id = entities.listEntities(null, 50, name, null).getItems().stream()
        .filter(e -> e.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity named " + name)).getId().toString();
    return entities.getEntity(id);
  }

  /** The events of a kind (in a place, when given), in detail. */
  private static List<EventDetail> events(String kind, String place) throws ApiException {
    EventsApi events = new EventsApi(Clients.as("reader"));
    List<EventItem> items = events.listEvents(null, null, null, null, kind, 200, null, null).getItems();
    List<EventDetail> details = new java.util.ArrayList<>();
    for (EventItem item : items) {
      if (place == null || item.getLocation() != null && place.equals(item.getLocation().getName())) {
        details.add(events.getEvent(item.getId().toString()));
      }
    }
    return details;
  }

  private static EventDetail only(List<EventDetail> events) {
    assertEquals(1, events.size(), events.toString());
    return events.get(0);
  }

  private static boolean has(EventDetail event, String name, Participant.RoleEnum role) {
    return event.getParticipants().stream().anyMatch(p -> name.equals(p.getEntity().getName()) && p.getRole() == role);
  }
}
