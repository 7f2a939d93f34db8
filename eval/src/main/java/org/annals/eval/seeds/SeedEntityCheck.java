package org.annals.eval.seeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.entity.kb.KbEntry;
import org.annals.entity.kb.KnowledgeBase;
import org.annals.entity.nlp.NlpPipeline;
import org.annals.entity.resolve.FoundMention;
import org.annals.entity.resolve.MentionResolver;
import org.annals.entity.resolve.Target;

/**
 * Scores entity resolution against a reference reading in the seed-gold format with the service's own
 * recognition and resolution run in-process, on the article files as given (undated ones stay
 * undated). The scoring is {@link SeedEntityScore}, which {@code ./annals eval seeds} applies to the
 * same articles analysed by a running stack.
 *
 * <p>Usage: {@code SeedEntityCheck GOLD_JSON SEEDS_DIR}; exits 1 when a target is missed.
 */
public final class SeedEntityCheck {

  private SeedEntityCheck() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: SeedEntityCheck GOLD_JSON SEEDS_DIR");
      System.exit(2);
    }
    JsonNode gold = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    Path seeds = Path.of(args[1]);
    NlpPipeline nlp = new NlpPipeline();
    MentionResolver resolver = new MentionResolver(KnowledgeBase.load());

    Map<String, String> texts = new LinkedHashMap<>();
    Map<String, List<SeedEntityScore.Resolved>> found = new LinkedHashMap<>();
    gold.get("articles").fields().forEachRemaining(article -> {
      try {
        String text = Files.readString(seeds.resolve(article.getValue().get("file").asText()));
        texts.put(article.getKey(), text);
        found.put(article.getKey(), resolver.resolve(nlp.analyse(text)).stream().map(SeedEntityCheck::resolved)
            .toList());
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read seed " + article.getValue().get("file").asText(), e);
      }
    });
    SeedEntityScore score = SeedEntityScore.of(gold, texts, found);
    System.out.print(score.table());
    System.exit(score.targetsMet() ? 0 : 1);
  }

  static SeedEntityScore.Resolved resolved(FoundMention mention) {
    Target target = mention.target();
    KbEntry entry = target instanceof Target.Known known ? known.entry() : null;
    return new SeedEntityScore.Resolved(mention.start(), mention.end(), target.name(), target.type(),
        entry == null ? null : entry.wikidata(), entry == null ? List.of() : entry.aliases(), mention.nerType(),
        String.valueOf(mention.resolution()));
  }
}
