package org.annals.common.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the real embedded PostgreSQL: data must survive a restart, and a crash must not block one. */
class EmbeddedDatabaseTest {

  private Path directory;

  @BeforeEach
  void createDirectory() throws Exception {
    directory = Files.createTempDirectory("annals-db-test");
  }

  @AfterEach
  void removeDirectory() throws Exception {
    try (var paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Test
  void keepsDataAcrossRestarts() throws Exception {
    Path data = directory.resolve("pg");
    try (EmbeddedDatabase first = EmbeddedDatabase.start(data, 0, "annals_restart")) {
      execute(first.jdbcUrl(), "CREATE TABLE note (body TEXT); INSERT INTO note VALUES ('kept')");
    }
    try (EmbeddedDatabase second = EmbeddedDatabase.start(data, 0, "annals_restart")) {
      assertEquals("kept", queryOne(second.jdbcUrl(), "SELECT body FROM note"));
    }
  }

  @Test
  void stopsTheServerThatAKilledProcessLeftBehind() throws Exception {
    Path data = directory.resolve("pg");
    Process owner = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Owner.class.getName(), data.toString())
        .redirectErrorStream(true).start();
    try (BufferedReader output = new BufferedReader(new InputStreamReader(owner.getInputStream()))) {
      String line;
      while ((line = output.readLine()) != null && !line.contains(Owner.READY)) {
        // Wait until the owner's server is up.
      }
    }
    long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
    ProcessHandle server = ProcessHandle.of(pid).orElseThrow();

    owner.destroyForcibly().waitFor();
    assertTrue(server.isAlive(), "a SIGKILLed JVM leaves its PostgreSQL running");

    try (EmbeddedDatabase restarted = EmbeddedDatabase.start(data, 0, "annals_crash")) {
      assertFalse(server.isAlive());
      assertEquals("1", queryOne(restarted.jdbcUrl(), "SELECT 1"));
    }
  }

  /** A process owning an embedded database, to be killed like a crashed service. */
  public static final class Owner {
    static final String READY = "owner-ready";

    public static void main(String[] args) throws Exception {
      EmbeddedDatabase.start(Path.of(args[0]), 0, "annals_crash");
      System.out.println(READY);
      System.out.flush();
      Thread.sleep(600_000);
    }
  }

  private static void execute(String url, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static String queryOne(String url, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }
}
