package org.annals.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.annals.eval.api.AnnalsApi;
import org.annals.eval.api.Stack;
import org.annals.eval.api.StackException;
import org.annals.eval.coref.EventsEval;
import org.annals.eval.report.Results;
import org.annals.eval.seeds.SeedsEval;
import org.annals.eval.timelines.TimelinesEval;
import org.annals.eval.timex.TimexEval;

/**
 * The runner behind {@code ./annals eval ...}: each evaluation calls a running stack through the gateway
 * (its URL and the realm's in {@code annals.gateway.url} and {@code annals.realm.url}), prints a table
 * and writes its figures as JSON under {@code annals.results.dir}.
 */
public final class EvalMain {

  private static final String USAGE = """
      usage: eval timex FILE | eval seeds GOLD DIR | eval events FILE | eval timelines FILE""";

  private EvalMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      fail(USAGE);
    }
    AnnalsApi api = new AnnalsApi(Stack.fromSystemProperties());
    Path results = Results.directory("eval/results");
    try {
      switch (args[0]) {
        case "timex" -> TimexEval.run(api, file(args, 1, 2), results);
        case "seeds" -> {
          if (args.length != 3 || !Files.isDirectory(Path.of(args[2]))) {
            fail("usage: eval seeds GOLD_JSON SEEDS_DIR (e.g. ../shared/eval/seed-gold.json ../shared/seeds)");
          }
          SeedsEval.run(api, file(args, 1, 3), Path.of(args[2]), results);
        }
        case "events" -> EventsEval.run(api, file(args, 1, 2), results);
        case "timelines" -> TimelinesEval.run(api, file(args, 1, 2), results);
        default -> fail(USAGE);
      }
      if (api.throttled() > 0) {
        System.out.printf("%nThe gateway's rate limit held back %d requests (waited out). Start the stack with"
            + " ANNALS_GATEWAY_RATE_LIMIT_REQUESTS=100000 for evaluation runs (README, Measured quality).%n",
            api.throttled());
      }
    } catch (StackException e) {
      System.err.println("eval: " + e.getMessage());
      System.exit(1);
    }
  }

  /** The argument at {@code index}, an existing file, with {@code count} arguments in all. */
  static Path file(String[] args, int index, int count) {
    if (args.length != count) {
      fail("unexpected arguments: " + String.join(" ", Arrays.asList(args)) + "\n" + USAGE);
    }
    Path file = Path.of(args[index]);
    if (!Files.isRegularFile(file)) {
      fail("no file at " + file);
    }
    return file;
  }

  static void fail(String message) {
    System.err.println(message);
    System.exit(2);
  }
}
