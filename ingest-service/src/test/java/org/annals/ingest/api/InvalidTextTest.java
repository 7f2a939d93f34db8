package org.annals.ingest.api;

import static org.annals.ingest.support.TestSupport.ARTICLES;
import static org.annals.ingest.support.TestSupport.PROBLEM_JSON;
import static org.annals.ingest.support.TestSupport.api;
import static org.annals.ingest.support.TestSupport.countArticles;
import static org.annals.ingest.support.TestSupport.marker;
import static org.annals.ingest.support.TestSupport.newsReport;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.annals.common.security.Roles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text that cannot be stored as sent (NUL, other controls, lone surrogates, non-characters) is refused
 * wherever it hides: in a page once its character references are decoded, in any metadata read from
 * the page, and in JSON escapes. The answer names the request field and, for a page, what in it.
 */
@QuarkusTest
@TestSecurity(user = "tester", roles = {Roles.READER, Roles.EDITOR})
class InvalidTextTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A request carrying bad text, the field its problem must name, and a word its detail must contain
   * (the part of the page, or the character).
   */
  record BadText(String name, String contentType, String body, String field, String... detailWords) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<BadText> badTexts() {
    return Stream.of(
        page("&#0; in the text", "", "", "<p>The pump&#0; failed.</p>", "text", "U+0000"),
        page("&#1; in the text", "", "", "<p>The pump&#1; failed.</p>", "text", "U+0001"),
        page("&#x1B; in the text", "", "", "<p>The pump&#x1B; failed.</p>", "text", "U+001B"),
        page("&#x81; in the title", "<title>Water&#x81; back</title>", "", "", "title", "U+0081"),
        page("&#xD800; in the text", "", "", "<p>The pump &#xD800; failed.</p>", "text", "U+D800"),
        page("&#xFFFF; in the text", "", "", "<p>The pump &#xFFFF; failed.</p>", "text", "U+FFFF"),
        page("&#0; in the title", "<title>Water&#0; back</title>", "", "", "title", "U+0000"),
        page("&#1; in og:title", "", "<meta property=\"og:title\" content=\"Water&#1; back\">", "", "title", "U+0001"),
        page("&#0; in og:site_name", "", "<meta property=\"og:site_name\" content=\"Echo&#0;\">", "", "source",
            "U+0000"),
        page("&#xD800; in og:site_name", "", "<meta property=\"og:site_name\" content=\"Echo&#xD800;\">", "",
            "source", "U+D800"),
        page("&#0; in the canonical URL", "", "<link rel=\"canonical\" href=\"https://echo.example/a&#0;\">", "",
            "url", "U+0000"),
        page("&#0; in the publication date", "",
            "<meta property=\"article:published_time\" content=\"2023-03-14&#0;\">", "", "publishedAt", "U+0000"),
        json("lone surrogate in text", "{\"text\":\"" + escaped(newsReport(marker())) + " a \\ud800 b\"}", "text",
            "U+D800"),
        json("lone low surrogate in text", "{\"text\":\"" + escaped(newsReport(marker())) + " a \\udc00 b\"}",
            "text", "U+DC00"),
        json("lone surrogate in title", article("title", "Water \\ud800 back"), "title", "U+D800"),
        json("lone surrogate in source", article("source", "Echo \\udbff"), "source", "U+DBFF"),
        json("non-character in source", article("source", "Echo \\ufffe"), "source", "U+FFFE"),
        json("lone surrogate in language", article("language", "e\\ud800n"), "language", "U+D800"),
        json("lone surrogate in publishedAt", article("publishedAt", "2023-01-01\\ud800"), "publishedAt", "U+D800"),
        json("&#0; in JSON html", htmlInJson("", "<p>" + newsReport(marker()) + " &#0;</p>"), "html", "text",
            "U+0000"),
        json("&#0; in the title of JSON html",
            htmlInJson("<title>Water&#0; back</title>", "<p>" + newsReport(marker()) + "</p>"), "html", "title",
            "U+0000"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badTexts")
  void isRefusedNamingTheField(BadText bad) {
    int before = countArticles();

    Response response = api().contentType(bad.contentType()).body(bad.body().getBytes(StandardCharsets.UTF_8))
        .post(ARTICLES);

    String answer = response.asString();
    assertEquals(400, response.statusCode(), answer);
    assertAll(
        () -> assertTrue(response.contentType().startsWith(PROBLEM_JSON), response.contentType()),
        () -> assertEquals("urn:annals:problem:validation", response.jsonPath().getString("type"), answer),
        () -> assertEquals(bad.field(), response.jsonPath().getString("errors[0].field"), answer),
        () -> Stream.of(bad.detailWords()).forEach(word ->
            assertTrue(response.jsonPath().getString("detail").contains(word), word + " in " + answer)),
        () -> assertFalse(answer.contains("Exception"), answer),
        () -> assertEquals(before, countArticles(), "articles stored"));
  }

  /**
   * A text/html page, otherwise valid, with the bad part in the head or the body. The problem names the
   * body, and its detail the part of the page (text, title, source, ...) and the character.
   */
  private static BadText page(String name, String title, String meta, String paragraph, String part,
      String character) {
    String html = "<html><head>" + (title.isEmpty() ? "<title>Water back on</title>" : title) + meta
        + "</head><body><article><p>" + newsReport(marker()) + "</p>" + paragraph + "</article></body></html>";
    return new BadText(name, "text/html; charset=UTF-8", html, "body", part, character);
  }

  private static BadText json(String name, String body, String field, String... detailWords) {
    return new BadText(name, "application/json", body, field, detailWords);
  }

  /** A JSON article with one more field, whose value is written as is (JSON escapes included). */
  private static String article(String field, String rawValue) {
    return "{\"text\":\"" + escaped(newsReport(marker())) + "\",\"" + field + "\":\"" + rawValue + "\"}";
  }

  /** A text as the inside of a JSON string. */
  private static String escaped(String text) {
    try {
      String quoted = JSON.writeValueAsString(text);
      return quoted.substring(1, quoted.length() - 1);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String htmlInJson(String head, String article) {
    try {
      return JSON.writeValueAsString(Map.of("html",
          "<html><head>" + head + "</head><body><article>" + article + "</article></body></html>"));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
