package org.annals.entity.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.entity.kb.KnowledgeBase;
import org.annals.entity.nlp.NlpPipeline;
import org.annals.entity.resolve.FoundMention;
import org.annals.entity.resolve.MentionResolver;
import org.annals.entity.resolve.Target;

/**
 * Scores entity resolution against a reference reading in the seed-gold format: for every gold entity,
 * each occurrence of each of its surface strings in its articles must be a mention resolved to it, with
 * its type; metonymy cases must resolve to the country. Runs the service's own recognition and
 * resolution in-process, on the article files as given (undated ones stay undated).
 *
 * <p>Usage: {@code SeedEntityCheck GOLD_JSON SEEDS_DIR}; exits 1 when a target is missed.
 */
public final class SeedEntityCheck {

  private static final double SURFACE_TARGET = 0.95;

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
    Map<String, List<FoundMention>> found = new LinkedHashMap<>();
    gold.get("articles").fields().forEachRemaining(article -> {
      try {
        String text = Files.readString(seeds.resolve(article.getValue().get("file").asText()));
        texts.put(article.getKey(), text);
        found.put(article.getKey(), resolver.resolve(nlp.analyse(text)));
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read seed " + article.getValue().get("file").asText(), e);
      }
    });
    boolean met = report(gold, texts, found);
    System.exit(met ? 0 : 1);
  }

  static boolean report(JsonNode gold, Map<String, String> texts, Map<String, List<FoundMention>> found) {
    int occurrences = 0;
    int correct = 0;
    int covered = 0;
    int entitiesFound = 0;
    int typesRight = 0;
    int metonymyCases = 0;
    int metonymyRight = 0;
    List<String> misses = new ArrayList<>();
    System.out.printf("%-38s %-13s %-13s %-9s %s%n", "ENTITY", "GOLD TYPE", "OUR TYPE", "SURFACES", "RECALL");
    for (JsonNode entity : gold.get("entities")) {
      String name = entity.get("name").asText();
      String type = entity.get("type").asText();
      int mine = 0;
      int right = 0;
      String ourType = null;
      for (JsonNode articleKey : entity.get("articles")) {
        String article = articleKey.asText();
        String text = texts.get(article);
        for (JsonNode surfaceNode : entity.get("surface")) {
          String surface = surfaceNode.asText();
          for (int at : occurrencesOf(text, surface)) {
            mine++;
            Optional<FoundMention> mention = mentionAt(found.get(article), at, at + surface.length());
            if (mention.isPresent()) {
              covered++;
            }
            if (mention.isPresent() && refersTo(mention.get().target(), entity)) {
              right++;
              ourType = mention.get().target().type();
            } else {
              misses.add(article + " '" + surface + "' at " + at + " -> "
                  + mention.map(m -> m.target().name() + " (" + m.resolution() + ")").orElse("no mention"));
            }
          }
        }
      }
      occurrences += mine;
      correct += right;
      if (right > 0) {
        entitiesFound++;
        if (type.equals(ourType)) {
          typesRight++;
        }
      }
      System.out.printf("%-38s %-13s %-13s %3d/%-5d %5.1f%%%n", name, type, ourType == null ? "-" : ourType, right,
          mine, mine == 0 ? 0 : 100.0 * right / mine);
      for (JsonNode metonymy : entity.path("metonymy")) {
        metonymyCases++;
        String text = texts.get(metonymy.get("article").asText());
        int context = text.indexOf(metonymy.get("context").asText());
        int at = context < 0 ? -1 : text.indexOf(metonymy.get("text").asText(), context);
        Optional<FoundMention> mention = at < 0 ? Optional.empty()
            : mentionAt(found.get(metonymy.get("article").asText()), at, at + metonymy.get("text").asText().length());
        if (mention.isPresent() && refersTo(mention.get().target(), entity)) {
          metonymyRight++;
        } else {
          misses.add("metonymy '" + metonymy.get("context").asText() + "' -> "
              + mention.map(m -> m.target().name()).orElse("no mention"));
        }
      }
    }
    long noise = found.values().stream().flatMap(List::stream)
        .filter(m -> "CAUSE_OF_DEATH".equals(m.nerType()) || "MONEY".equals(m.nerType())).count();
    int entities = gold.get("entities").size();
    double recall = occurrences == 0 ? 0 : (double) correct / occurrences;
    double precision = covered == 0 ? 0 : (double) correct / covered;
    System.out.println();
    System.out.printf("Gold entities found            %d/%d%n", entitiesFound, entities);
    System.out.printf("  with their gold type         %d/%d%n", typesRight, entitiesFound);
    System.out.printf("Surface strings resolved       recall %.1f%%  precision %.1f%%  (%d of %d; %d covered)%n",
        100 * recall, 100 * precision, correct, occurrences, covered);
    System.out.printf("Metonymy cases resolved        %d/%d%n", metonymyRight, metonymyCases);
    System.out.printf("CAUSE_OF_DEATH / MONEY noise   %d%n", noise);
    if (!misses.isEmpty()) {
      System.out.println();
      System.out.println("Misses:");
      misses.forEach(miss -> System.out.println("  " + miss));
    }
    boolean met = entitiesFound == entities && typesRight == entitiesFound && recall >= SURFACE_TARGET
        && metonymyRight == metonymyCases && noise == 0;
    System.out.println();
    System.out.println(met ? "TARGETS MET" : "TARGETS MISSED (every entity with its type, >= 95% of surfaces,"
        + " every metonymy case, no noise)");
    return met;
  }

  /** A gold entity is the target when the names agree (or the gold name is a known alias), or the Wikidata ids do. */
  private static boolean refersTo(Target target, JsonNode entity) {
    String goldName = normalize(entity.get("name").asText());
    if (normalize(target.name()).equals(goldName)) {
      return true;
    }
    if (!(target instanceof Target.Known known)) {
      return false;
    }
    String wikidata = entity.path("wikidata").asText(null);
    return (wikidata != null && wikidata.equals(known.entry().wikidata()))
        || known.entry().aliases().stream().anyMatch(alias -> normalize(alias).equals(goldName));
  }

  /** The mention with exactly this span, else the shortest one covering it. */
  private static Optional<FoundMention> mentionAt(List<FoundMention> mentions, int start, int end) {
    Optional<FoundMention> exact = mentions.stream().filter(m -> m.start() == start && m.end() == end).findFirst();
    if (exact.isPresent()) {
      return exact;
    }
    return mentions.stream().filter(m -> m.start() <= start && m.end() >= end)
        .min((a, b) -> Integer.compare(a.end() - a.start(), b.end() - b.start()));
  }

  /** Whole-word occurrences of a surface string. */
  private static List<Integer> occurrencesOf(String text, String surface) {
    List<Integer> at = new ArrayList<>();
    for (int i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
      boolean startsWord = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
      int end = i + surface.length();
      boolean endsWord = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (startsWord && endsWord) {
        at.add(i);
      }
    }
    return at;
  }

  /** The knowledge base's folding, hyphens read as spaces ("Amir-Abdollahian" is "Amir Abdollahian"). */
  private static String normalize(String name) {
    return KnowledgeBase.key(name.replace('-', ' '));
  }
}
