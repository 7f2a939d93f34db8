package org.annals.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What callers get wrong, sent through the gateway: each answer is the documented 4xx problem, never a
 * 5xx, and what is refused leaves no article, entity or event behind. Odd but valid input (scripts in
 * pages, SQL-like words, right-to-left and emoji text, the same text twice) is taken, and taken right.
 */
@ExtendWith(AnnalsStack.class)
class BadInputIT {

  private record Case(String name, int expected, Supplier<HttpRequest.Builder> request) {}

  private static final String ARTICLES = "/api/v1/articles";
  private static final String UNKNOWN = UUID.randomUUID().toString();

  @Test
  void everyRefusalIsAProblemAndChangesNothing() {
    // Whatever earlier tests sent is processed first: from here on, only these requests could change counts.
    Census.Counts before = Census.awaitIdle();
    List<String> wrong = new ArrayList<>();
    List<Case> cases = refusals();
    for (Case c : cases) {
      Http.Answer answer = Http.send(c.request().get());
      if (answer.status() != c.expected() || !answer.isProblem()) {
        wrong.add(c.name() + ": expected " + c.expected() + " problem, got " + answer);
      }
    }
    assertTrue(cases.size() >= 30, "at least 30 cases: " + cases.size());
    assertEquals(List.of(), wrong);

    // Anything a refused request had let through would be processed within these seconds.
    Poll.sleep(Duration.ofSeconds(5));
    Census.Counts after = Census.take();
    assertEquals(before.articles(), after.articles(), "articles");
    assertEquals(before.entities(), after.entities(), "entities");
    assertEquals(before.events(), after.events(), "events");
  }

  @Test
  void oddButValidInputIsTakenAsItIs() {
    int before = Census.articles();
    String editor = Tokens.of("editor");

    Http.Answer page = Http.post(ARTICLES, editor, "text/html; charset=UTF-8", """
        <html><head><title>Dam repairs</title><script>document.write('injected')</script></head>
        <body><article><h1>Dam repairs begin</h1><p>Engineers in Porto began repairing the river dam on Monday,
        the city council said.<script>alert('x')</script></p><p onclick="steal()">Work is due to last a month.</p>
        </article></body></html>""");
    assertEquals(202, page.status(), page.toString());
    String pageText = Pipeline.article(page.json().path("id").asText()).path("text").asText();
    assertTrue(pageText.contains("Engineers in Porto began repairing"), pageText);
    assertFalse(pageText.contains("alert") || pageText.contains("injected") || pageText.contains("<"), pageText);

    String sqlLike = "Officials said on Monday that a clerk typed Robert'); DROP TABLE article;-- into the"
        + " register in Turin, and that the council's records were safe.";
    Http.Answer sql = Http.post(ARTICLES, editor, "text/plain; charset=UTF-8", sqlLike);
    assertEquals(202, sql.status(), sql.toString());
    assertEquals(sqlLike, Pipeline.article(sql.json().path("id").asText()).path("text").asText());
    assertEquals(200, Http.get(ARTICLES + "?limit=5&q=" + encode("' OR 1=1 --"), editor).status());
    Http.Answer names = Http.get("/api/v1/entities?limit=5&name=" + encode("%' OR '1'='1"), editor);
    assertEquals(200, names.status(), names.toString());
    assertEquals(0, names.json().path("items").size(), "a pattern is a name to look for, not SQL: " + names);

    String arabic = "قال مسؤولون يوم الاثنين إن الفيضانات أغلقت الطريق الساحلي بين المدينتين لمدة ثلاثة أيام،"
        + " وإن فرق الإنقاذ أجلت مئات العائلات من القرى القريبة.";
    Http.Answer rtl = Http.post(ARTICLES, editor, "text/plain; charset=UTF-8", arabic);
    assertEquals(202, rtl.status(), rtl.toString());
    JsonNode rtlArticle = Pipeline.article(rtl.json().path("id").asText());
    assertEquals(arabic, rtlArticle.path("text").asText());
    assertEquals("ar", rtlArticle.path("language").asText());

    String emoji = "Fans in Glasgow cheered 🎉🏆 on Saturday as the city's team won the cup final, the club said"
        + " in a statement 👏.";
    Http.Answer emojiAnswer = Http.post(ARTICLES, editor, "text/plain; charset=UTF-8", emoji);
    assertEquals(202, emojiAnswer.status(), emojiAnswer.toString());
    assertEquals(emoji, Pipeline.article(emojiAnswer.json().path("id").asText()).path("text").asText());

    String report = "Customs officers in Antwerp said on Friday they had seized " + UUID.randomUUID().hashCode()
        + " counterfeit watches hidden in a shipment of garden furniture.";
    Http.Answer first = Http.post(ARTICLES, editor, "text/plain; charset=UTF-8", report);
    Http.Answer again = Http.post(ARTICLES, editor, "text/plain; charset=UTF-8", report);
    assertEquals(202, first.status(), first.toString());
    assertEquals(200, again.status(), again.toString());
    assertEquals(first.json().path("id").asText(), again.json().path("duplicateOf").asText());

    Http.Answer batch = Http.post(ARTICLES + "/batch", editor, "application/json", "["
        + "{\"text\":\"Voters in Tallinn elected a new city council on Sunday, officials said. " + UUID.randomUUID()
        + "\"},{\"text\":\"   \"},{\"text\":\"The ferry between Helsinki and Tallinn resumed on Tuesday after repairs, the"
        + " operator said. " + UUID.randomUUID() + "\",\"publishedAt\":\"2024-03-05\"}]");
    assertEquals(200, batch.status(), batch.toString());
    assertEquals(2, batch.json().path("accepted").asInt(), batch.toString());
    assertEquals(1, batch.json().path("rejected").asInt(), batch.toString());
    assertEquals(400, batch.json().at("/items/1/status").asInt(), batch.toString());

    assertEquals(before + 7, Census.articles(), "page, SQL-like, Arabic, emoji, one of the twins, two of the batch");
  }

