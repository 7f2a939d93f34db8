package org.annals.ingest.api;

import static org.annals.ingest.support.TestSupport.ARTICLES;
import static org.annals.ingest.support.TestSupport.PROBLEM_JSON;
import static org.annals.ingest.support.TestSupport.api;
import static org.annals.ingest.support.TestSupport.article;
import static org.annals.ingest.support.TestSupport.awaitStatus;
import static org.annals.ingest.support.TestSupport.jsonArticle;
import static org.annals.ingest.support.TestSupport.marker;
import static org.annals.ingest.support.TestSupport.newsReport;
import static org.annals.ingest.support.TestSupport.requestId;
import static org.annals.ingest.support.TestSupport.submitJson;
import static org.annals.ingest.support.TestSupport.submitText;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.annals.common.security.Roles;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "tester", roles = {Roles.READER, Roles.EDITOR, Roles.ADMIN, Roles.SERVICE})
class ArticleSubmissionApiTest {

  /** An invented report of about 150 words, used only by the near-duplicate test. */
  private static final String LONG_REPORT = """
      Firefighters brought a blaze at the Eastfield recycling depot under control early on Sunday after \
      working through the night, the regional fire service said. Smoke from the fire, which started in a \
      store of shredded plastic shortly before nine in the evening, drifted across the motorway and forced \
      police to close two lanes for several hours.

      Residents of nearby streets were told to keep their windows shut, and a primary school that was due \
      to host a weekend fair cancelled it as a precaution. No one was injured, according to the depot \
      manager, who said staff had left the site two hours before the fire broke out.

      Investigators will examine the remains of the building on Monday. The operator said it would pay for \
      air quality checks in the surrounding neighbourhood and would keep residents informed through the \
      council. The depot handles most of the household waste collected in the district and is expected to \
      stay closed for at least a week, with collections diverted to a site in the west.""";

  @Test
  void jsonArticleIsStoredAndQueued() {
    String text = newsReport(marker());
    String requestId = requestId("submit");

    Response response = api().header("X-Request-Id", requestId).contentType("application/json")
        .body(jsonArticle(text, "source", "Northgate Echo", "url", "https://northgate-echo.example/water",
            "publishedAt", "2023-01-31"))
        .post(ARTICLES);

    assertEquals(202, response.statusCode(), response.asString());
    String id = response.jsonPath().getString("id");
    String location = response.header("Location");
    assertAll(
        () -> assertEquals(UUID.fromString(id).toString(), id),
        () -> assertEquals("PENDING", response.jsonPath().getString("status")),
        () -> assertTrue(location != null && location.endsWith(ARTICLES + "/" + id), "Location: " + location),
        () -> assertEquals(requestId, response.header("X-Request-Id")));

    JsonPath stored = api().get(location).then().statusCode(200).extract().jsonPath();
    assertAll(
        () -> assertEquals(id, stored.getString("id")),
        () -> assertEquals(text, stored.getString("text")),
        () -> assertEquals("Northgate Echo", stored.getString("source")),
        () -> assertEquals("https://northgate-echo.example/water", stored.getString("url")),
        () -> assertEquals("2023-01-31", stored.getString("publishedAt")),
        () -> assertEquals("DAY", stored.getString("publishedGranularity")),
        () -> assertEquals("FIELD", stored.getString("publishedFrom")),
        () -> assertEquals("JSON_TEXT", stored.getString("submittedAs")),
        () -> assertEquals("en", stored.getString("language")),
        () -> assertEquals("DETECTED", stored.getString("languageOrigin")),
        () -> assertEquals(text.split("\\s+").length, stored.getInt("wordCount")),
        () -> assertTrue(stored.getString("contentHash").matches("[0-9a-f]{64}")),
        () -> assertEquals(List.of("ENTITIES", "TIMELINE"), stored.getList("steps.step")));
  }

  @Test
  void plainTextWithDayHeader() {
    String body = newsReport(marker());

    JsonPath stored = article(submitText("date 2023-01-31\n" + body));

    assertAll(
        () -> assertEquals("2023-01-31", stored.getString("publishedAt")),
        () -> assertEquals("DAY", stored.getString("publishedGranularity")),
        () -> assertEquals("HEADER_LINE", stored.getString("publishedFrom")),
        () -> assertEquals("PLAIN_TEXT", stored.getString("submittedAs")),
        () -> assertEquals(body, stored.getString("text")));
  }

