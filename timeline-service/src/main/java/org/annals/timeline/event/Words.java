package org.annals.timeline.event;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The content words of a sentence, for a lexical comparison of two reports. */
public final class Words {

  private static final Set<String> STOP = LexiconLoader.words("stop-words.txt");

  private Words() {}

  public static Set<String> of(String sentence) {
    Set<String> words = new HashSet<>();
    for (String word : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (word.length() > 2 && !STOP.contains(word)) {
        // A crude stem: "strikes" and "strike", "attacked" and "attack" meet.
        words.add(word.replaceFirst("(ing|ed|es|s)$", ""));
      }
    }
    return words;
  }

  public static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> shared = new HashSet<>(a);
    shared.retainAll(b);
    return shared.size() / (double) (a.size() + b.size() - shared.size());
  }
}