  private static List<Case> refusals() {
    String editor = Tokens.of("editor");
    String admin = Tokens.of("admin");
    String reader = Tokens.of("reader");
    String valid = "Officials in Bergen said on Monday that the bridge would reopen.";
    List<Case> cases = new ArrayList<>();
    cases.add(post("empty JSON body", 400, editor, "application/json", new byte[0]));
    cases.add(post("empty text", 400, editor, "text/plain", new byte[0]));
    cases.add(post("whitespace text", 400, editor, "text/plain", bytes(" \n\t \r\n  ")));
    cases.add(post("blank text field", 400, editor, "application/json", bytes("{\"text\":\"   \"}")));
    cases.add(post("no text nor html", 400, editor, "application/json", bytes("{\"title\":\"Only a title\"}")));
    cases.add(post("malformed JSON", 400, editor, "application/json", bytes("{\"text\": \"" + valid + "\"")));
    cases.add(post("text of the wrong type", 400, editor, "application/json", bytes("{\"text\": 42}")));
    cases.add(post("unknown field", 400, editor, "application/json",
        bytes("{\"text\":\"" + valid + "\",\"author\":\"me\"}")));
    cases.add(post("array to the single endpoint", 400, editor, "application/json",
        bytes("[{\"text\":\"" + valid + "\"}]")));
    cases.add(post("binary bytes", 400, editor, "text/plain", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2}));
    cases.add(post("invalid UTF-8", 400, editor, "text/plain; charset=UTF-8",
        new byte[] {'T', 'h', 'e', ' ', (byte) 0xC3, (byte) 0x28, ' ', 'e', 'n', 'd'}));
    cases.add(post("unknown charset", 415, editor, "text/plain; charset=klingon", bytes(valid)));
    cases.add(post("XML", 415, editor, "application/xml", bytes("<article>" + valid + "</article>")));
    cases.add(post("an image", 415, editor, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
    cases.add(post("over 2 MiB", 413, editor, "text/plain", bytes("word ".repeat(2 * 1024 * 1024 / 5 + 10))));
    cases.add(post("over 200 000 characters", 413, editor, "text/plain", bytes("Rain fell. ".repeat(21_000))));
    cases.add(post("impossible date", 400, editor, "application/json",
        bytes("{\"text\":\"" + valid + "\",\"publishedAt\":\"2023-02-30\"}")));
    cases.add(post("future date", 400, editor, "application/json",
        bytes("{\"text\":\"" + valid + "\",\"publishedAt\":\"2999-01-01\"}")));
    cases.add(post("impossible date line", 400, editor, "text/plain", bytes("date 2023-13-45\n" + valid)));
    cases.add(post("only a script", 400, editor, "application/json",
        bytes("{\"html\":\"<html><body><script>alert(1)</script></body></html>\"}")));
    cases.add(post("empty batch", 400, editor, "application/json", bytes("[]")));
    cases.add(post("batch that is not a list", 400, editor, "application/json", bytes("{\"text\":\"" + valid + "\"}"),
        ARTICLES + "/batch"));
    cases.add(post("batch of 101", 413, editor, "application/json", bytes("["
        + String.join(",", java.util.Collections.nCopies(101, "{\"text\":\"" + valid + "\"}")) + "]"),
        ARTICLES + "/batch"));
    cases.add(get("limit 0", 400, reader, ARTICLES + "?limit=0"));
    cases.add(get("limit not a number", 400, reader, ARTICLES + "?limit=many"));
    cases.add(get("forged article cursor", 400, reader, ARTICLES + "?cursor=bm90LWEtY3Vyc29y"));
    cases.add(get("impossible filter date", 400, reader, ARTICLES + "?publishedFrom=2023-02-30"));
    cases.add(get("unknown status", 400, reader, ARTICLES + "?status=SHREDDED"));
    cases.add(get("article id not a UUID", 404, reader, ARTICLES + "/1%20OR%201=1"));
    cases.add(get("unknown article", 404, reader, ARTICLES + "/" + UNKNOWN));
    cases.add(get("unknown entity type", 400, reader, "/api/v1/entities?type=PLANET"));
    cases.add(get("forged entity cursor", 400, reader, "/api/v1/entities?cursor=" + encode("abc'--")));
    cases.add(get("unknown entity", 404, reader, "/api/v1/entities/" + UNKNOWN));
    cases.add(get("events from after to", 400, reader, "/api/v1/events?from=2023-02-01&to=2023-01-01"));
    cases.add(get("unknown event kind", 400, reader, "/api/v1/events?kind=PICNIC"));
    cases.add(get("forged event cursor", 400, reader, "/api/v1/events?cursor=AAAA"));
    cases.add(get("event entity not a UUID", 400, reader, "/api/v1/events?entity=iran"));
    cases.add(get("unknown event", 404, reader, "/api/v1/events/" + UNKNOWN));
    cases.add(get("unknown story", 404, reader, "/api/v1/stories/" + UNKNOWN));
    cases.add(get("timeline limit too large", 400, reader, "/api/v1/timelines/" + UNKNOWN + "?limit=5000"));
    cases.add(get("time expressions without an article", 400, reader, "/api/v1/timexes"));
    cases.add(get("dot segments", 400, reader, "/api/v1/articles/%2e%2e/entities"));
    cases.add(get("no such API", 404, reader, "/api/v1/nothing-here"));
    cases.add(new Case("delete an unknown article", 404, () -> Http.request(ARTICLES + "/" + UNKNOWN, admin).DELETE()));
    cases.add(post("reprocess an unknown article", 404, editor, "application/json", new byte[0],
        ARTICLES + "/" + UNKNOWN + "/reprocess"));
    cases.add(post("merge an entity into itself", 400, admin, "application/json",
        bytes("{\"duplicate\":\"" + UNKNOWN + "\"}"), "/api/v1/entities/" + UNKNOWN + "/merge"));
    return cases;
  }

  private static Case post(String name, int expected, String token, String type, byte[] body) {
    return post(name, expected, token, type, body, ARTICLES);
  }

  private static Case post(String name, int expected, String token, String type, byte[] body, String path) {
    return new Case(name, expected, () -> Http.request(path, token).header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  private static Case get(String name, int expected, String token, String path) {
    return new Case(name, expected, () -> Http.request(path, token).GET());
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
