package org.annals.eval.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resident memory (RSS) and CPU time of processes, from /proc (Linux); a PostgreSQL counted with its
 * backends (the live ones, and the CPU of those that have ended).
 */
final class Processes {

  /** Clock ticks per second of /proc/PID/stat's times: USER_HZ, 100 on every Linux this runs on. */
  private static final double TICKS = 100.0;

  private Processes() {}

  /**
   * @param pids as for {@link #rss}
   * @return CPU seconds (user and system) each process has used since it started; a process that is
   *     gone is left out
   */
  static Map<String, Double> cpuSeconds(String pids) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (Map.Entry<String, Long> process : parse(pids).entrySet()) {
      long pid = process.getValue();
      long[] own = times(pid);
      if (own.length == 0) {
        continue;
      }
      // utime + stime, and for a postmaster cutime + cstime: the backends that have exited.
      long ticks = own[0] + own[1];
      if (process.getKey().endsWith("-postgres")) {
        ticks += own[2] + own[3];
        for (long child : children(pid)) {
          long[] times = times(child);
          ticks += times.length == 0 ? 0 : times[0] + times[1];
        }
      }
      out.put(process.getKey(), ticks / TICKS);
    }
    return out;
  }

  /** utime, stime, cutime, cstime in ticks; empty when the process is gone. */
  private static long[] times(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return new long[] {Long.parseLong(fields[11]), Long.parseLong(fields[12]), Long.parseLong(fields[13]),
          Long.parseLong(fields[14])};
    } catch (IOException | RuntimeException e) {
      return new long[0];
    }
  }

  /**
   * @param pids "name=pid" pairs, comma-separated, as the launcher passes them; names ending in
   *     "-postgres" are a postmaster, counted with its child processes
   * @return MiB per name; a process that is gone is left out
   */
  static Map<String, Long> rss(String pids) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (Map.Entry<String, Long> named : parse(pids).entrySet()) {
      long pid = named.getValue();
      List<Long> processes = new ArrayList<>(List.of(pid));
      if (named.getKey().endsWith("-postgres")) {
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
        out.put(named.getKey(), kib / 1024);
      }
    }
    return out;
  }

  /** "name=pid" pairs, comma-separated, as the launcher passes them. */
  private static Map<String, Long> parse(String pids) {
    Map<String, Long> parsed = new LinkedHashMap<>();
    for (String pair : pids.split(",")) {
      String[] parts = pair.split("=");
      if (parts.length == 2) {
        parsed.put(parts[0], Long.parseLong(parts[1].strip()));
      }
    }
    return parsed;
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