  @Test
  void plainTextWithHeaderOnTheFirstTextLine() {
    String body = newsReport(marker());

    JsonPath stored = article(submitText("  date 2022-12-24 " + body));

    assertEquals("2022-12-24", stored.getString("publishedAt"));
    assertEquals(body, stored.getString("text"));
  }

  @Test
  void plainTextWithMonthHeader() {
    JsonPath stored = article(submitText("date 2023-01\n" + newsReport(marker())));

    assertEquals("2023-01", stored.getString("publishedAt"));
    assertEquals("MONTH", stored.getString("publishedGranularity"));
    assertEquals("HEADER_LINE", stored.getString("publishedFrom"));
  }

  @Test
  void undatedPlainText() {
    JsonPath stored = article(submitText(newsReport(marker())));

    assertNull(stored.getString("publishedAt"));
    assertEquals("NONE", stored.getString("publishedGranularity"));
    assertEquals("NONE", stored.getString("publishedFrom"));
  }

  @Test
  void plainTextWithoutCharsetIsReadAsUtf8() {
    String text = newsReport(marker()) + "\n\n\u201cIt\u2019s fixed,\u201d said the caf\u00e9 owner.";

    Response response = api().contentType("text/plain").body(text.getBytes(StandardCharsets.UTF_8)).post(ARTICLES);

    assertEquals(202, response.statusCode(), response.asString());
    assertEquals(text, article(UUID.fromString(response.jsonPath().getString("id"))).getString("text"));
  }

  @Test
  void htmlPageIsCleanedAndDatedFromItsMetadata() {
    String marker = marker();
    String html = """
        <html><head>
          <title>Water back on | Northgate Echo</title>
          <meta property="og:title" content="Water back on across Northgate">
          <meta property="og:site_name" content="Northgate Echo">
          <meta property="article:published_time" content="2023-03-14T09:30:00+01:00">
          <link rel="canonical" href="https://northgate-echo.example/2023/03/water">
        </head><body>
          <nav><a href="/">Home</a><a href="/local">Local news</a></nav>
          <article>
            <p>Workers at the Northgate water treatment plant restored full service on Tuesday after a pump
            failure left parts of the district without running water for nearly two days.</p>
            <div class="share-bar"><a>Share on Facebook</a><a>Share on WhatsApp</a></div>
            <p>Residents were advised to boil their water until laboratory tests confirm it is safe. %s</p>
          </article>
          <div id="comments"><h2>Leave a Reply</h2><p>Your email address will not be published.</p></div>
          <footer>All rights reserved.</footer>
        </body></html>
        """.formatted(marker);

    Response response = api().contentType("text/html; charset=UTF-8").body(html.getBytes(StandardCharsets.UTF_8))
        .post(ARTICLES);

    assertEquals(202, response.statusCode(), response.asString());
    JsonPath stored = article(UUID.fromString(response.jsonPath().getString("id")));
    String text = stored.getString("text");
    assertAll(
        () -> assertEquals("2023-03-14", stored.getString("publishedAt")),
        () -> assertEquals("DAY", stored.getString("publishedGranularity")),
        () -> assertEquals("HTML_META", stored.getString("publishedFrom")),
        () -> assertEquals("2023-03-14T08:30:00Z", stored.getString("publishedTime")),
        () -> assertEquals("Water back on across Northgate", stored.getString("title")),
        () -> assertEquals("Northgate Echo", stored.getString("source")),
        () -> assertEquals("https://northgate-echo.example/2023/03/water", stored.getString("url")),
        () -> assertEquals("HTML", stored.getString("submittedAs")),
        () -> assertTrue(text.startsWith("Workers at the Northgate water treatment plant"), text),
        () -> assertTrue(text.endsWith(marker), text),
        () -> assertEquals(2, text.split("\n\n").length, text),
        () -> assertFalse(text.contains("Share on") || text.contains("Leave a Reply") || text.contains("Local news")
            || text.contains("rights reserved"), text));
  }

