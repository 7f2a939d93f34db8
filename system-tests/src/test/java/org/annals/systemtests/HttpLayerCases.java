package org.annals.systemtests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the HTTP layer refuses before any operation runs, on the gateway and on each service: a URI or
 * headers over the limit, an invalid Host, a method or an Accept the path does not serve, a preflight
 * from an origin not allowed; a forged Host that must not come back in any header or body; metrics that
 * are not for the public; a timeline of an entity that does not exist.
 */
final class HttpLayerCases {

  static final String KIND = "HTTP layer";

  private HttpLayerCases() {}

  static List<BadCase> all(Operations api) {
    Map<Entry, Operation> listings = Map.of(
        Entry.INGEST, new Operation("GET", "/api/v1/articles", Entry.INGEST, "reader"),
        Entry.ENTITY, new Operation("GET", "/api/v1/entities", Entry.ENTITY, "reader"),
        Entry.TIMELINE, new Operation("GET", "/api/v1/events", Entry.TIMELINE, "reader"));
    List<BadCase> cases = new ArrayList<>();
    listings.values().forEach(listing -> {
      cases.addAll(listing.refused(KIND, "a 20 KB query", listing.at(listing.path() + "?q=" + "a".repeat(20_000)), 414));
      cases.addAll(listing.refused(KIND, "a 40 KB header",
          listing.at(listing.path()).header("X-Padding", "b".repeat(40_000)), 431));
      cases.addAll(listing.refused(KIND, "an invalid Host",
          listing.at(listing.path()).header("Host", "evil<>.example"), 400));
      cases.addAll(listing.refused(KIND, "Accept: image/png",
          listing.at(listing.path() + "?limit=1").header("Accept", "image/png"), 406));
      cases.addAll(listing.refused(KIND, "a forged Host", listing.at(listing.path() + "?limit=1")
          .header("Host", BadCase.FORGED_HOST), 200, 400, 421));
    });
    for (Entry entry : Entry.values()) {
      cases.add(new BadCase(KIND, "the OpenAPI document with a forged Host", entry,
          new RawHttp.Request("GET", "/q/openapi?format=json").header("Host", BadCase.FORGED_HOST),
          Set.of(200, 400, 421), false));
    }
    cases.addAll(methodsNotAllowed(api));
    cases.addAll(gatewayOnly());
    Operation timeline = new Operation("GET", "/api/v1/timelines/" + Operations.UNKNOWN, Entry.TIMELINE, "reader");
    cases.addAll(timeline.refused(KIND, "an entity that does not exist", timeline.request(), 404));
    return cases;
  }

  private static List<BadCase> methodsNotAllowed(Operations api) {
    List<BadCase> cases = new ArrayList<>();
    Operation put = new Operation("PUT", "/api/v1/articles/" + Operations.UNKNOWN, Entry.INGEST, "editor");
    cases.addAll(put.refused(KIND, "a method it does not serve",
        put.request().body("application/json", "{\"text\":\"" + Operations.text() + "\"}"), 405));
    Operation delete = new Operation("DELETE", "/api/v1/entities/" + api.duplicate, Entry.ENTITY, "admin");
    cases.addAll(delete.refused(KIND, "a method it does not serve", delete.request(), 405));
    Operation post = new Operation("POST", "/api/v1/events", Entry.TIMELINE, "editor");
    cases.addAll(post.refused(KIND, "a method it does not serve", post.request().body("application/json", "{}"), 405));
    return cases;
  }

  private static List<BadCase> gatewayOnly() {
    return List.of(
        new BadCase(KIND, "CORS preflight from an origin not allowed", Entry.GATEWAY,
            new RawHttp.Request("OPTIONS", "/api/v1/articles").header("Origin", "https://attacker.test")
                .header("Access-Control-Request-Method", "POST"), Set.of(403), false),
        new BadCase(KIND, "/q/metrics without a token", Entry.GATEWAY, new RawHttp.Request("GET", "/q/metrics"),
            Set.of(401, 403, 404), false),
        new BadCase(KIND, "Swagger UI with a forged Host", Entry.GATEWAY,
            new RawHttp.Request("GET", "/q/swagger-ui").header("Host", BadCase.FORGED_HOST),
            Set.of(200, 301, 302, 307, 308, 400, 421), false),
        new BadCase(KIND, "an unknown path with a forged Host", Entry.GATEWAY,
            new RawHttp.Request("GET", "/api/v1/nothing-here").bearer(Tokens.of("reader"))
                .header("Host", BadCase.FORGED_HOST), Set.of(400, 404, 421), false));
  }
}
