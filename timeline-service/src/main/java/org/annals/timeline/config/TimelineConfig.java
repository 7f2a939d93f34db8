package org.annals.timeline.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** timeline-service's own settings (application.properties, prefix annals.timeline). */
@ConfigMapping(prefix = "annals.timeline")
public interface TimelineConfig {

  Placements placements();

  /** The queue of undated articles to place in time. */
  interface Placements {

    /** How often a replica looks for placements to do (a duration such as 2s; read by the scheduler). */
    String every();

    /** How long a replica holds a placement before another may take it over. */
    @WithDefault("5m")
    Duration lease();
  }
}
