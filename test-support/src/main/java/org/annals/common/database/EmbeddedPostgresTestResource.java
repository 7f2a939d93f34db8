package org.annals.common.database;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A fresh embedded PostgreSQL for a test run: a new data directory each time, removed afterwards, so
 * tests never see each other's data or a developer's.
 */
public class EmbeddedPostgresTestResource implements QuarkusTestResourceLifecycleManager {

  private EmbeddedDatabase database;
  private Path directory;

  @Override
  public Map<String, String> start() {
    try {
      directory = Files.createTempDirectory("annals-test-pg");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    database = EmbeddedDatabase.start(directory.resolve("data"), 0, "annals_test");
    return Map.of(
        "quarkus.datasource.jdbc.url", database.jdbcUrl(),
        "quarkus.datasource.username", "postgres",
        "quarkus.datasource.password", "postgres");
  }

  @Override
  public void stop() {
    if (database != null) {
      database.close();
    }
    if (directory != null) {
      try (var paths = Files.walk(directory)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // A leftover temporary directory is harmless; the next run uses a new one.
      }
    }
  }
}
