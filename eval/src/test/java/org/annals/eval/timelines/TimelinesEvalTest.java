package org.annals.eval.timelines;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.eval.api.Corpus;
import org.annals.eval.report.JsonLines;
import org.annals.eval.text.TextAlignment;
import org.junit.jupiter.api.Test;

class TimelinesEvalTest {

  @Test
  void goldEntriesPointIntoTheStoredTexts() throws Exception {
    JsonNode corpus = JsonLines.read(Path.of("src/test/resources/fixtures/timelines.jsonl")).get(0);
    Map<String, Corpus.Analysed> analysed = new LinkedHashMap<>();
    for (JsonNode doc : corpus.get("docs")) {
      String text = doc.get("text").asText();
      // Ingestion put a headline line before the text: every offset moves.
      String stored = "Headline\n\n" + text;
      analysed.put(doc.get("doc").asText(), new Corpus.Analysed(new Corpus.Doc(doc.get("doc").asText(), text,
          doc.get("dct").asText()), "id-" + doc.get("doc").asText(), "DONE", stored, TextAlignment.of(text, stored),
          false));
    }
    List<TimelineScore.GoldEntry> entries = TimelinesEval.goldEntries(corpus.get("timelines").get(0), analysed);
    assertEquals(2, entries.size());
    assertEquals("2021-03-05", entries.get(0).date());
    TimelineScore.Span second = entries.get(0).mentions().get(1);
    assertEquals("id-d2", second.article());
    assertEquals("resigned", analysed.get("d2").stored().substring(second.start(), second.end()));
  }

  @Test
  void systemDatesInTheGoldsForm() throws Exception {
    ObjectMapper json = new ObjectMapper();
    assertEquals("2021-03-05", TimelinesEval.goldForm(json.readTree(
        "{\"start\":\"2021-03-05\",\"end\":\"2021-03-05\",\"granularity\":\"DAY\"}")));
    assertEquals("2021-03-XX", TimelinesEval.goldForm(json.readTree(
        "{\"start\":\"2021-03-01\",\"end\":\"2021-03-31\",\"granularity\":\"MONTH\"}")));
    assertEquals("2021-XX-XX", TimelinesEval.goldForm(json.readTree(
        "{\"start\":\"2021-03-29\",\"end\":\"2021-04-04\",\"granularity\":\"WEEK\"}")));
    assertEquals("XXXX-XX-XX", TimelinesEval.goldForm(json.readTree("{\"value\":\"XXXX-WXX-6\"}")));
  }
}
