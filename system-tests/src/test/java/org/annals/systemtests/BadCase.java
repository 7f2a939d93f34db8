package org.annals.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * One bad input, where it is sent, and what must come back: one of the documented statuses, as a
 * problem body whenever it is an error (never empty, never 5xx), with {@code X-Content-Type-Options:
 * nosniff}, and never an echo of a forged {@code Host}. A batch may instead answer 200 with every item
 * refused on its own.
 */
public record BadCase(String kind, String name, Entry entry, RawHttp.Request request, Set<Integer> statuses,
    boolean batch) {

  /** The Host the cases forge: no answer may repeat it. */
  public static final String FORGED_HOST = "evil.example";

  public Http.Answer send() {
    return RawHttp.send(entry.port(), request);
  }

  /** What is wrong with an answer to this case; empty when nothing is. */
  public List<String> faults(Http.Answer answer) {
    List<String> faults = new ArrayList<>();
    if (!statuses.contains(answer.status()) && !(batch && everyItemRefused(answer))) {
      faults.add("expected " + new TreeSet<>(statuses) + (batch ? " or every item refused" : ""));
    }
    if (answer.status() >= 400 && !isProblem(answer)) {
      faults.add("not a problem body");
    }
    if (!answer.headers().firstValue("X-Content-Type-Options").orElse("").equalsIgnoreCase("nosniff")) {
      faults.add("no X-Content-Type-Options: nosniff");
    }
    if (reflectsForgedHost(answer)) {
      faults.add("repeats the forged Host");
    }
    return faults;
  }

  @Override
  public String toString() {
    return kind + " | " + entry.label() + " | " + name;
  }

  static boolean isProblem(Http.Answer answer) {
    if (!answer.contentType().toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
      return false;
    }
    JsonNode body = parse(answer.body());
    return body != null && body.path("status").asInt() == answer.status();
  }

  private static boolean everyItemRefused(Http.Answer answer) {
    JsonNode body = answer.status() == 200 ? parse(answer.body()) : null;
    if (body == null || body.path("accepted").asInt(-1) != 0 || body.path("duplicates").asInt(-1) != 0
        || body.path("items").isEmpty()) {
      return false;
    }
    for (JsonNode item : body.path("items")) {
      if (item.path("status").asInt() < 400) {
        return false;
      }
    }
    return true;
  }

  private static boolean reflectsForgedHost(Http.Answer answer) {
    String host = FORGED_HOST.toLowerCase(Locale.ROOT);
    return answer.body().toLowerCase(Locale.ROOT).contains(host) || answer.headers().map().values().stream()
        .flatMap(List::stream).anyMatch(value -> value.toLowerCase(Locale.ROOT).contains(host));
  }

  private static JsonNode parse(String body) {
    try {
      return body.isBlank() ? null : Http.JSON.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }
}
