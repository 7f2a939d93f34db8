package org.annals.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Services that go away while articles come in: nothing is lost, nothing is read twice, and the
 * pipeline catches up by itself when they are back.
 */
@ExtendWith(AnnalsStack.class)
class FaultsIT {

  private static final Duration CATCH_UP = Duration.ofMinutes(5);

  @AfterEach
  void everyServiceIsBack() {
    AnnalsStack.Run up = AnnalsStack.launcher("up", "entity", "timeline");
    assertEquals(0, up.exitCode(), up.output());
  }

  @Test
  void articlesWaitWhileEntityServiceIsDownAndAllAreDoneOnceItIsBack() {
    AnnalsStack.Run down = AnnalsStack.launcher("down", "entity");
    assertEquals(0, down.exitCode(), down.output());
    int before = Census.articles();
    List<Reports.Report> reports = IntStream.range(0, 20).mapToObj(n -> Reports.report(1, n)).toList();

    List<String> ids = Pipeline.post(reports);

    // The dispatcher has tried them all by now (it polls every second): they wait (one may be being
    // tried again at this moment), none failed, none is done.
    Poll.sleep(Duration.ofSeconds(8));
    Map<String, String> waiting = Pipeline.statuses(ids);
    assertEquals(20, Pipeline.count(waiting, "PENDING") + Pipeline.count(waiting, "PROCESSING"), waiting.toString());
    assertTrue(Pipeline.count(waiting, "PENDING") >= 16, waiting.toString());
    String lastError = Pipeline.article(ids.get(0)).path("steps").get(0).path("lastError").asText();
    assertTrue(lastError.contains("entity-service"), lastError);
    Http.Answer entities = Http.get("/api/v1/entities?limit=1", Tokens.of("reader"));
    assertEquals(503, entities.status(), "the gateway says entity-service is away: " + entities);
    assertTrue(entities.isProblem(), entities.toString());

    AnnalsStack.Run up = AnnalsStack.launcher("up", "entity");
    assertEquals(0, up.exitCode(), up.output());
    Pipeline.awaitDone(ids, CATCH_UP);

    assertEquals(before + 20, Census.articles(), "20 articles more, no fewer, no more");
    Pipeline.assertReadOnce(reports, ids);
  }

  @Test
  void timelineServiceKilledMidBatchLosesNothing() {
    int before = Census.articles();
    List<Reports.Report> reports = IntStream.range(0, 20).mapToObj(n -> Reports.report(2, n)).toList();

    List<String> ids = Pipeline.post(reports);
    // Kill it once the batch is under way: some articles through, most still to go.
    Poll.until(CATCH_UP, "under way", () -> Pipeline.statuses(ids), s -> Pipeline.count(s, "DONE") >= 1);
    long timeline = AnnalsStack.pid("timeline");
    ProcessHandle.of(timeline).ifPresent(ProcessHandle::destroyForcibly);
    Poll.until(Duration.ofSeconds(30), "killed", () -> ProcessHandle.of(timeline).map(ProcessHandle::isAlive)
        .orElse(false), alive -> !alive);
    Map<String, String> midway = Pipeline.statuses(ids);
    assertTrue(Pipeline.count(midway, "DONE") < 20, "the kill came in the middle of the batch: " + midway);

    AnnalsStack.Run up = AnnalsStack.launcher("up", "timeline");
    assertEquals(0, up.exitCode(), up.output());
    assertTrue(up.output().contains("leftover PostgreSQL"),
        "the killed JVM's database was found and stopped: " + up.output());
    Pipeline.awaitDone(ids, CATCH_UP);

    assertEquals(before + 20, Census.articles());
    Pipeline.assertReadOnce(reports, ids);
  }
}
