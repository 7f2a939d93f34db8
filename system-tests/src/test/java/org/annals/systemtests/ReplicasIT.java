package org.annals.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two timeline-service replicas on one database: concurrent reports of one event, shared out between
 * them, make one event with every report as a source; nothing is duplicated, nothing lost. The second
 * replica is the same jar started beside the launcher's, pointed at the first one's PostgreSQL.
 */
@ExtendWith(AnnalsStack.class)
class ReplicasIT {

  private static final int TIMELINE = AnnalsStack.GATEWAY_PORT + 3;
  private static final int SECOND = AnnalsStack.GATEWAY_PORT + 13;
  private static final int ENTITY = AnnalsStack.GATEWAY_PORT + 2;
  /** Far from every other test's days, so that only this test's reports can meet here. */
  private static final String DAY = "1994-05-17";
  private static final List<String> OUTLETS = List.of("the Gazette", "the Herald", "the Courier", "the Tribune",
      "the Observer", "the Chronicle", "the Sentinel", "the Examiner");

  private static Process second;

  @BeforeAll
  static void startSecondReplica() throws IOException {
    Path log = AnnalsStack.dataDir().resolve("logs").resolve("timeline-2.log");
    Files.createDirectories(log.getParent());
    second = new ProcessBuilder("java", "-Xmx700m",
        "-Dquarkus.http.port=" + SECOND, "-Dquarkus.management.port=" + (SECOND + 1000),
        "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://localhost:" + timelineDatabasePort() + "/annals_timeline",
        "-Dquarkus.datasource.username=postgres", "-Dquarkus.datasource.password=postgres",
        "-Dquarkus.oidc.auth-server-url=" + AnnalsStack.keycloakUrl() + "/realms/annals",
        "-jar", AnnalsStack.root().resolve("timeline-service/target/quarkus-app/quarkus-run.jar").toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    Poll.until(Duration.ofMinutes(3), "the second timeline-service ready",
        () -> ready("http://localhost:" + SECOND + "/q/health/ready"), ok -> ok);
  }

  @AfterAll
  static void stopSecondReplica() throws InterruptedException {
    if (second != null) {
      second.destroy();
      second.waitFor();
    }
  }

  @Test
  void concurrentReportsOfOneEventOnTwoReplicasMakeOneEventWithEverySource() throws Exception {
    List<UUID> articles = new ArrayList<>();
    List<ObjectNode> bodies = new ArrayList<>();
    for (String outlet : OUTLETS) {
      String text = "Gunmen attack police post in Gaborone\n"
          + "Gunmen attacked a police post in Gaborone on Monday, " + outlet + " reported.";
      UUID article = UUID.randomUUID();
      JsonNode analysis = analyse(article, text);
      ObjectNode body = Http.JSON.createObjectNode().put("text", text).put("title", "Police post attacked")
          .put("source", outlet).put("publishedAt", DAY).put("publishedGranularity", "DAY");
      body.set("mentions", analysis.path("mentions"));
      body.set("annotation", analysis.path("annotation"));
      articles.add(article);
      bodies.add(body);
    }
    String city = StreamSupport.stream(bodies.get(0).path("mentions").spliterator(), false)
        .filter(m -> m.path("entityName").asText().equals("Gaborone")).findFirst()
        .orElseThrow(() -> new AssertionError("Gaborone not resolved: " + bodies.get(0).path("mentions")))
        .path("entityId").asText();

    ExecutorService pool = Executors.newFixedThreadPool(articles.size());
    try {
      List<Future<Http.Answer>> answers = new ArrayList<>();
      for (int i = 0; i < articles.size(); i++) {
        int port = i % 2 == 0 ? TIMELINE : SECOND;
        String url = "http://localhost:" + port + "/internal/v1/articles/" + articles.get(i);
        byte[] body = Http.JSON.writeValueAsBytes(bodies.get(i));
        answers.add(pool.submit(() -> Http.send(Http.request(url, Tokens.service())
            .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofByteArray(body)))));
      }
      for (Future<Http.Answer> answer : answers) {
        assertEquals(200, answer.get().status(), answer.get().toString());
      }
    } finally {
      pool.shutdown();
    }

    for (int port : List.of(TIMELINE, SECOND)) {
      Http.Answer events = Http.get("http://localhost:" + port + "/api/v1/events?entity=" + city + "&kind=ATTACK"
          + "&from=" + DAY.substring(0, 8) + "01&to=" + DAY, Tokens.of("reader"));
      assertEquals(200, events.status(), events.toString());
      JsonNode items = events.json().path("items");
      assertEquals(1, items.size(), "one attack, seen alike from replica " + port + ": " + events);
      assertEquals(articles.size(), items.get(0).path("articleCount").asInt(), events.toString());
      Http.Answer event = Http.get("http://localhost:" + port + "/api/v1/events/" + items.get(0).path("id").asText(),
          Tokens.of("reader"));
      Set<String> sources = new HashSet<>();
      event.json().path("sources").forEach(s -> sources.add(s.path("articleId").asText()));
      assertEquals(articles.stream().map(UUID::toString).collect(java.util.stream.Collectors.toSet()), sources,
          event.toString());
    }
  }

  private static JsonNode analyse(UUID article, String text) throws IOException {
    byte[] body = Http.JSON.writeValueAsBytes(Http.JSON.createObjectNode().put("text", text).put("language", "en"));
    Http.Answer answer = Http.send(Http.request("http://localhost:" + ENTITY + "/internal/v1/articles/" + article
        + "/analysis", Tokens.service()).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    assertEquals(200, answer.status(), answer.toString());
    assertTrue(answer.json().path("annotation").has("data"), answer.toString());
    return answer.json();
  }

  /** The port the launcher's timeline-service started its embedded PostgreSQL on (postmaster.pid, line 4). */
  private static int timelineDatabasePort() throws IOException {
    List<String> lines = Files.readAllLines(AnnalsStack.dataDir().resolve("timeline/postgres/postmaster.pid"));
    return Integer.parseInt(lines.get(3).strip());
  }

  private static boolean ready(String url) {
    try {
      return Http.get(url, null).status() == 200;
    } catch (AssertionError notYet) {
      return false;
    }
  }
}
