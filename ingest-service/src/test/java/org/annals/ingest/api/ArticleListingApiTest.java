package org.annals.ingest.api;

import static org.annals.ingest.support.TestSupport.ARTICLES;
import static org.annals.ingest.support.TestSupport.PROBLEM_JSON;
import static org.annals.ingest.support.TestSupport.api;
import static org.annals.ingest.support.TestSupport.jsonArticle;
import static org.annals.ingest.support.TestSupport.listAllIds;
import static org.annals.ingest.support.TestSupport.listPage;
import static org.annals.ingest.support.TestSupport.marker;
import static org.annals.ingest.support.TestSupport.newsReport;
import static org.annals.ingest.support.TestSupport.submitJson;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.annals.common.security.Roles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The listing over a fixture of seven articles sharing one marker word, so that the other articles in
 * the shared database never get in the way: six English ones published 5 to 10 January 2023 (three per
 * outlet), and a French one of 11 January.
 */
@QuarkusTest
@TestSecurity(user = "tester", roles = {Roles.READER, Roles.EDITOR, Roles.ADMIN, Roles.SERVICE})
class ArticleListingApiTest {

  private static final String FRENCH = "Le conseil municipal a approuv\u00e9 mardi soir la construction d\u2019une"
      + " nouvelle ligne de tramway vers l\u2019a\u00e9roport, apr\u00e8s un d\u00e9bat de plus de six heures."
      + " Les travaux doivent commencer au printemps prochain, selon le service des transports. Mots de"
      + " r\u00e9f\u00e9rence : ";

  private static Fixture fixture;

  /** The fixture's shared marker, each article's own marker, and the ids in the order they were posted. */
  private record Fixture(String shared, List<String> own, List<String> ids) {

    List<String> newestFirst(int... indexes) {
      List<String> picked = new ArrayList<>();
      for (int i = ids.size() - 1; i >= 0; i--) {
        for (int index : indexes) {
          if (index == i) {
            picked.add(ids.get(i));
          }
        }
      }
      return picked;
    }
  }

