package org.annals.systemtests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keycloak and the four services, started once for the whole run by the launcher ({@code ./annals up})
 * on ports of their own and with a fresh data directory, so that each service gets a fresh embedded
 * PostgreSQL. Everything is stopped with {@code ./annals down} when the run ends, however it ends: by
 * JUnit when the last test is done, and by a shutdown hook when the JVM is told to stop first. A run
 * killed outright leaves processes that the next run's {@code ./annals down} stops before it starts.
 */
public final class AnnalsStack implements BeforeAllCallback {

  public static final int GATEWAY_PORT = Integer.getInteger("annals.system-tests.gateway-port", 18080);
  public static final int KEYCLOAK_PORT = Integer.getInteger("annals.system-tests.keycloak-port", 18180);
  private static final Duration LAUNCHER_LIMIT = Duration.ofMinutes(12);

  /** What a launcher command printed, and how it ended. */
  public record Run(int exitCode, String output) {}

  private static final Object LOCK = new Object();
  private static boolean started;

  @Override
  public void beforeAll(ExtensionContext context) {
    synchronized (LOCK) {
      if (started) {
        return;
      }
      Thread hook = new Thread(AnnalsStack::stopAll, "annals-down");
      Runtime.getRuntime().addShutdownHook(hook);
      context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(AnnalsStack.class, new Stopper(hook));
      started = true;
      launcher("down");
      deleteData();
      Run up = launcher("up");
      if (up.exitCode() != 0) {
        throw new IllegalStateException("./annals up failed (" + up.exitCode() + "):\n" + tail(up.output()));
      }
    }
  }

  public static String gatewayUrl() {
    return "http://localhost:" + GATEWAY_PORT;
  }

  public static String keycloakUrl() {
    return "http://localhost:" + KEYCLOAK_PORT;
  }

  public static Path root() {
    return Path.of(System.getProperty("annals.root", "..")).toAbsolutePath().normalize();
  }

  public static Path dataDir() {
    return Path.of(System.getProperty("annals.data-dir", "target/annals-data")).toAbsolutePath();
  }

  /** The pid the launcher recorded for a process (keycloak, gateway, ingest, entity, timeline). */
  public static long pid(String service) {
    try {
      return Long.parseLong(Files.readString(dataDir().resolve("run").resolve(service + ".pid")).strip());
    } catch (IOException e) {
      throw new IllegalStateException("no pid file for " + service + ": is it running?", e);
    }
  }

  /** Runs {@code ./annals ARGS} with the test ports and data directory; its output also goes to its log. */
  public static Run launcher(String... args) {
    List<String> command = new ArrayList<>(List.of("bash", root().resolve("annals").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(root().toFile()).redirectErrorStream(true);
    builder.environment().putAll(environment());
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(LAUNCHER_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
      String text = new String(output, StandardCharsets.UTF_8);
      Path log = dataDir().getParent().resolve("annals-launcher.log");
      Files.writeString(log, "$ ./annals " + String.join(" ", args) + "\n" + text, StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
      return new Run(process.exitValue(), text);
    } catch (IOException e) {
      throw new IllegalStateException("could not run the launcher: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running the launcher", e);
    }
  }

  /**
   * The launcher's settings for this run: its own ports and data, the jars the build just made, and
   * short pipeline waits and high rate limits so that the scenarios take seconds, not minutes.
   */
  private static Map<String, String> environment() {
    return Map.ofEntries(
        Map.entry("ANNALS_DATA_DIR", dataDir().toString()),
        Map.entry("ANNALS_GATEWAY_PORT", String.valueOf(GATEWAY_PORT)),
        Map.entry("ANNALS_INGEST_PORT", String.valueOf(GATEWAY_PORT + 1)),
        Map.entry("ANNALS_ENTITY_PORT", String.valueOf(GATEWAY_PORT + 2)),
        Map.entry("ANNALS_TIMELINE_PORT", String.valueOf(GATEWAY_PORT + 3)),
        Map.entry("ANNALS_KEYCLOAK_PORT", String.valueOf(KEYCLOAK_PORT)),
        Map.entry("ANNALS_KEYCLOAK_MANAGEMENT_PORT", String.valueOf(KEYCLOAK_PORT + 10)),
        Map.entry("ANNALS_SKIP_BUILD", "true"),
        Map.entry("ANNALS_READY_TIMEOUT", "400"),
        Map.entry("ANNALS_STOP_TIMEOUT", "30"),
        Map.entry("ANNALS_WAIT_SECONDS", "400"),
        Map.entry("ANNALS_INGEST_PIPELINE_BACKOFF_MAX", "PT2S"),
        Map.entry("ANNALS_GATEWAY_RATE_LIMIT_REQUESTS", "100000"),
        // Every test calls from 127.0.0.1 and some are refused on purpose (AccessIT): room for those, while
        // BadInputIT's burst of forged tokens (from an address of its own) still meets the limit quickly.
        Map.entry("ANNALS_GATEWAY_RATE_LIMIT_FAILED_AUTHENTICATIONS", "200"),
        Map.entry("ANNALS_HTTP_ADDRESS_LIMIT_FAILED_AUTHENTICATIONS", "1000"));
  }

  /** Closed by JUnit when the last test is done (whichever of its two close contracts it honours). */
  private record Stopper(Thread hook) implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    @Override
    public void close() {
      stopAll();
      Runtime.getRuntime().removeShutdownHook(hook);
    }
  }

  private static void stopAll() {
    Run down = launcher("down");
    if (down.exitCode() != 0) {
      System.err.println("./annals down failed:\n" + down.output());
    }
  }

  private static void deleteData() {
    Path data = dataDir();
    if (!Files.exists(data)) {
      return;
    }
    try (Stream<Path> files = Files.walk(data)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new IllegalStateException("could not empty " + data + ": " + e.getMessage(), e);
    }
  }

  static String tail(String output) {
    List<String> lines = output.lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }
}
