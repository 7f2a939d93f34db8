package org.annals.ingest.pipeline;

import static org.annals.ingest.support.DownstreamStub.Behaviour.DOWN;
import static org.annals.ingest.support.DownstreamStub.Behaviour.FAIL_422;
import static org.annals.ingest.support.DownstreamStub.Behaviour.NORMAL;
import static org.annals.ingest.support.DownstreamStub.Behaviour.NO_MENTIONS;
import static org.annals.ingest.support.DownstreamStub.Behaviour.SLOW;
import static org.annals.ingest.support.DownstreamStub.Service.ENTITY;
import static org.annals.ingest.support.DownstreamStub.Service.TIMELINE;
import static org.annals.ingest.support.TestSupport.ARTICLES;
import static org.annals.ingest.support.TestSupport.api;
import static org.annals.ingest.support.TestSupport.article;
import static org.annals.ingest.support.TestSupport.await;
import static org.annals.ingest.support.TestSupport.awaitStatus;
import static org.annals.ingest.support.TestSupport.jsonArticle;
import static org.annals.ingest.support.TestSupport.marker;
import static org.annals.ingest.support.TestSupport.newsReport;
import static org.annals.ingest.support.TestSupport.pause;
import static org.annals.ingest.support.TestSupport.requestId;
import static org.annals.ingest.support.TestSupport.step;
import static org.annals.ingest.support.TestSupport.submitJson;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.annals.common.security.Roles;
import org.annals.ingest.support.DownstreamStub;
import org.annals.ingest.support.DownstreamStub.Call;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox dispatcher against stub downstream services (see {@link DownstreamStub}); the test profile
 * retries quickly (backoff 0.1-0.5 s), gives up after 3 failures and times calls out after 1.5 s.
 */
@QuarkusTest
@TestSecurity(user = "tester", roles = {Roles.READER, Roles.EDITOR, Roles.ADMIN, Roles.SERVICE})
class PipelineDispatcherTest {

  /** Generous: an open circuit breaker (5 s) left by an earlier failure scenario may delay a recovery. */
  private static final Duration ANALYSED = Duration.ofSeconds(30);

  @AfterEach
  void restoreServices() {
    DownstreamStub.behave(NORMAL);
  }

  @Test
  void articleIsAnalysedByBothServicesWithTheSubmittersRequestId() {
    String requestId = requestId("dispatch");
    Response submitted = api().header("X-Request-Id", requestId).contentType("application/json")
        .body(jsonArticle(newsReport(marker()), "publishedAt", "2023-01-31", "source", "Northgate Echo",
            "title", "Water restored in Northgate"))
        .post(ARTICLES);
    assertEquals(202, submitted.statusCode(), submitted.asString());
    UUID id = UUID.fromString(submitted.jsonPath().getString("id"));

    JsonPath done = awaitStatus(id, "DONE", ANALYSED);

    Map<String, Object> entities = step(done, "ENTITIES");
    Map<String, Object> timeline = step(done, "TIMELINE");
    List<Call> entityCalls = DownstreamStub.calls(id, ENTITY, "PUT");
    List<Call> timelineCalls = DownstreamStub.calls(id, TIMELINE, "PUT");
    assertAll(
        () -> assertEquals("DONE", entities.get("status")),
        () -> assertEquals(DownstreamStub.mentionsFor(id).size() + " mentions", entities.get("result")),
        () -> assertEquals(1, entities.get("attempts")),
        () -> assertNull(entities.get("lastError")),
        () -> assertEquals("DONE", timeline.get("status")),
        () -> assertEquals(DownstreamStub.eventsFor(id) + " events", timeline.get("result")),
        () -> assertEquals(1, entityCalls.size(), "entity-service calls"),
        () -> assertEquals(1, timelineCalls.size(), "timeline-service calls"));

    Call analysis = entityCalls.get(0);
    Call events = timelineCalls.get(0);
    assertAll(
        () -> assertEquals(done.getString("text"), analysis.body().path("text").asText()),
        () -> assertEquals("en", analysis.body().path("language").asText()),
        () -> assertEquals(Set.of("text", "language"), fieldsOf(analysis.body())),
        () -> assertEquals(DownstreamStub.mentionsFor(id), events.body().path("mentions")),
        () -> assertEquals(DownstreamStub.annotationFor(id), events.body().path("annotation")),
        () -> assertEquals("2023-01-31", events.body().path("publishedAt").asText()),
        () -> assertEquals("DAY", events.body().path("publishedGranularity").asText()),
        () -> assertEquals(done.getString("text"), events.body().path("text").asText()),
        () -> assertEquals("Water restored in Northgate", events.body().path("title").asText()),
        () -> assertEquals("Northgate Echo", events.body().path("source").asText()),
        () -> assertEquals(requestId, analysis.requestId(), "X-Request-Id at entity-service"),
        () -> assertEquals(requestId, events.requestId(), "X-Request-Id at timeline-service"));
  }

