package org.annals.systemtests;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Days outside years 1 to 9999, in every date parameter, in every date field of a JSON body, and inside
 * cursors forged to look like the ones the services issue (base64url of "day|id", "micros|id",
 * "name|id"); and cursors that decode to numbers out of range or to unacceptable text. Each is a 400.
 */
final class DateCases {

  static final String KIND = "out-of-range date or forged cursor";
  private static final List<String> DAYS = List.of("+999999999-12-31", "-999999999-01-01", "+10000-01-01",
      "0000-12-31");

  private DateCases() {}

  static List<BadCase> all(Operations api) {
    List<BadCase> cases = new ArrayList<>();
    api.queryDates().forEach((operation, parameters) -> {
      for (String parameter : parameters) {
        for (String day : DAYS) {
          cases.addAll(operation.refused(KIND, "?" + parameter + "=" + day,
              operation.at(operation.path() + "?" + parameter + "=" + URLEncoder.encode(day, StandardCharsets.UTF_8)),
              400));
        }
      }
    });
    for (Operations.JsonOperation body : api.jsonBodies()) {
      String field = body.firstTextField().replaceFirst("[^/]*$", "publishedAt");
      if (body.validJson().contains("\"publishedAt\"")) {
        for (String day : DAYS.subList(0, 2)) {
          cases.addAll(body.operation().refused(KIND, field + " " + day, body.operation().request()
              .body("application/json", body.with(field, "\"" + day + "\"")), 400));
        }
      }
    }
    cases.addAll(cursors(api));
    return cases;
  }

  private static List<BadCase> cursors(Operations api) {
    List<BadCase> cases = new ArrayList<>();
    String id = UUID.randomUUID().toString();
    Operation timeline = new Operation("GET", "/api/v1/timelines/" + api.entity, Entry.TIMELINE, "reader");
    for (Operation listing : List.of(new Operation("GET", "/api/v1/events", Entry.TIMELINE, "reader"),
        new Operation("GET", "/api/v1/stories", Entry.TIMELINE, "reader"), timeline)) {
      for (String day : DAYS.subList(0, 2)) {
        // No event may name the entity yet: its timeline is then a 404 before the cursor is read.
        cases.addAll(cursor(listing, day + "|" + id, listing == timeline ? new int[] {400, 404} : new int[] {400}));
      }
    }
    Operation articles = new Operation("GET", "/api/v1/articles", Entry.INGEST, "reader");
    cases.addAll(cursor(articles, Long.MAX_VALUE + "|" + id));
    cases.addAll(cursor(articles, "99999999999999999999|" + id));
    cases.addAll(cursor(articles, "1\u0000|" + id));
    Operation entities = new Operation("GET", "/api/v1/entities", Entry.ENTITY, "reader");
    cases.addAll(cursor(entities, "ir\u0000an|" + id));
    cases.addAll(cursor(entities, "ir\ufffean|" + id));
    cases.addAll(cursor(new Operation("GET", "/api/v1/entities/" + api.entity + "/mentions", Entry.ENTITY, "reader"),
        "99999999999999999999"));
    return cases;
  }

  private static List<BadCase> cursor(Operation listing, String decoded) {
    return cursor(listing, decoded, new int[] {400});
  }

  private static List<BadCase> cursor(Operation listing, String decoded, int[] statuses) {
    String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(decoded.getBytes(StandardCharsets.UTF_8));
    return listing.refused(KIND, "a forged cursor of '" + decoded.replace("\u0000", "\\u0000") + "'",
        listing.at(listing.path() + "?cursor=" + cursor), statuses);
  }
}
