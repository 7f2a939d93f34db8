package org.annals.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.EntityMentionsAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Makes each hyphenated name the entity tagger found one token again ("Rostov-on-Don",
 * "Amir-Abdollahian"), between the tagger and the parser. CoreNLP splits hyphens (since 4.0), which
 * the tagger was trained on, but the parser then reads "Rostov - on - Don on Saturday" as a phrase
 * "on Don on Saturday", and the event the city was the place and the day of loses both. Only names
 * are joined, and only where the text has no space around the hyphens: "Iranian-made" or "pro-Kremlin"
 * stay as the tokenizer made them. The entity mentions are rebuilt on the joined tokens.
 */
public class HyphenatedNames implements Annotator {

  private final EntityMentionsAnnotator mentions = new EntityMentionsAnnotator("hyphens.entitymentions",
      new Properties());

  @Override
  public void annotate(Annotation document) {
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    List<List<CoreLabel>> read = new ArrayList<>(sentences.size());
    boolean joined = false;
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      List<CoreLabel> kept = joined(tokens);
      joined |= kept.size() < tokens.size();
      read.add(kept);
    }
    if (!joined) {
      return;
    }
    // Every index after a joined name moves: in the sentence, and in the document (each token says where it is).
    List<CoreLabel> all = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      List<CoreLabel> kept = read.get(s);
      for (int i = 0; i < kept.size(); i++) {
        CoreLabel token = kept.get(i);
        token.setIndex(i + 1);
        token.set(CoreAnnotations.TokenBeginAnnotation.class, all.size() + i);
        token.set(CoreAnnotations.TokenEndAnnotation.class, all.size() + i + 1);
      }
      CoreMap sentence = sentences.get(s);
      sentence.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
      all.addAll(kept);
      sentence.set(CoreAnnotations.TokenEndAnnotation.class, all.size());
      sentence.set(CoreAnnotations.TokensAnnotation.class, kept);
    }
    document.set(CoreAnnotations.TokensAnnotation.class, all);
    mentions.annotate(document);
  }

  /** A sentence's tokens with each hyphenated name made one. */
  private static List<CoreLabel> joined(List<CoreLabel> tokens) {
    List<CoreLabel> kept = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      // The longest run of parts the tagger tagged alike, cut back to its last capitalised part:
      // "Stratford-upon-Avon", "Rostov-on-Don", but not "Iranian-made".
      int end = i;
      for (int next = i; next + 2 < tokens.size() && isHyphen(tokens.get(next + 1)) && glued(tokens, next, next + 2)
          && sameType(tokens.get(i), tokens.get(next + 2)); next += 2) {
        if (capitalised(tokens.get(next + 2))) {
          end = next + 2;
        }
      }
      kept.add(end == i ? tokens.get(i) : join(tokens.subList(i, end + 1)));
      i = end;
    }
    return kept;
  }

  private static boolean isHyphen(CoreLabel token) {
    return "-".equals(token.word());
  }

  /** The tokens from {@code first} to {@code last} touch, with no space between any two. */
  private static boolean glued(List<CoreLabel> tokens, int first, int last) {
    for (int i = first; i < last; i++) {
      if (tokens.get(i).endPosition() != tokens.get(i + 1).beginPosition()) {
        return false;
      }
    }
    return true;
  }

  /** Both are of one name, as far as the entity tagger can tell: tagged alike. */
  private static boolean sameType(CoreLabel first, CoreLabel other) {
    String type = first.ner();
    return type != null && !"O".equals(type) && type.equals(other.ner());
  }

  private static boolean capitalised(CoreLabel token) {
    return token.word().codePoints().anyMatch(Character::isUpperCase);
  }

  /** One token of glued parts: their texts side by side, as the text has them. */
  private static CoreLabel join(List<CoreLabel> parts) {
    CoreLabel first = parts.get(0);
    CoreLabel last = parts.get(parts.size() - 1);
    String text = parts.stream().map(CoreLabel::originalText).collect(Collectors.joining());
    CoreLabel joined = new CoreLabel(first);
    joined.setWord(text);
    joined.setValue(text);
    joined.setOriginalText(text);
    joined.setLemma(text);
    joined.setEndPosition(last.endPosition());
    joined.setAfter(last.after());
    joined.setTag("NNP");
    return joined;
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.NamedEntityTagAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of();
  }
}