  @Test
  void articlesWaitWhileServicesAreDownAndAreAnalysedOnceWhenTheyReturn() {
    DownstreamStub.behave(DOWN);
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(submitJson(jsonArticle(newsReport(marker()))));
    }

    pause(Duration.ofSeconds(3));

    for (UUID id : ids) {
      // PENDING is where an article rests between tries; PROCESSING shows only during a try.
      JsonPath waiting = awaitStatus(id, "PENDING", Duration.ofSeconds(3));
      Map<String, Object> entities = step(waiting, "ENTITIES");
      Map<String, Object> timeline = step(waiting, "TIMELINE");
      assertAll("article " + id,
          () -> assertEquals("PENDING", entities.get("status")),
          () -> assertTrue(String.valueOf(entities.get("lastError")).contains("entity-service"),
              "lastError: " + entities.get("lastError")),
          () -> assertEquals("PENDING", timeline.get("status")),
          () -> assertEquals(0, timeline.get("attempts")),
          () -> assertTrue(DownstreamStub.calls(id, TIMELINE, "PUT").isEmpty()));
    }

    DownstreamStub.behave(NORMAL);

    for (UUID id : ids) {
      awaitStatus(id, "DONE", ANALYSED);
    }
    for (UUID id : ids) {
      List<Call> timelineCalls = DownstreamStub.calls(id, TIMELINE, "PUT");
      List<Call> entityAnswers = DownstreamStub.calls(id, ENTITY, "PUT").stream()
          .filter(c -> c.answeredAs() == NORMAL).toList();
      assertAll("article " + id,
          () -> assertEquals(1, timelineCalls.size(), "timeline-service analyses"),
          () -> assertEquals(NORMAL, timelineCalls.get(0).answeredAs()),
          () -> assertEquals(1, entityAnswers.size(), "entity-service analyses answered"));
    }
    // docs/internal-contracts.md: an undated article goes out with a null date of granularity NONE.
    Call undated = DownstreamStub.calls(ids.get(0), TIMELINE, "PUT").get(0);
    assertTrue(undated.body().path("publishedAt").isNull(), undated.body().toString());
    assertEquals("NONE", undated.body().path("publishedGranularity").asText());
  }

  @Test
  void timelineRetryReusesTheMentionsInsteadOfCallingEntityServiceAgain() {
    DownstreamStub.behave(TIMELINE, DOWN);
    UUID id = submitJson(jsonArticle(newsReport(marker()), "publishedAt", "2023-01"));

    await("timeline-service to be tried", Duration.ofSeconds(10), () -> DownstreamStub.calls(id, TIMELINE, "PUT"),
        calls -> calls.size() >= 2, Object::toString);
    JsonPath waiting = article(id);
    assertEquals("DONE", step(waiting, "ENTITIES").get("status"));
    assertTrue(String.valueOf(step(waiting, "TIMELINE").get("lastError")).contains("timeline-service"),
        waiting.prettify());

    DownstreamStub.behave(NORMAL);
    awaitStatus(id, "DONE", ANALYSED);

    List<Call> timelineCalls = DownstreamStub.calls(id, TIMELINE, "PUT");
    List<Call> entityCalls = DownstreamStub.calls(id, ENTITY, "PUT");
    Call last = timelineCalls.get(timelineCalls.size() - 1);
    assertAll(
        () -> assertEquals(1, entityCalls.size(), "entity-service analyses"),
        () -> assertEquals(DownstreamStub.mentionsFor(id), last.body().path("mentions")),
        () -> assertEquals(DownstreamStub.annotationFor(id), last.body().path("annotation")),
        // docs/internal-contracts.md: a month goes out as its first day, with granularity MONTH.
        () -> assertEquals("2023-01-01", last.body().path("publishedAt").asText()),
        () -> assertEquals("MONTH", last.body().path("publishedGranularity").asText()));
  }

  @Test
  void answerWithoutMentionsCountsAsFailure() {
    DownstreamStub.behave(ENTITY, NO_MENTIONS);
    UUID id = submitJson(jsonArticle(newsReport(marker())));

    JsonPath failed = awaitStatus(id, "FAILED", ANALYSED);

    Map<String, Object> entities = step(failed, "ENTITIES");
    assertEquals("FAILED", entities.get("status"));
    assertEquals(3, entities.get("attempts"));
    assertTrue(String.valueOf(entities.get("lastError")).contains("mentions"),
        "lastError: " + entities.get("lastError"));
    assertTrue(DownstreamStub.calls(id, TIMELINE, "PUT").isEmpty());
  }

  @Test
  void articleRejectedByEntityServiceFailsAfterMaxAttemptsAndCanBeReprocessed() {
    DownstreamStub.behave(FAIL_422);
    UUID id = submitJson(jsonArticle(newsReport(marker())));

    JsonPath failed = awaitStatus(id, "FAILED", ANALYSED);

    Map<String, Object> entities = step(failed, "ENTITIES");
    assertAll(
        () -> assertEquals("FAILED", entities.get("status")),
        () -> assertEquals(3, entities.get("attempts")),
        () -> assertTrue(String.valueOf(entities.get("lastError")).contains("422"),
            "lastError: " + entities.get("lastError")),
        () -> assertEquals("PENDING", step(failed, "TIMELINE").get("status")));
    pause(Duration.ofSeconds(1));
    assertEquals(3, DownstreamStub.calls(id, ENTITY, "PUT").size(), "a FAILED article is not tried again");

    DownstreamStub.behave(NORMAL);
    api().post(ARTICLES + "/" + id + "/reprocess").then().statusCode(202);

    JsonPath done = awaitStatus(id, "DONE", ANALYSED);
    assertNull(step(done, "ENTITIES").get("lastError"));
    assertEquals(1, DownstreamStub.calls(id, TIMELINE, "PUT").size());
  }

  @Test
  void slowServiceCountsAsFailureAndArticleCanBeReprocessed() {
    DownstreamStub.behave(SLOW);
    UUID id = submitJson(jsonArticle(newsReport(marker())));

    JsonPath failed = awaitStatus(id, "FAILED", ANALYSED);

    Map<String, Object> entities = step(failed, "ENTITIES");
    assertEquals("FAILED", entities.get("status"));
    assertEquals(3, entities.get("attempts"));
    assertTrue(String.valueOf(entities.get("lastError")).contains("entity-service"),
        "lastError: " + entities.get("lastError"));

    DownstreamStub.behave(NORMAL);
    api().post(ARTICLES + "/" + id + "/reprocess").then().statusCode(202);

    awaitStatus(id, "DONE", ANALYSED);
  }

  @Test
  void deletedArticleIsRemovedFromBothServices() {
    UUID id = submitJson(jsonArticle(newsReport(marker())));
    awaitStatus(id, "DONE", ANALYSED);
    String requestId = requestId("delete");

    api().header("X-Request-Id", requestId).delete(ARTICLES + "/" + id).then().statusCode(204);

    List<Call> entityDeletes = await("entity-service to get the deletion", ANALYSED,
        () -> DownstreamStub.calls(id, ENTITY, "DELETE"), calls -> !calls.isEmpty(), Object::toString);
    List<Call> timelineDeletes = await("timeline-service to get the deletion", ANALYSED,
        () -> DownstreamStub.calls(id, TIMELINE, "DELETE"), calls -> !calls.isEmpty(), Object::toString);
    assertEquals(requestId, entityDeletes.get(0).requestId());
    assertEquals(requestId, timelineDeletes.get(0).requestId());
    api().get(ARTICLES + "/" + id).then().statusCode(404);
  }

  private static Set<String> fieldsOf(com.fasterxml.jackson.databind.JsonNode object) {
    Set<String> names = new java.util.HashSet<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
