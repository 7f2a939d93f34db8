package org.annals.common.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * A real PostgreSQL 17 server run by the service itself (zonky binaries), so that a developer needs
 * nothing but a JDK. It is used unless an external database is configured, and must be started before
 * Quarkus reads its datasource configuration, which is why services call it from their main method.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());
  private static final String USER = "postgres";
  private static final Duration STALE_STOP_WAIT = Duration.ofSeconds(20);

  private final EmbeddedPostgres postgres;
  private final String jdbcUrl;
  private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

  private EmbeddedDatabase(EmbeddedPostgres postgres, String database) {
    this.postgres = postgres;
    this.jdbcUrl = postgres.getJdbcUrl(USER, database);
  }

  /**
   * Starts the embedded server for {@code service} and points Quarkus at it through system properties,
   * unless a datasource URL is configured or {@code ANNALS_EMBEDDED_DB=false}.
   */
  public static Optional<EmbeddedDatabase> startUnlessConfigured(String service) {
    if (setting("QUARKUS_DATASOURCE_JDBC_URL", "quarkus.datasource.jdbc.url").isPresent()
        || setting("ANNALS_EMBEDDED_DB", "annals.embedded-db").map("false"::equalsIgnoreCase).orElse(false)) {
      return Optional.empty();
    }
    Path dataRoot = Path.of(setting("ANNALS_DATA_DIR", "annals.data-dir").orElse(".data"));
    int port = setting("ANNALS_DB_PORT", "annals.db-port").map(Integer::parseInt).orElse(0);
    EmbeddedDatabase database = start(dataRoot.resolve(service).resolve("postgres"), port, "annals_" + service);
    System.setProperty("quarkus.datasource.jdbc.url", database.jdbcUrl());
    System.setProperty("quarkus.datasource.username", USER);
    System.setProperty("quarkus.datasource.password", USER);
    return Optional.of(database);
  }

  /**
   * Starts a server on {@code dataDirectory} (created on first use, kept afterwards) and makes sure
   * {@code database} exists. A port of 0 takes a free one.
   */
  public static EmbeddedDatabase start(Path dataDirectory, int port, String database) {
    try {
      Files.createDirectories(dataDirectory);
      stopStaleServer(dataDirectory);
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
          .setDataDirectory(dataDirectory)
          .setCleanDataDirectory(false)
          .setRegisterShutdownHook(false)
          .setPGStartupWait(Duration.ofSeconds(60))
          .setServerConfig("max_connections", "60")
          // The data is on local disk and mostly in memory: at the default 4 the planner read a whole
          // table rather than look up a few hundred rows by index (a timeline: 2 ms instead of 12).
          .setServerConfig("random_page_cost", "1.1");
      if (port > 0) {
        builder.setPort(port);
      }
      EmbeddedPostgres postgres = builder.start();
      createDatabaseIfMissing(postgres, database);
      LOG.info(() -> "Embedded PostgreSQL on port " + postgres.getPort() + ", data in " + dataDirectory);
      return new EmbeddedDatabase(postgres, database);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory
          + ". Is another copy of this service running on the same data? " + e.getMessage(), e);
    }
  }

  public String jdbcUrl() {
    return jdbcUrl;
  }

  public int port() {
    return postgres.getPort();
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      postgres.close();
    } catch (IOException e) {
      LOG.warning("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
    }
  }

  /**
   * A JVM killed with SIGKILL leaves its PostgreSQL running, holding the data directory. Stop such a
   * leftover (found through postmaster.pid) before starting, so a crash never blocks the next start.
   */
  static void stopStaleServer(Path dataDirectory) throws IOException {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.isEmpty() || lines.get(0).isBlank()) {
      return;
    }
    long pid = Long.parseLong(lines.get(0).trim());
    Optional<ProcessHandle> leftover = ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
    if (leftover.isEmpty()) {
      return;
    }
    LOG.warning("Stopping a leftover PostgreSQL (pid " + pid + ") that still holds " + dataDirectory);
    ProcessHandle process = leftover.get();
    process.destroy();
    try {
      process.onExit().get(STALE_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      process.destroyForcibly();
    }
  }

  private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String database) throws IOException {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      exists.setString(1, database);
      try (ResultSet rows = exists.executeQuery()) {
        if (rows.next()) {
          return;
        }
      }
      try (Statement create = connection.createStatement()) {
        create.execute("CREATE DATABASE \"" + database.replace("\"", "") + "\"");
      }
    } catch (SQLException e) {
      throw new IOException("could not create database " + database + ": " + e.getMessage(), e);
    }
  }

  private static Optional<String> setting(String env, String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(env);
    }
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }
}
