package org.annals.eval.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The hardware a figure was measured on: processor, cores, memory, Java. */
public final class Machine {

  private Machine() {}

  public static Map<String, Object> describe() {
    Map<String, Object> machine = new LinkedHashMap<>();
    machine.put("cpu", firstValue(Path.of("/proc/cpuinfo"), "model name"));
    machine.put("cores", Runtime.getRuntime().availableProcessors());
    String memory = firstValue(Path.of("/proc/meminfo"), "MemTotal");
    machine.put("memoryGiB", memory == null ? null
        : Math.round(Long.parseLong(memory.replaceAll("\\D", "")) / 1024.0 / 1024.0 * 10) / 10.0);
    machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    machine.put("java", System.getProperty("java.vendor") + " " + System.getProperty("java.version"));
    machine.put("loadAverage", firstValue(Path.of("/proc/loadavg"), ""));
    return machine;
  }

  /** One line of {@code /proc/cpuinfo} or {@code /proc/meminfo} ("key : value"); null elsewhere. */
  private static String firstValue(Path file, String key) {
    try {
      return Files.readAllLines(file).stream().filter(line -> line.startsWith(key))
          .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse(null);
    } catch (IOException e) {
      return null;
    }
  }
}
