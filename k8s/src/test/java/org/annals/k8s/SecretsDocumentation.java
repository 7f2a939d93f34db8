package org.annals.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Secrets k8s/README.md tells a platform team to create, or says an operator creates: the
 * table under "## Secrets", one row per Secret: name, keys, overlays, who creates it.
 */
final class SecretsDocumentation {

  record Row(String name, Set<String> keys, Set<String> overlays, String createdBy) {}

  private static final Pattern CODE = Pattern.compile("`([^`]+)`");

  private SecretsDocumentation() {}

  static Map<String, Row> rows() {
    List<String> lines;
    try {
      lines = Files.readAllLines(Overlay.K8S.resolve("README.md"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Row> rows = new LinkedHashMap<>();
    boolean inSection = false;
    for (String line : lines) {
      if (line.startsWith("## ")) {
        inSection = line.trim().equals("## Secrets");
        continue;
      }
      if (!inSection || !line.startsWith("| `")) {
        continue;
      }
      String[] cells = line.split("\\|");
      String name = codes(cells[1]).iterator().next();
      Set<String> overlays = Arrays.stream(cells[3].split(",")).map(String::trim).collect(Collectors.toSet());
      rows.put(name, new Row(name, codes(cells[2]), overlays, cells[4].trim()));
    }
    return rows;
  }

  private static Set<String> codes(String cell) {
    Matcher matcher = CODE.matcher(cell);
    Set<String> codes = new LinkedHashSet<>();
    while (matcher.find()) {
      codes.add(matcher.group(1));
    }
    return codes;
  }
}
