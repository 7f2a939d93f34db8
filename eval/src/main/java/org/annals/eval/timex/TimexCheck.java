package org.annals.eval.timex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annals.nlp.ArticlePipeline;
import org.annals.timeline.time.Timex;
import org.annals.timeline.time.TimexExtractor;

/**
 * Scores time-expression recognition and normalisation on documents with gold TIMEX3 annotations
 * ({@code {doc, dct, text, timexes: [{start, end, text, type, value}]}} per line, code-point offsets),
 * each analysed with its creation date as publication date. Runs the service's own extractor
 * in-process, in article mode as the service reads articles.
 *
 * <p>Usage: {@code TimexCheck FILE [ERRORS_OUT]}; ERRORS_OUT receives every disagreement.
 */
public final class TimexCheck {

  private TimexCheck() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: TimexCheck FILE [ERRORS_OUT]");
      System.exit(2);
    }
    ObjectMapper json = new ObjectMapper();
    // The platform's reading of articles (a line break ends a sentence) up to what SUTime uses: entity
    // tags and the dependency parser change no time expression, so they are left out here.
    ArticlePipeline pipeline = new ArticlePipeline(ArticlePipeline.TIME_ANNOTATORS);
    TimexExtractor extractor = new TimexExtractor();
    TimexScore score = new TimexScore();
    int documents = 0;
    long started = System.nanoTime();
    try (BufferedReader lines = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode doc = json.readTree(line);
        String text = doc.get("text").asText();
        LocalDate dct = doc.hasNonNull("dct") ? LocalDate.parse(doc.get("dct").asText().substring(0, 10)) : null;
        List<TimexScore.Span> gold = new ArrayList<>();
        for (JsonNode t : doc.get("timexes")) {
          gold.add(new TimexScore.Span(t.get("start").asInt(), t.get("end").asInt(), t.get("text").asText(),
              t.get("type").asText(), t.get("value").asText()));
        }
        List<TimexScore.Span> system = new ArrayList<>();
        for (Timex t : extractor.read(pipeline.annotate(text), dct).timexes()) {
          system.add(new TimexScore.Span(text.codePointCount(0, t.start()), text.codePointCount(0, t.end()),
              t.text(), t.type(), t.value()));
        }
        score.add(doc.get("doc").asText(), gold, system);
        documents++;
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf("%d documents in %.1f s (%.1f documents/s)%n%n", documents, seconds, documents / seconds);
    System.out.print(score.table());
    System.out.printf("%nReference (TempEval-3 platinum test set, another corpus): HeidelTime value F1 77.6,"
        + " SUTime 67.4. Target on TimeBank: value F1 >= 80.%n");
    if (args.length > 1) {
      Files.write(Path.of(args[1]), score.errors(), StandardCharsets.UTF_8);
    }
  }
}
