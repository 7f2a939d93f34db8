package org.annals.eval.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annals.eval.api.StackException;

/** A JVM of its own with this one's classpath: its standard error passes through, its last output line is the answer. */
final class Child {

  private Child() {}

  static String run(List<String> jvmOptions, Class<?> main, List<String> args, Map<String, String> environment)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(args);
    // CoreNLP logs plenty on standard error: kept aside, shown only when the child fails.
    Path log = Files.createTempFile("annals-bench-" + main.getSimpleName(), ".log");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
      builder.environment().putAll(environment);
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      int exit = process.waitFor();
      String last = output.isEmpty() ? "" : output.substring(output.lastIndexOf('\n') + 1);
      if (exit != 0 || !last.startsWith("{")) {
        List<String> errors = Files.readAllLines(log);
        throw new StackException(main.getSimpleName() + " failed (exit " + exit + "): " + output + "\n"
            + String.join("\n", errors.subList(Math.max(0, errors.size() - 20), errors.size())));
      }
      return last;
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