  private static synchronized Fixture fixture() {
    if (fixture == null) {
      String shared = marker();
      List<String> own = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < 7; i++) {
        own.add(marker());
        String text = i < 6 ? newsReport(shared, own.get(i)) : FRENCH + shared + " " + own.get(i) + ".";
        ids.add(submitJson(jsonArticle(text, "source", i < 3 ? "Harbour Gazette" : "Valley Courier",
            "publishedAt", "2023-01-" + String.format("%02d", 5 + i))).toString());
      }
      fixture = new Fixture(shared, own, List.copyOf(ids));
    }
    return fixture;
  }

  @Test
  void pagesWalkEveryArticleOnceNewestFirst() {
    Fixture f = fixture();
    List<Integer> sizes = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      Map<String, Object> query = new HashMap<>(Map.of("q", f.shared(), "limit", 3));
      if (cursor != null) {
        query.put("cursor", cursor);
      }
      JsonPath page = listPage(query);
      List<String> items = page.getList("items.id", String.class);
      sizes.add(items.size());
      seen.addAll(items);
      cursor = page.getString("nextCursor");
    } while (cursor != null && sizes.size() < 10);

    List<String> expected = new ArrayList<>(f.ids());
    Collections.reverse(expected);
    assertEquals(List.of(3, 3, 1), sizes);
    assertEquals(expected, seen);
  }

  @Test
  void articlesAddedDuringAWalkNeitherShiftNorRepeatPages() {
    String shared = marker();
    List<String> older = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      older.add(0, submitJson(jsonArticle(newsReport(shared, marker()))).toString());
    }

    JsonPath first = listPage(Map.of("q", shared, "limit", 2));
    String added = submitJson(jsonArticle(newsReport(shared, marker()))).toString();
    JsonPath second = listPage(Map.of("q", shared, "limit", 2, "cursor", first.getString("nextCursor")));

    assertEquals(older.subList(0, 2), first.getList("items.id", String.class));
    assertEquals(older.subList(2, 4), second.getList("items.id", String.class));
    assertNull(second.getString("nextCursor"));
    List<String> fresh = listAllIds(Map.of("q", shared), 2);
    assertEquals(added, fresh.get(0));
    assertEquals(5, new HashSet<>(fresh).size());
  }

  @Test
  void walkingAllArticlesSkipsAndRepeatsNothing() {
    fixture();

    List<String> all = listAllIds(Map.of(), 4);

    assertEquals(all.size(), new HashSet<>(all).size(), "an article appeared twice");
    assertTrue(all.containsAll(fixture.ids()));
  }

  @Test
  void summariesCarryNoTextOrSteps() {
    JsonPath page = listPage(Map.of("q", fixture().own().get(0)));

    assertEquals(1, page.getList("items").size());
    assertEquals("Harbour Gazette", page.getString("items[0].source"));
    assertNull(page.get("items[0].text"));
    assertNull(page.get("items[0].steps"));
    assertNull(page.getString("nextCursor"));
  }

  static List<Object[]> filters() {
    return List.of(
        new Object[] {Map.of("source", "harbour GAZETTE"), new int[] {0, 1, 2}},
        new Object[] {Map.of("publishedFrom", "2023-01-07", "publishedTo", "2023-01-09"), new int[] {2, 3, 4}},
        new Object[] {Map.of("publishedFrom", "2023-01-10"), new int[] {5, 6}},
        new Object[] {Map.of("publishedTo", "2023-01-05"), new int[] {0}},
        new Object[] {Map.of("source", "Valley Courier", "publishedTo", "2023-01-09"), new int[] {3, 4}},
        new Object[] {Map.of("status", "unsupported_language"), new int[] {6}},
        new Object[] {Map.of("language", "fr"), new int[] {6}},
        new Object[] {Map.of("language", "EN"), new int[] {0, 1, 2, 3, 4, 5}},
        new Object[] {Map.of("source", "Nobody's Times"), new int[] {}});
  }

  @ParameterizedTest
  @MethodSource("filters")
  void filters(Map<String, String> filter, int[] expected) {
    Fixture f = fixture();
    Map<String, Object> query = new HashMap<>(filter);
    query.put("q", f.shared());

    assertEquals(f.newestFirst(expected), listAllIds(query, 50));
  }

  @Test
  void fullTextSearch() {
    Fixture f = fixture();

    assertAll(
        () -> assertEquals(f.newestFirst(3), listAllIds(Map.of("q", f.own().get(3)), 50)),
        () -> assertEquals(f.newestFirst(0, 1, 2, 4, 5, 6),
            listAllIds(Map.of("q", f.shared() + " -" + f.own().get(3)), 50)),
        () -> assertEquals(f.newestFirst(0, 1, 2, 3, 4, 5),
            listAllIds(Map.of("q", f.shared() + " water treatment"), 50)),
        () -> assertEquals(f.newestFirst(), listAllIds(Map.of("q", f.shared() + " \"treatment water\""), 50)));
  }

  static List<String> badCursors() {
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    UUID id = UUID.randomUUID();
    return List.of(
        "not a cursor!",
        base64.encodeToString("hello".getBytes(StandardCharsets.UTF_8)),
        base64.encodeToString(("123|not-a-uuid").getBytes(StandardCharsets.UTF_8)),
        base64.encodeToString(("soon|" + id).getBytes(StandardCharsets.UTF_8)),
        // A time PostgreSQL cannot store: a forged cursor must not reach the database.
        base64.encodeToString(("-9000000000000000000|" + id).getBytes(StandardCharsets.UTF_8)),
        // Times past the year 9999, in range of a long and not, and as a forged ISO day.
        base64.encodeToString((Long.MAX_VALUE + "|" + id).getBytes(StandardCharsets.UTF_8)),
        base64.encodeToString(("31556889832780799999999|" + id).getBytes(StandardCharsets.UTF_8)),
        base64.encodeToString(("+999999999-12-31|" + id).getBytes(StandardCharsets.UTF_8)),
        base64.encodeToString(("-999999999-01-01T00:00:00Z|" + id).getBytes(StandardCharsets.UTF_8)),
        // NULs and a lone surrogate inside the decoded cursor, and NUL around the encoded one.
        base64.encodeToString(("1700000000000000\u0000|" + id).getBytes(StandardCharsets.UTF_8)),
        base64.encodeToString(("1700000000000000|" + id + "\u0000").getBytes(StandardCharsets.UTF_8)),
        // "1700|" and a UTF-8-encoded surrogate, which is not UTF-8.
        base64.encodeToString(HexFormat.of().parseHex("313730307ceda080")),
        "MTcwMDAwMDAwMDAwMDAwMHw\u0000");
  }

  @ParameterizedTest
  @MethodSource("badCursors")
  void badCursorIsRejected(String cursor) {
    Response response = api().queryParam("cursor", cursor).get(ARTICLES);

    assertProblem(response, 400, "cursor");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "201", "-3", "ten", "2.5"})
  void badLimitIsRejected(String limit) {
    assertProblem(api().queryParam("limit", limit).get(ARTICLES), 400, "limit");
  }

  static List<Arguments> badFilters() {
    return List.of(
        Arguments.of("status", "FINISHED"),
        Arguments.of("publishedFrom", "2023-02-30"),
        Arguments.of("publishedTo", "January"),
        Arguments.of("publishedFrom", "+999999999-12-31"),
        Arguments.of("publishedTo", "-999999999-01-01"),
        Arguments.of("publishedFrom", "+10000-01-01"),
        Arguments.of("publishedTo", "0000-12-31"),
        Arguments.of("q", "Ir\u0000an"),
        Arguments.of("q", "water\u0001"),
        Arguments.of("source", "Echo\u0000"),
        Arguments.of("source", "Echo\u007F"),
        Arguments.of("language", "e\u0000n"),
        Arguments.of("status", "DONE\u0000"),
        Arguments.of("publishedFrom", "2023-01-01\u0000"),
        Arguments.of("limit", "1\u0000"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFilters")
  void badFiltersAreRejected(String parameter, String value) {
    assertProblem(api().queryParam(parameter, value).get(ARTICLES), 400, parameter);
  }

  @Test
  void largestPageIsAccepted() {
    JsonPath page = listPage(Map.of("limit", 200));

    assertNotNull(page.getList("items"));
    assertTrue(page.getList("items").size() <= 200);
  }

  private static void assertProblem(Response response, int status, String field) {
    assertEquals(status, response.statusCode(), response.asString());
    assertTrue(response.contentType().startsWith(PROBLEM_JSON), response.contentType());
    assertEquals(field, response.jsonPath().getString("errors[0].field"), response.asString());
    assertFalse(response.asString().contains("Exception"), response.asString());
  }
}
