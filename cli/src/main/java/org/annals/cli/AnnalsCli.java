package org.annals.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The launcher's client side ({@code ./annals ingest|timeline|entities|demo}): talks to the gateway
 * only, with a token of a development user. The launcher passes where the gateway and the realm are.
 */
public final class AnnalsCli {

  private static final String USAGE = "usage: ingest FILE|DIR... | timeline NAME | entities [NAME] | demo DIR";

  private final Gateway gateway;
  private final PrintStream out;
  private final Progress progress;
  private final Duration patience;

  AnnalsCli(Gateway gateway, PrintStream out, Progress progress, Duration patience) {
    this.gateway = gateway;
    this.out = out;
    this.progress = progress;
    this.patience = patience;
  }

  public static void main(String[] args) {
    Map<String, String> env = System.getenv();
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    String user = env.getOrDefault("ANNALS_CLI_USER", "editor");
    Tokens tokens = new Tokens(http, URI.create(env.getOrDefault("ANNALS_REALM_URL",
        "http://localhost:8180/realms/annals")), user, env.getOrDefault("ANNALS_CLI_PASSWORD", user));
    Gateway gateway = new Gateway(http, URI.create(env.getOrDefault("ANNALS_GATEWAY_URL", "http://localhost:8080")),
        tokens);
    AnnalsCli cli = new AnnalsCli(gateway, System.out, new Progress(System.out, System.console() != null),
        Duration.ofSeconds(Long.parseLong(env.getOrDefault("ANNALS_WAIT_SECONDS", "900"))));
    try {
      System.exit(cli.run(Arrays.asList(args)));
    } catch (CliException e) {
      System.out.flush();
      System.err.println("annals: " + e.getMessage());
      System.exit(1);
    }
  }

  int run(List<String> args) {
    if (args.isEmpty()) {
      throw new CliException(USAGE);
    }
    List<String> rest = args.subList(1, args.size());
    Reports reports = new Reports(gateway, out);
    switch (args.get(0)) {
      case "ingest" -> {
        if (rest.isEmpty()) {
          throw new CliException("usage: ./annals ingest FILE|DIR...");
        }
        return ingest(rest) ? 0 : 1;
      }
      case "timeline" -> {
        if (rest.size() != 1) {
          throw new CliException("usage: ./annals timeline NAME   (an entity's name or the start of it)");
        }
        JsonNode entity = reports.find(rest.get(0)).orElseThrow(() -> new CliException("no entity named \""
            + rest.get(0) + "\"; ./annals entities lists those the articles mention"));
        reports.timeline(entity);
        return 0;
      }
      case "entities" -> {
        if (rest.size() > 1) {
          throw new CliException("usage: ./annals entities [NAME]");
        }
        reports.entities(rest.isEmpty() ? null : rest.get(0));
        return 0;
      }
      case "demo" -> {
        if (rest.size() != 1) {
          throw new CliException("usage: demo DIR");
        }
        boolean processed = ingest(rest);
        out.println();
        Optional<JsonNode> busiest = reports.mostEventful();
        if (busiest.isEmpty()) {
          out.println("No events yet: the articles are still waiting (./annals status).");
        } else {
          reports.timeline(busiest.get());
        }
        out.println();
        reports.entities(null);
        return processed && busiest.isPresent() ? 0 : 1;
      }
      default -> throw new CliException("unknown command '" + args.get(0) + "'; " + USAGE);
    }
  }

  /** Sends the files and waits; true when every stored article was processed. */
  private boolean ingest(List<String> names) {
    Ingestion ingestion = new Ingestion(gateway, out, progress);
    Ingestion.Outcome outcome = ingestion.send(Ingestion.collect(names));
    if (outcome.articleIds().isEmpty()) {
      return false;
    }
    Map<String, List<String>> byStatus = ingestion.await(outcome.articleIds(), patience);
    return byStatus.keySet().stream().allMatch(s -> s.equals("DONE") || s.equals("UNSUPPORTED_LANGUAGE"))
        && outcome.rejections().isEmpty();
  }
}
