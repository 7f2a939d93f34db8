package org.annals.ingest.text;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Detects the language of an article with Lingua's n-gram models over all spoken languages, so that a
 * text is never just assumed to be English. Low-accuracy mode (trigrams only) is plenty for article
 * texts and keeps the models at about 100 MB; they load at startup, not on the first request.
 */
@Startup
@ApplicationScoped
public class LanguageIdentifier {

  /** Enough text for a confident guess; more only costs time. */
  private static final int SAMPLE_CHARS = 3000;

  private final LanguageDetector detector = LanguageDetectorBuilder.fromAllSpokenLanguages()
      .withLowAccuracyMode()
      .withPreloadedLanguageModels()
      .build();

  /**
   * An ISO 639-1 code ("und" when undetermined) and the detector's margin: how far the language is ahead
   * of the runner-up, from 0 (a tie) to 1 (no other candidate).
   */
  public record Detection(String language, double confidence) {}

  public Detection detect(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    SortedMap<Language, Double> values = detector.computeLanguageConfidenceValues(sample);
    if (values.isEmpty()) {
      return new Detection("und", 0);
    }
    Iterator<Map.Entry<Language, Double>> ranked = values.entrySet().iterator();
    Map.Entry<Language, Double> best = ranked.next();
    if (best.getKey() == Language.UNKNOWN || best.getValue() <= 0) {
      return new Detection("und", 0);
    }
    double runnerUp = ranked.hasNext() ? ranked.next().getValue() : 0;
    String code = best.getKey().getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    return new Detection(code, Math.round((1 - runnerUp / best.getValue()) * 1000) / 1000.0);
  }
}
