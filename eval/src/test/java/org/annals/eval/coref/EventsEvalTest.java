package org.annals.eval.coref;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.eval.api.Corpus;
import org.annals.eval.api.SystemEvents;
import org.annals.eval.report.JsonLines;
import org.annals.eval.text.TextAlignment;
import org.junit.jupiter.api.Test;

class EventsEvalTest {

  private static Map<String, Corpus.Analysed> storedAsGiven(JsonNode topic) {
    Map<String, Corpus.Analysed> analysed = new LinkedHashMap<>();
    for (JsonNode doc : topic.get("docs")) {
      String name = doc.get("doc").asText();
      String text = doc.get("text").asText();
      analysed.put(name, new Corpus.Analysed(new Corpus.Doc(name, text, null), "article-" + name, "DONE", text,
          TextAlignment.of(text, text), false));
    }
    return analysed;
  }

  private static SystemEvents.Mention at(String event, String doc, JsonNode topic, String word) {
    for (JsonNode d : topic.get("docs")) {
      if (d.get("doc").asText().equals(doc)) {
        int start = d.get("text").asText().indexOf(word);
        return new SystemEvents.Mention(event, "article-" + doc, start, start + word.length());
      }
    }
    throw new IllegalArgumentException(doc);
  }

  /**
   * The fixture's first topic: chains ATT {p1 attacked, p1 assault, p2 attack}, KILL {killed}, RES {p2
   * resigned, p3 resignation}, STORM {storm}. The system joins attacked and attack, leaves assault apart,
   * joins the resignations and has nothing on the storm.
   */
  @Test
  void goldMentionsArePartitionedByTheEventWhoseTriggerOverlapsThem() throws Exception {
    JsonNode topic = JsonLines.read(Path.of("src/test/resources/fixtures/events.jsonl")).get(0);
    SystemEvents system = SystemEvents.fromMentions(List.of(at("A", "p1", topic, "attacked"),
        at("A", "p2", topic, "attack"), at("B", "p1", topic, "assault"), at("C", "p1", topic, "killed"),
        at("D", "p2", topic, "resigned"), at("D", "p3", topic, "resignation"),
        at("E", "p3", topic, "coast")));

    EventsEval.TopicPartitions partitions = EventsEval.partitions("port", topic, storedAsGiven(topic), system);

    assertEquals(7, partitions.mentions());
    assertEquals(6, partitions.matched());
    assertEquals(7, partitions.systemMentions());
    assertEquals(Set.of(Set.of("port/p1/m1", "port/p1/m2", "port/p2/m1"), Set.of("port/p1/m3"),
        Set.of("port/p2/m2", "port/p3/m2"), Set.of("port/p3/m1")), Set.copyOf(partitions.key()));
    assertEquals(Set.of(Set.of("port/p1/m1", "port/p2/m1"), Set.of("port/p1/m2"), Set.of("port/p1/m3"),
        Set.of("port/p2/m2", "port/p3/m2"), Set.of("port/p3/m1")), Set.copyOf(partitions.response()));
    // Every mention text differs: the same-text baseline leaves all seven alone.
    assertEquals(7, partitions.sameText().size());

    CorefScore score = CorefScore.of(partitions.key(), partitions.response());
    // MUC recall: ATT cut in two keeps 1 of 2 links, RES keeps its 1: 2/3; no wrong link: precision 1.
    assertEquals(2.0 / 3, score.muc().recall(), 1e-9);
    assertEquals(1.0, score.muc().precision(), 1e-9);
  }

  @Test
  void everyTopicOfTheFixtureIsRead() throws Exception {
    List<JsonNode> topics = JsonLines.read(Path.of("src/test/resources/fixtures/events.jsonl"));
    assertEquals(List.of("port", "talks"), topics.stream().map(t -> t.get("topic").asText()).toList());
    JsonNode talks = topics.get(1);
    EventsEval.TopicPartitions partitions = EventsEval.partitions("talks", talks, storedAsGiven(talks),
        SystemEvents.fromMentions(List.of()));
    assertEquals(List.of(Set.of("talks/o1/m1")), partitions.key());
    assertEquals(0, partitions.matched());
  }
}
