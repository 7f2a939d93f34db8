package org.annals.eval.seeds;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Scores entity resolution against a reference reading in the seed-gold format: for every gold entity,
 * each whole-word occurrence of each of its surface strings in its articles must be a mention resolved
 * to it, with its type; metonymy cases must resolve to the country. The mentions come from entity-service
 * in-process ({@code ./annals check entities}) or through the API ({@code ./annals eval seeds}).
 */
public final class SeedEntityScore {

  private static final double SURFACE_TARGET = 0.95;

  /** A mention as resolved: span in the text scored, entity name, type, Wikidata id, known aliases, NER type. */
  public record Resolved(int start, int end, String entity, String type, String wikidata, List<String> aliases,
      String nerType, String resolution) {}

  /** One gold entity: its surfaces resolved to it out of their occurrences, and the type we gave it. */
  public record Row(String name, String goldType, String ourType, int right, int occurrences) {}

  private final List<Row> rows = new ArrayList<>();
  private final List<String> misses = new ArrayList<>();
  private int occurrences;
  private int correct;
  private int covered;
  private int entitiesFound;
  private int typesRight;
  private int metonymyCases;
  private int metonymyRight;
  private long noise;
  private int entities;

  private SeedEntityScore() {}

  /**
   * @param gold the seed-gold document
   * @param texts each gold article key's text, as the mentions' offsets refer to it
   * @param found each gold article key's resolved mentions
   */
  public static SeedEntityScore of(JsonNode gold, Map<String, String> texts, Map<String, List<Resolved>> found) {
    SeedEntityScore score = new SeedEntityScore();
    for (JsonNode entity : gold.get("entities")) {
      score.addEntity(entity, texts, found);
    }
    score.entities = gold.get("entities").size();
    score.noise = found.values().stream().flatMap(List::stream)
        .filter(m -> "CAUSE_OF_DEATH".equals(m.nerType()) || "MONEY".equals(m.nerType())).count();
    return score;
  }

