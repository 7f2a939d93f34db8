package org.annals.eval.coref;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annals.eval.api.AnnalsApi;
import org.annals.eval.api.Corpus;
import org.annals.eval.api.SystemEvents;
import org.annals.eval.report.JsonLines;
import org.annals.eval.report.Prf;
import org.annals.eval.report.Results;

/**
 * {@code ./annals eval events FILE}: cross-document event coreference. Each topic
 * ({@code {topic, docs: [{doc, text, events: [{m_id, start, end, text, chain}]}]}}) is analysed alone;
 * each gold mention is matched to the system event whose evidence (a source's trigger) overlaps its
 * span most, and the gold mentions' partition by system event is scored against their partition by
 * chain. A gold mention no event covers stays alone (a singleton), as the system said nothing of it.
 */
public final class EventsEval {

  private EventsEval() {}

  /** A topic's gold mentions, their key clusters, and the clusters the stack (and the baseline) put them in. */
  record TopicPartitions(List<Set<String>> key, List<Set<String>> response, List<Set<String>> sameText,
      int mentions, int matched, int systemMentions) {}

  public static Map<String, Object> run(AnnalsApi api, Path file, Path results) throws IOException {
    List<JsonNode> topics = JsonLines.read(file);
    List<List<Set<String>>> keys = new ArrayList<>();
    List<List<Set<String>>> responses = new ArrayList<>();
    List<List<Set<String>>> baselines = new ArrayList<>();
    List<Map<String, Object>> perTopic = new ArrayList<>();
    int mentions = 0;
    int matched = 0;
    System.out.printf("%-16s %5s %8s %8s %8s %8s %8s %8s%n", "TOPIC", "DOCS", "MENTIONS", "MATCHED", "MUC F1",
        "B3 F1", "CEAF-e", "CoNLL");
    for (JsonNode topic : topics) {
      String name = JsonLines.required(topic, "topic", "a topic").asText();
      List<Corpus.Doc> docs = Corpus.docs(JsonLines.required(topic, "docs", name), name);
      Map<String, Corpus.Analysed> analysed = Corpus.analyse(api, docs, Duration.ofSeconds(60));
      SystemEvents system = SystemEvents.of(api, analysed.values().stream().map(Corpus.Analysed::articleId).toList());
      TopicPartitions partitions = partitions(name, topic, analysed, system);
      keys.add(partitions.key());
      responses.add(partitions.response());
      baselines.add(partitions.sameText());
      mentions += partitions.mentions();
      matched += partitions.matched();
      CorefScore score = CorefScore.of(partitions.key(), partitions.response());
      System.out.printf("%-16s %5d %8d %8d %8.1f %8.1f %8.1f %8.1f%n", name, docs.size(), partitions.mentions(),
          partitions.matched(), 100 * score.muc().f1(), 100 * score.b3().f1(), 100 * score.ceafE().f1(),
          100 * score.conllF1());
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("topic", name);
      row.put("documents", docs.size());
      row.put("goldMentions", partitions.mentions());
      row.put("matchedMentions", partitions.matched());
      row.put("systemEventMentions", partitions.systemMentions());
      row.put("score", score.summary());
      perTopic.add(row);
    }
    CorefScore total = CorefScore.ofTopics(keys, responses);
    CorefScore baseline = CorefScore.ofTopics(keys, baselines);
    System.out.printf("%n%-44s %18s %18s %18s %7s%n", "ALL TOPICS (P / R / F1)", "MUC", "B3", "CEAF-e", "CoNLL");
    System.out.println(line("Annals", total));
    System.out.println(line("same-text baseline (gold mentions, this file)", baseline));
    System.out.printf("gold mentions matched to an event: %d/%d%n", matched, mentions);
    System.out.println("reference (ECB+, another test set): same-lemma baseline B3 F1 77.8; published systems"
        + " 79-87 CoNLL F1");

    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("file", file.toString());
    figures.put("topics", perTopic);
    figures.put("goldMentions", mentions);
    figures.put("matchedMentions", matched);
    figures.put("score", total.summary());
    figures.put("sameTextBaseline", baseline.summary());
    figures.put("reference", Map.of("testSet", "ECB+ (not this file)", "sameLemmaBaselineB3F1", 77.8,
        "publishedSystemsConllF1", "79-87"));
    Path written = Results.write(results, "events", figures);
    System.out.printf("%nResults: %s%n", written);
    return figures;
  }

  private static String line(String name, CorefScore score) {
    return String.format("%-44s %18s %18s %18s %7.1f", name, cells(score.muc()), cells(score.b3()),
        cells(score.ceafE()), 100 * score.conllF1());
  }

  private static String cells(Prf prf) {
    return String.format("%5.1f/%5.1f/%5.1f", 100 * prf.precision(), 100 * prf.recall(), 100 * prf.f1());
  }

  /** The topic's gold mentions partitioned by chain, by the system's events, and by their lower-cased text. */
  static TopicPartitions partitions(String topic, JsonNode gold, Map<String, Corpus.Analysed> analysed,
      SystemEvents system) {
    Map<String, Set<String>> byChain = new LinkedHashMap<>();
    Map<String, Set<String>> byEvent = new LinkedHashMap<>();
    Map<String, Set<String>> byText = new LinkedHashMap<>();
    int mentions = 0;
    int matched = 0;
    for (JsonNode doc : gold.get("docs")) {
      Corpus.Analysed article = analysed.get(doc.get("doc").asText());
      for (JsonNode mention : doc.path("events")) {
        String id = topic + "/" + doc.get("doc").asText() + "/" + mention.get("m_id").asText();
        mentions++;
        byChain.computeIfAbsent(mention.get("chain").asText(), k -> new LinkedHashSet<>()).add(id);
        byText.computeIfAbsent(mention.path("text").asText().toLowerCase(Locale.ROOT).strip(),
            k -> new LinkedHashSet<>()).add(id);
        int[] span = article.alignment().span(mention.get("start").asInt(), mention.get("end").asInt());
        SystemEvents.Mention found = span == null ? null : system.at(article.articleId(), span[0], span[1]);
        if (found != null) {
          matched++;
        }
        byEvent.computeIfAbsent(found == null ? "alone:" + id : found.eventId(), k -> new LinkedHashSet<>()).add(id);
      }
    }
    Set<String> ours = new java.util.HashSet<>();
    analysed.values().forEach(a -> ours.add(a.articleId()));
    int systemMentions = (int) system.mentions().stream().filter(m -> ours.contains(m.articleId())).count();
    return new TopicPartitions(List.copyOf(byChain.values()), List.copyOf(byEvent.values()),
        List.copyOf(byText.values()), mentions, matched, systemMentions);
  }
}
