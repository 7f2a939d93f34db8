package org.annals.eval.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Resident memory (RSS) of processes, from /proc (Linux); a PostgreSQL counted with its backends. */
final class Memory {

  private Memory() {}

  /**
   * @param pids "name=pid" pairs, comma-separated, as the launcher passes them; names ending in
   *     "-postgres" are a postmaster, counted with its child processes
   * @return MiB per name; a process that is gone is left out
   */
  static Map<String, Long> rss(String pids) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (String pair : pids.split(",")) {
      String[] parts = pair.split("=");
      if (parts.length != 2) {
        continue;
      }
      long pid = Long.parseLong(parts[1].strip());
      List<Long> processes = new ArrayList<>(List.of(pid));
      if (parts[0].endsWith("-postgres")) {
        processes.addAll(children(pid));
      }
      long kib = 0;
      boolean alive = false;
      for (long process : processes) {
        long rss = rssKib(process);
        if (rss >= 0) {
          kib += rss;
          alive = true;
        }
      }
      if (alive) {
        out.put(parts[0], kib / 1024);
      }
    }
    return out;
  }

  private static long rssKib(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
      return 0;
    } catch (IOException e) {
      return -1;
    }
  }

  private static List<Long> children(long parent) {
    List<Long> children = new ArrayList<>();
    try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
      for (Path process : processes) {
        try {
          String stat = Files.readString(process.resolve("stat"));
          String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          if (Long.parseLong(fields[1]) == parent) {
            children.add(Long.parseLong(process.getFileName().toString()));
          }
        } catch (IOException | RuntimeException e) {
          // the process ended while being read
        }
      }
    } catch (IOException e) {
      return children;
    }
    return children;
  }
}
