package org.annals.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Set;

/** Settings of ingest-service, under {@code annals.ingest}. */
@ConfigMapping(prefix = "annals.ingest")
public interface IngestConfig {

  Limits limits();

  Dedupe dedupe();

  Pipeline pipeline();

  /** Languages the analysis supports (ISO 639-1); articles in others are stored but not analysed. */
  @WithDefault("en")
  Set<String> analysedLanguages();

  interface Limits {
    /** Largest article text, in characters, after cleaning. */
    @WithDefault("200000")
    int maxTextChars();

    /** Largest body of a single-article request, in bytes. */
    @WithDefault("2097152")
    int maxBodyBytes();

    /** Most articles in one batch request. */
    @WithDefault("100")
    int maxBatchItems();

    /** Largest body of a batch request, in bytes. */
    @WithDefault("10485760")
    int maxBatchBytes();
  }

  interface Dedupe {
    /** Estimated Jaccard similarity of word 3-shingles from which an article is a near-duplicate. */
    @WithDefault("0.8")
    double nearDuplicateThreshold();
  }

  interface Pipeline {
    /** Whether this replica dispatches articles downstream. */
    @WithDefault("true")
    boolean enabled();

    /** How often an idle dispatcher looks for due tasks (read by the scheduler, as 1s, 500ms, ...). */
    @WithDefault("1s")
    String interval();

    /** Wait after startup before the first dispatch. */
    @WithDefault("2s")
    String initialDelay();

    /** Tasks one dispatcher carries out at once; a finished one is replaced by the next due task at once. */
    @WithDefault("4")
    int batchSize();

    /** Failures on the article itself (not a service being down) before it is FAILED. */
    @WithDefault("5")
    int maxAttempts();

    @WithDefault("PT1S")
    Duration backoffBase();

    /** Longest wait between tries: also how late an article follows a service that comes back. */
    @WithDefault("PT30S")
    Duration backoffMax();

    /** How long a claimed task is reserved to its dispatcher; after that another replica may take it. */
    @WithDefault("PT5M")
    Duration lease();
  }
}