  private void addEntity(JsonNode entity, Map<String, String> texts, Map<String, List<Resolved>> found) {
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
          Optional<Resolved> mention = mentionAt(found.get(article), at, at + surface.length());
          if (mention.isPresent()) {
            covered++;
          }
          if (mention.isPresent() && refersTo(mention.get(), entity)) {
            right++;
            ourType = mention.get().type();
          } else {
            misses.add(article + " '" + surface + "' at " + at + " -> "
                + mention.map(m -> m.entity() + " (" + m.resolution() + ")").orElse("no mention"));
          }
        }
      }
    }
    occurrences += mine;
    correct += right;
    String type = entity.get("type").asText();
    if (right > 0) {
      entitiesFound++;
      if (type.equals(ourType)) {
        typesRight++;
      }
    }
    rows.add(new Row(entity.get("name").asText(), type, ourType, right, mine));
    for (JsonNode metonymy : entity.path("metonymy")) {
      metonymyCases++;
      String article = metonymy.get("article").asText();
      String text = texts.get(article);
      String surface = metonymy.get("text").asText();
      int context = text.indexOf(metonymy.get("context").asText());
      int at = context < 0 ? -1 : text.indexOf(surface, context);
      Optional<Resolved> mention = at < 0 ? Optional.empty() : mentionAt(found.get(article), at, at + surface.length());
      if (mention.isPresent() && refersTo(mention.get(), entity)) {
        metonymyRight++;
      } else {
        misses.add("metonymy '" + metonymy.get("context").asText() + "' -> "
            + mention.map(Resolved::entity).orElse("no mention"));
      }
    }
  }

  /** A gold entity is the target when the names agree (or the gold name is a known alias), or the Wikidata ids do. */
  static boolean refersTo(Resolved mention, JsonNode entity) {
    String goldName = fold(entity.get("name").asText());
    if (fold(mention.entity()).equals(goldName)) {
      return true;
    }
    String wikidata = entity.path("wikidata").asText(null);
    return (wikidata != null && wikidata.equals(mention.wikidata()))
        || mention.aliases().stream().anyMatch(alias -> fold(alias).equals(goldName));
  }

  /**
   * Names compared as the knowledge base compares them: case, a leading "the", apostrophe styles and
   * spacing folded, and hyphens read as spaces ("Amir-Abdollahian" is "Amir Abdollahian").
   */
  static String fold(String name) {
    String folded = name.replace('\u2019', '\'').replace('\u2018', '\'').replace('-', ' ')
        .replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    return folded.startsWith("the ") ? folded.substring(4) : folded;
  }

  /** The mention with exactly this span, else the shortest one covering it. */
  static Optional<Resolved> mentionAt(List<Resolved> mentions, int start, int end) {
    Optional<Resolved> exact = mentions.stream().filter(m -> m.start() == start && m.end() == end).findFirst();
    if (exact.isPresent()) {
      return exact;
    }
    return mentions.stream().filter(m -> m.start() <= start && m.end() >= end)
        .min((a, b) -> Integer.compare(a.end() - a.start(), b.end() - b.start()));
  }

  /** Whole-word occurrences of a surface string. */
  static List<Integer> occurrencesOf(String text, String surface) {
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

  /** Share of gold surface occurrences resolved to their entity. */
  public double recall() {
    return occurrences == 0 ? 0 : (double) correct / occurrences;
  }

  /** Share of the gold surface occurrences covered by a mention that resolve to the right entity. */
  public double precision() {
    return covered == 0 ? 0 : (double) correct / covered;
  }

  /** Every entity with its gold type, >= 95% of surfaces, every metonymy case, no noise. */
  public boolean targetsMet() {
    return entitiesFound == entities && typesRight == entitiesFound && recall() >= SURFACE_TARGET
        && metonymyRight == metonymyCases && noise == 0;
  }

  public String table() {
    StringBuilder out = new StringBuilder();
    out.append(String.format("%-38s %-13s %-13s %-9s %s%n", "ENTITY", "GOLD TYPE", "OUR TYPE", "SURFACES", "RECALL"));
    for (Row row : rows) {
      out.append(String.format("%-38s %-13s %-13s %3d/%-5d %5.1f%%%n", row.name(), row.goldType(),
          row.ourType() == null ? "-" : row.ourType(), row.right(), row.occurrences(),
          row.occurrences() == 0 ? 0 : 100.0 * row.right() / row.occurrences()));
    }
    out.append(String.format("%nGold entities found            %d/%d%n", entitiesFound, entities));
    out.append(String.format("  with their gold type         %d/%d%n", typesRight, entitiesFound));
    out.append(String.format("Surface strings resolved       recall %.1f%%  precision %.1f%%  (%d of %d; %d covered)%n",
        100 * recall(), 100 * precision(), correct, occurrences, covered));
    out.append(String.format("Metonymy cases resolved        %d/%d%n", metonymyRight, metonymyCases));
    out.append(String.format("CAUSE_OF_DEATH / MONEY noise   %d%n", noise));
    if (!misses.isEmpty()) {
      out.append(String.format("%nMisses:%n"));
      misses.forEach(miss -> out.append("  ").append(miss).append(System.lineSeparator()));
    }
    out.append(System.lineSeparator()).append(targetsMet() ? "TARGETS MET" : "TARGETS MISSED (every entity with"
        + " its type, >= 95% of surfaces, every metonymy case, no noise)").append(System.lineSeparator());
    return out.toString();
  }

  public Map<String, Object> summary() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("entities", entities);
    out.put("entitiesFound", entitiesFound);
    out.put("typesRight", typesRight);
    out.put("surfaceOccurrences", occurrences);
    out.put("surfacesResolved", correct);
    out.put("surfacesCovered", covered);
    out.put("surfaceRecall", recall());
    out.put("surfacePrecision", precision());
    out.put("metonymyCases", metonymyCases);
    out.put("metonymyRight", metonymyRight);
    out.put("noise", noise);
    out.put("targetsMet", targetsMet());
    out.put("rows", rows);
    out.put("misses", misses);
    return out;
  }
}
