package org.annals.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.annals.client.ApiException;
import org.annals.client.api.ArticlesApi;
import org.annals.client.api.EntitiesApi;
import org.annals.client.api.EventsApi;
import org.annals.client.model.ArticleSubmission;
import org.annals.client.model.EntityMention;
import org.annals.client.model.EventSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An article an admin deletes leaves no trace: not in entities' mentions, not in events' sources. */
@ExtendWith(AnnalsStack.class)
class DeleteIT {

  @Test
  void aDeletedArticleDisappearsFromMentionsAndSources() throws ApiException {
    Reports.Report report = Reports.report(3, 0);
    String other = Reports.report(3, 1).text().replace(Reports.report(3, 1).person(), report.person())
        .replace(Reports.report(3, 1).surname(), report.surname());
    // Two articles name the person: deleting one must leave the other's mentions and sources alone.
    ArticlesApi articles = new ArticlesApi(Clients.as("editor"));
    String kept = articles.submitArticle(new ArticleSubmission().text(other.substring(other.indexOf('\n') + 1))
        .publishedAt("2024-04-03").source("Second Outlet")).getId().toString();
    String deleted = Pipeline.post(List.of(report)).get(0);
    Pipeline.awaitDone(List.of(kept, deleted), Duration.ofMinutes(3));

    EntitiesApi entities = new EntitiesApi(Clients.as("reader"));
    String person = entities.listEntities(null, 10, report.person(), "PERSON").getItems().stream()
        .filter(e -> report.person().equals(e.getName())).findFirst().orElseThrow().getId().toString();
    assertTrue(mentionedIn(entities, person).contains(deleted));
    List<String> events = Census.all("/api/v1/events?limit=200&article=" + deleted).stream()
        .map(e -> e.path("id").asText()).toList();
    assertFalse(events.isEmpty(), "the report's events are known");

    Http.Answer editorTries = Http.delete("/api/v1/articles/" + deleted, Tokens.of("editor"));
    assertEquals(403, editorTries.status(), editorTries.toString());
    new ArticlesApi(Clients.as("admin")).deleteArticle(deleted);

    assertEquals(404, Http.get("/api/v1/articles/" + deleted, Tokens.of("reader")).status());
    Poll.until(Duration.ofMinutes(2), "gone from the mentions", () -> mentionedIn(entities, person),
        articlesNamed -> !articlesNamed.contains(deleted));
    assertEquals(List.of(kept), mentionedIn(entities, person), "the other article's mentions stay");
    Poll.until(Duration.ofMinutes(1), "gone from the events", () -> Census.all("/api/v1/events?limit=200&article="
        + deleted), List::isEmpty);
    EventsApi eventsApi = new EventsApi(Clients.as("reader"));
    for (String id : events) {
      Http.Answer event = Http.get("/api/v1/events/" + id, Tokens.of("reader"));
      if (event.status() == 404) {
        continue;
      }
      assertEquals(200, event.status(), event.toString());
      List<String> sources = eventsApi.getEvent(id).getSources().stream().map(EventSource::getArticleId)
          .map(String::valueOf).toList();
      assertFalse(sources.contains(deleted), "event " + id + " still cites the deleted article: " + sources);
      assertFalse(sources.isEmpty(), "an event without sources is deleted, not kept empty");
    }
  }

  private static List<String> mentionedIn(EntitiesApi entities, String person) {
    try {
      return entities.listEntityMentions(person, null, 200).getItems().stream().map(EntityMention::getArticleId)
          .map(String::valueOf).distinct().toList();
    } catch (ApiException e) {
      throw new AssertionError("mentions of " + person + ": " + e.getCode() + " " + e.getResponseBody(), e);
    }
  }
}
