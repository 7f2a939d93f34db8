package org.annals.systemtests;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * What callers commonly get wrong, through the gateway: empty and binary bodies, wrong charsets and
 * types, sizes over the limits, impossible dates, limits and filters out of range, ids that are not
 * ids, and paths nothing serves.
 */
final class ClassicCases {

  static final String KIND = "common mistake";
  private static final String ARTICLES = "/api/v1/articles";
  private static final String UNKNOWN = Operations.UNKNOWN;

  private ClassicCases() {}

  static List<BadCase> all() {
    String valid = "Officials in Bergen said on Monday that the bridge would reopen.";
    List<BadCase> cases = new ArrayList<>();
    cases.add(post("empty JSON body", 400, "application/json", new byte[0]));
    cases.add(post("empty text", 400, "text/plain", new byte[0]));
    cases.add(post("whitespace text", 400, "text/plain", bytes(" \n\t \r\n  ")));
    cases.add(post("blank text field", 400, "application/json", bytes("{\"text\":\"   \"}")));
    cases.add(post("no text nor html", 400, "application/json", bytes("{\"title\":\"Only a title\"}")));
    cases.add(post("malformed JSON", 400, "application/json", bytes("{\"text\": \"" + valid + "\"")));
    cases.add(post("text of the wrong type", 400, "application/json", bytes("{\"text\": 42}")));
    cases.add(post("unknown field", 400, "application/json", bytes("{\"text\":\"" + valid + "\",\"author\":\"me\"}")));
    cases.add(post("array to the single endpoint", 400, "application/json", bytes("[{\"text\":\"" + valid + "\"}]")));
    cases.add(post("binary bytes", 400, "text/plain", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2}));
    cases.add(post("invalid UTF-8", 400, "text/plain; charset=UTF-8",
        new byte[] {'T', 'h', 'e', ' ', (byte) 0xC3, (byte) 0x28, ' ', 'e', 'n', 'd'}));
    cases.add(post("unknown charset", 415, "text/plain; charset=klingon", bytes(valid)));
    cases.add(post("XML", 415, "application/xml", bytes("<article>" + valid + "</article>")));
    cases.add(post("an image", 415, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
    cases.add(post("over 2 MiB", 413, "text/plain", bytes("word ".repeat(2 * 1024 * 1024 / 5 + 10))));
    cases.add(post("over 200 000 characters", 413, "text/plain", bytes("Rain fell. ".repeat(21_000))));
    cases.add(post("impossible date", 400, "application/json",
        bytes("{\"text\":\"" + valid + "\",\"publishedAt\":\"2023-02-30\"}")));
    cases.add(post("future date", 400, "application/json",
        bytes("{\"text\":\"" + valid + "\",\"publishedAt\":\"2999-01-01\"}")));
    cases.add(post("impossible date line", 400, "text/plain", bytes("date 2023-13-45\n" + valid)));
    cases.add(post("only a script", 400, "application/json",
        bytes("{\"html\":\"<html><body><script>alert(1)</script></body></html>\"}")));
    cases.add(post("empty array", 400, "application/json", bytes("[]")));
    cases.add(post("empty batch", 400, "application/json", bytes("[]"), ARTICLES + "/batch"));
    cases.add(post("batch that is not a list", 400, "application/json", bytes("{\"text\":\"" + valid + "\"}"),
        ARTICLES + "/batch"));
    cases.add(post("batch of 101", 413, "application/json", bytes("["
        + String.join(",", Collections.nCopies(101, "{\"text\":\"" + valid + "\"}")) + "]"), ARTICLES + "/batch"));
    cases.add(get("limit 0", 400, ARTICLES + "?limit=0"));
    cases.add(get("limit not a number", 400, ARTICLES + "?limit=many"));
    cases.add(get("forged article cursor", 400, ARTICLES + "?cursor=bm90LWEtY3Vyc29y"));
    cases.add(get("impossible filter date", 400, ARTICLES + "?publishedFrom=2023-02-30"));
    cases.add(get("unknown status", 400, ARTICLES + "?status=SHREDDED"));
    cases.add(get("article id not a UUID", 404, ARTICLES + "/1%20OR%201=1"));
    cases.add(get("unknown article", 404, ARTICLES + "/" + UNKNOWN));
    cases.add(get("unknown entity type", 400, "/api/v1/entities?type=PLANET"));
    cases.add(get("forged entity cursor", 400, "/api/v1/entities?cursor=abc%27--"));
    cases.add(get("unknown entity", 404, "/api/v1/entities/" + UNKNOWN));
    cases.add(get("events from after to", 400, "/api/v1/events?from=2023-02-01&to=2023-01-01"));
    cases.add(get("unknown event kind", 400, "/api/v1/events?kind=PICNIC"));
    cases.add(get("forged event cursor", 400, "/api/v1/events?cursor=AAAA"));
    cases.add(get("event entity not a UUID", 400, "/api/v1/events?entity=iran"));
    cases.add(get("unknown event", 404, "/api/v1/events/" + UNKNOWN));
    cases.add(get("unknown story", 404, "/api/v1/stories/" + UNKNOWN));
    cases.add(get("timeline limit too large", 400, "/api/v1/timelines/" + UNKNOWN + "?limit=5000"));
    cases.add(get("time expressions without an article", 400, "/api/v1/timexes"));
    cases.add(get("dot segments", 400, "/api/v1/articles/%2e%2e/entities"));
    cases.add(get("no such API", 404, "/api/v1/nothing-here"));
    cases.add(gateway("delete an unknown article", 404,
        new RawHttp.Request("DELETE", ARTICLES + "/" + UNKNOWN).bearer(Tokens.of("admin"))));
    cases.add(post("reprocess an unknown article", 404, "application/json", new byte[0],
        ARTICLES + "/" + UNKNOWN + "/reprocess"));
    cases.add(gateway("merge an entity into itself", 400,
        new RawHttp.Request("POST", "/api/v1/entities/" + UNKNOWN + "/merge").bearer(Tokens.of("admin"))
            .body("application/json", "{\"duplicate\":\"" + UNKNOWN + "\"}")));
    return cases;
  }

  private static BadCase post(String name, int expected, String type, byte[] body) {
    return post(name, expected, type, body, ARTICLES);
  }

  private static BadCase post(String name, int expected, String type, byte[] body, String path) {
    return gateway(name, expected, new RawHttp.Request("POST", path).bearer(Tokens.of("editor")).body(type, body));
  }

  private static BadCase get(String name, int expected, String path) {
    return gateway(name, expected, new RawHttp.Request("GET", path).bearer(Tokens.of("reader")));
  }

  private static BadCase gateway(String name, int expected, RawHttp.Request request) {
    return new BadCase(KIND, name, Entry.GATEWAY, request, Set.of(expected), false);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
