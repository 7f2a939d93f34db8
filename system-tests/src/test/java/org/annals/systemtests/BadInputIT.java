package org.annals.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What callers get wrong, and what attackers try, sent through the gateway and to each service on its
 * own port with real tokens: every kind of bad input on every operation that takes it (see the *Cases
 * classes). Each answer is the documented 4xx problem, never a 5xx, and what is refused leaves no
 * article, entity, alias or event behind. A batch with one bad item stores exactly what it answers;
 * a burst of forged tokens is rate-limited. Odd but valid input (scripts in pages, SQL-like words,
 * right-to-left and emoji text, the same text twice) is taken, and taken right.
 */
@ExtendWith(AnnalsStack.class)
class BadInputIT {

  private static final String ARTICLES = "/api/v1/articles";
  private static final int MIN_CASES = 150;
  private static final int MAX_BURST = 2000;
  private static final int FAULTS_SHOWN = 60;

  @Test
  void everyRefusalIsAProblemAndChangesNothing() throws IOException {
    // Whatever earlier tests sent is processed first: from here on, only these requests could change counts.
    Census.awaitIdle();
    Operations api = Operations.find();
    Census.Stored before = Census.stored();
    String entityBefore = Census.entity(api.entity);
    String duplicateBefore = Census.entity(api.duplicate);

    List<BadCase> cases = Stream.of(ClassicCases.all(), TextCases.all(api), DateCases.all(api),
        MediaTypeCases.all(api), JsonShapeCases.all(api), HttpLayerCases.all(api)).flatMap(List::stream).toList();
    List<String> faults = new ArrayList<>();
    for (BadCase c : cases) {
      Http.Answer answer = c.send();
      List<String> wrong = c.faults(answer);
      if (!wrong.isEmpty()) {
        faults.add(c + ": " + String.join(", ", wrong) + "; got " + answer);
      }
    }
    Map<String, Long> perKind = cases.stream().collect(Collectors.groupingBy(c -> c.kind() + " via "
        + (c.entry() == Entry.GATEWAY ? "the gateway" : "a service"), TreeMap::new, Collectors.counting()));
    Path report = AnnalsStack.dataDir().getParent().resolve("bad-input-cases.txt");
    Files.writeString(report, "cases: " + cases.size() + " " + perKind + "\nfaults: " + faults.size() + "\n"
        + String.join("\n", faults) + "\n", StandardCharsets.UTF_8);
    System.out.println("bad-input cases: " + cases.size() + " " + perKind + "; faults: " + faults.size());

    assertTrue(cases.size() >= MIN_CASES, "at least " + MIN_CASES + " cases: " + cases.size());
    assertTrue(faults.isEmpty(), faults.size() + " of " + cases.size() + " answers were wrong (all in " + report
        + "):\n" + String.join("\n", faults.subList(0, Math.min(FAULTS_SHOWN, faults.size()))));

    // Anything a refused request had let through would be processed within these seconds.
    Poll.sleep(Duration.ofSeconds(5));
    assertEquals(before, Census.stored(), "articles, entities, aliases and events");
    assertEquals(entityBefore, Census.entity(api.entity), "the entity the corrections were aimed at");
    assertEquals(duplicateBefore, Census.entity(api.duplicate), "the entity the merges were aimed at");
  }

  /**
   * One bad item among good ones: the batch either answers each item (the good ones stored, as many as
   * it says) or refuses the whole request with a problem and stores nothing. Either way the count of
   * articles grows by exactly what the answers say.
   */
  @Test
  void aBatchWithOneBadItemStoresExactlyWhatItAnswers() {
    Operation batch = new Operation("POST", ARTICLES + "/batch", Entry.INGEST, "editor");
    Map<String, String> badItems = new LinkedHashMap<>();
    badItems.put("NUL in the text", "{\"text\":\"Officials in Bergen \\u0000 said so. " + UUID.randomUUID() + "\"}");
    badItems.put("a lone surrogate in the title", "{\"text\":\"" + Operations.text() + "\",\"title\":\"a \\ud800 b\"}");
    badItems.put("&#0; in the page's text", "{\"html\":\"<html><head><title>Bridge reopens</title></head><body><p>"
        + "Officials in Bergen&#0; said on Monday " + UUID.randomUUID() + "</p></body></html>\"}");
    badItems.put("text of the wrong type", "{\"text\":42}");
    int before = Census.articles();
    int stored = 0;
    List<String> wrong = new ArrayList<>();
    for (Entry entry : batch.entries()) {
      for (Map.Entry<String, String> bad : badItems.entrySet()) {
        String body = "[{\"text\":\"" + Operations.text() + "\"}," + bad.getValue() + ",{\"text\":\""
            + Operations.text() + "\",\"publishedAt\":\"2024-03-05\"}]";
        Http.Answer answer = RawHttp.send(entry.port(), batch.request().body("application/json", body));
        if (answer.status() == 400 && BadCase.isProblem(answer)) {
          continue;
        }
        JsonNode items = answer.status() == 200 ? answer.json().path("items") : Http.JSON.createArrayNode();
        boolean goodStoredBadRefused = items.size() == 3 && items.get(0).path("status").asInt() == 202
            && items.get(1).path("status").asInt() >= 400 && items.get(2).path("status").asInt() == 202;
        if (goodStoredBadRefused && answer.json().path("accepted").asInt() == 2) {
          stored += 2;
        } else {
          wrong.add(entry.label() + ", " + bad.getKey() + ": " + answer);
        }
      }
    }
    assertEquals(List.of(), wrong);
    assertEquals(before + stored, Census.articles(), "the batches stored what they answered, no more, no less");
  }

  /**
   * Junk in Authorization is counted against the caller's address before the token is checked, with a
   * smaller allowance than requests that authenticate: a burst of forged RS256 tokens (the realm's issuer
   * and audience, our own key) meets 429 with Retry-After. It is sent from a loopback address of its own
   * where the system has one, so that the other tests' allowance is not used up.
   */
  @Test
  void aBurstOfForgedTokensMeetsTooManyRequests() {
    InetAddress from = otherLoopbackAddress();
    RawHttp.Request request = new RawHttp.Request("GET", ARTICLES + "?limit=1").bearer(Tokens.forged());
    Http.Answer answer = null;
    int sent = 0;
    while (sent < MAX_BURST && (answer == null || answer.status() != 429)) {
      answer = RawHttp.send(from, AnnalsStack.GATEWAY_PORT, request);
      sent++;
      if (answer.status() != 401 && answer.status() != 429) {
        throw new AssertionError("a forged token answered " + answer + " after " + sent + " requests");
      }
    }
    assertEquals(429, answer.status(), "no 429 after " + sent + " forged tokens: " + answer);
    assertTrue(BadCase.isProblem(answer), answer.toString());
    long retryAfter = Long.parseLong(answer.headers().firstValue("Retry-After").orElse("0"));
    assertTrue(retryAfter > 0, "Retry-After: " + answer.headers().map());
    if (from == null) {
      // This address is the other tests' too: let its allowance refill before they go on.
      Poll.sleep(Duration.ofSeconds(Math.min(retryAfter, 90)));
    }
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


  /** 127.0.0.2 where the loopback interface answers on it (Linux); null (the default address) elsewhere. */
  private static InetAddress otherLoopbackAddress() {
    try (Socket probe = new Socket()) {
      InetAddress other = InetAddress.getByAddress(new byte[] {127, 0, 0, 2});
      probe.bind(new InetSocketAddress(other, 0));
      probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), AnnalsStack.GATEWAY_PORT), 2000);
      return other;
    } catch (IOException e) {
      return null;
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