  @Test
  void htmlInJson() {
    String marker = marker();

    JsonPath stored = article(submitJson(jsonArticle(null, "html",
        "<html><head><title>Pump fixed</title></head><body><main><p>" + newsReport(marker)
            + "</p><aside>Most read</aside></main></body></html>")));

    assertEquals("JSON_HTML", stored.getString("submittedAs"));
    assertEquals("Pump fixed", stored.getString("title"));
    assertFalse(stored.getString("text").contains("Most read"));
  }

  @Test
  void sameContentAgainAnswersTheStoredArticle() {
    String text = newsReport(marker());
    UUID first = submitText(text);

    JsonPath again = api().contentType("text/plain; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8))
        .post(ARTICLES).then().statusCode(200).extract().jsonPath();
    JsonPath respaced = api().contentType("application/json")
        .body(jsonArticle(text.toUpperCase().replace(" ", "   ").replace("\n\n", "\n")))
        .post(ARTICLES).then().statusCode(200).extract().jsonPath();

    assertEquals(first.toString(), again.getString("id"));
    assertEquals(first.toString(), again.getString("duplicateOf"));
    assertEquals(first.toString(), respaced.getString("duplicateOf"));
  }

  @Test
  void nearDuplicateIsStoredAndPointsAtTheOriginal() {
    String marker = marker();
    UUID original = submitText(LONG_REPORT + "\n\n" + marker);
    String edited = LONG_REPORT.replace("early on Sunday", "on Sunday morning").replace("a week", "ten days")
        + "\n\n" + marker;

    Response response = api().contentType("text/plain; charset=UTF-8")
        .body(edited.getBytes(StandardCharsets.UTF_8)).post(ARTICLES);

    assertEquals(202, response.statusCode(), response.asString());
    JsonPath result = response.jsonPath();
    assertNotEquals(original.toString(), result.getString("id"));
    assertEquals(original.toString(), result.getString("nearDuplicateOf"));
    assertTrue(result.getDouble("similarity") >= 0.8, "similarity " + result.getDouble("similarity"));
    assertTrue(result.getDouble("similarity") < 1.0, "similarity " + result.getDouble("similarity"));
    JsonPath stored = article(UUID.fromString(result.getString("id")));
    assertEquals(original.toString(), stored.getString("nearDuplicateOf"));
    assertEquals(result.getDouble("similarity"), stored.getDouble("nearDuplicateSimilarity"));
  }

  @Test
  void headlineLineBecomesTheTitle() {
    JsonPath fromText = article(submitText("Ferry service resumes after storm\n\n" + newsReport(marker())));
    JsonPath fromField = article(submitJson(jsonArticle("Ferry service resumes after storm\n\n"
        + newsReport(marker()), "title", "Islanders get their ferry back")));

    assertEquals("Ferry service resumes after storm", fromText.getString("title"));
    assertTrue(fromText.getString("text").startsWith("Ferry service resumes after storm\n\n"));
    assertEquals("Islanders get their ferry back", fromField.getString("title"));
  }

  @Test
  void textWithoutHeadlineHasNoTitle() {
    assertNull(article(submitText(newsReport(marker()))).getString("title"));
  }

  @Test
  void frenchArticleIsStoredButNotAnalysed() {
    String french = "Le conseil municipal a approuv\u00e9 mardi soir la construction d\u2019une nouvelle ligne"
        + " de tramway vers l\u2019a\u00e9roport, apr\u00e8s un d\u00e9bat de plus de six heures. Les travaux"
        + " doivent commencer au printemps prochain et la ligne devrait accueillir ses premiers voyageurs"
        + " dans quatre ans, selon le service des transports. Les opposants jugent le budget irr\u00e9aliste."
        + " R\u00e9f\u00e9rence " + marker() + ".";

    UUID id = submitText(french);

    JsonPath stored = article(id);
    assertAll(
        () -> assertEquals("UNSUPPORTED_LANGUAGE", stored.getString("status")),
        () -> assertEquals("fr", stored.getString("language")),
        () -> assertEquals("DETECTED", stored.getString("languageOrigin")),
        () -> assertEquals(List.of(), stored.getList("steps")));
    api().post(ARTICLES + "/" + id + "/reprocess").then().statusCode(409).contentType(PROBLEM_JSON);
  }

  @Test
  void arabicArticleIsStoredButNotAnalysed() {
    String arabic = "\u0623\u0639\u0644\u0646\u062a \u0628\u0644\u062f\u064a\u0629 \u0627\u0644\u0645\u062f"
        + "\u064a\u0646\u0629 \u064a\u0648\u0645 \u0627\u0644\u062b\u0644\u0627\u062b\u0627\u0621 \u0639\u0646"
        + " \u0627\u0641\u062a\u062a\u0627\u062d \u062c\u0633\u0631 \u062c\u062f\u064a\u062f \u0641\u0648\u0642"
        + " \u0627\u0644\u0646\u0647\u0631 \u0628\u0639\u062f \u062b\u0644\u0627\u062b \u0633\u0646\u0648\u0627"
        + "\u062a \u0645\u0646 \u0623\u0639\u0645\u0627\u0644 \u0627\u0644\u0628\u0646\u0627\u0621. \u0648\u0642"
        + "\u0627\u0644 \u0631\u0626\u064a\u0633 \u0627\u0644\u0628\u0644\u062f\u064a\u0629 \u0625\u0646 \u0627"
        + "\u0644\u062c\u0633\u0631 \u0633\u064a\u062e\u0641\u0641 \u0627\u0644\u0627\u0632\u062f\u062d\u0627"
        + "\u0645 \u0641\u064a \u0648\u0633\u0637 \u0627\u0644\u0645\u062f\u064a\u0646\u0629. " + marker();

    JsonPath stored = article(submitJson(jsonArticle(arabic)));

    assertEquals("UNSUPPORTED_LANGUAGE", stored.getString("status"));
    assertEquals("ar", stored.getString("language"));
  }

  @Test
  void languageGivenByTheClient() {
    JsonPath stored = article(submitJson(jsonArticle(newsReport(marker()), "language", "en-GB")));

    assertEquals("en", stored.getString("language"));
    assertEquals("FIELD", stored.getString("languageOrigin"));
  }

  @Test
  void requestIdIsCreatedWhenMissingOrUnsafe() {
    String missing = api().get(ARTICLES + "/" + UUID.randomUUID()).header("X-Request-Id");
    Response unsafe = api().header("X-Request-Id", "two words <script>").get(ARTICLES + "/" + UUID.randomUUID());

    assertTrue(missing != null && !missing.isBlank(), "X-Request-Id: " + missing);
    String created = unsafe.header("X-Request-Id");
    assertTrue(created != null && created.matches("[A-Za-z0-9._:-]{1,128}"), "X-Request-Id: " + created);
    assertEquals(created, unsafe.jsonPath().getString("requestId"));
  }

  @Test
  void unknownAndMalformedIdsAreNotFound() {
    for (String id : List.of(UUID.randomUUID().toString(), "not-a-uuid", "12345")) {
      Response response = api().get(ARTICLES + "/" + id);
      assertEquals(404, response.statusCode(), id);
      assertTrue(response.contentType().startsWith(PROBLEM_JSON), response.contentType());
      assertFalse(response.jsonPath().getString("detail").isBlank());
    }
  }

  @Test
  void deletedArticleIsGone() {
    UUID id = submitText(newsReport(marker()));

    // As a client generated from the OpenAPI document asks: only a problem is documented as a body.
    api().accept(PROBLEM_JSON).delete(ARTICLES + "/" + id).then().statusCode(204);

    api().get(ARTICLES + "/" + id).then().statusCode(404).contentType(PROBLEM_JSON);
    api().accept(PROBLEM_JSON).delete(ARTICLES + "/" + id).then().statusCode(404).contentType(PROBLEM_JSON);
    api().post(ARTICLES + "/" + id + "/reprocess").then().statusCode(404).contentType(PROBLEM_JSON);
  }

  @Test
  void reprocessQueuesTheArticleAgain() {
    UUID id = submitText(newsReport(marker()));
    awaitStatus(id, "DONE", Duration.ofSeconds(30));

    JsonPath queued = api().post(ARTICLES + "/" + id + "/reprocess").then().statusCode(202).extract().jsonPath();

    assertEquals("PENDING", queued.getString("status"));
    assertEquals(List.of("PENDING", "PENDING"), queued.getList("steps.status"));
    assertEquals(List.of(0, 0), queued.getList("steps.attempts"));
    awaitStatus(id, "DONE", Duration.ofSeconds(30));
  }
}
