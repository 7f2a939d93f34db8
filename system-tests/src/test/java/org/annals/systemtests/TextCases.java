package org.annals.systemtests;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Text that is never acceptable (NUL, control characters, lone surrogates, non-characters) wherever a
 * client can put text: each JSON field of every JSON body, a text/plain or HTML body, every text query
 * parameter, every path parameter; and entity names that name nothing visible. Each is a 400 problem.
 */
final class TextCases {

  static final String KIND = "unacceptable text";
  private static final List<String> HTML_REFERENCES = List.of("&#0;", "&#1;", "&#xD800;");
  private static final List<String> INVISIBLE_NAMES = List.of("\u200b", "\u200b\u200c\u200d", "\ufeff\u2060",
      "Ulaan\nbaatar", "Ulaan\tbaatar");

  private TextCases() {}

  static List<BadCase> all(Operations api) {
    List<BadCase> cases = new ArrayList<>();
    cases.addAll(jsonFields(api));
    cases.addAll(plainText(api));
    cases.addAll(html(api));
    cases.addAll(queryParameters(api));
    cases.addAll(pathParameters(api));
    cases.addAll(names(api));
    return cases;
  }

  private static List<BadCase> jsonFields(Operations api) {
    List<BadCase> cases = new ArrayList<>();
    for (Operations.JsonOperation body : api.jsonBodies()) {
      for (String field : body.textFields()) {
        for (Poison poison : Poison.values()) {
          cases.addAll(body.operation().refused(KIND, poison.label() + " in " + field,
              body.operation().request().body("application/json", body.withEscape(field, poison.jsonEscape())), 400));
        }
      }
    }
    return cases;
  }

  private static List<BadCase> plainText(Operations api) {
    List<BadCase> cases = new ArrayList<>();
    for (Poison poison : Poison.values()) {
      ByteArrayOutputStream text = new ByteArrayOutputStream();
      text.writeBytes("date 2024-03-04\nOfficials in Bergen ".getBytes(StandardCharsets.UTF_8));
      text.writeBytes(poison.utf8());
      text.writeBytes(Operations.text().getBytes(StandardCharsets.UTF_8));
      cases.addAll(api.submit().refused(KIND, poison.label() + " in a text/plain body",
          api.submit().request().body("text/plain; charset=UTF-8", text.toByteArray()), 400));
    }
    return cases;
  }

  /** Character references decode to the very characters JSON may not carry: they are refused the same. */
  private static List<BadCase> html(Operations api) {
    List<BadCase> cases = new ArrayList<>();
    for (String reference : HTML_REFERENCES) {
      Map<String, String> pages = Map.of(
          "the text", page("Bridge reopens", "Bergen Post", "Officials in Bergen " + reference + " said on Monday"),
          "<title>", page("Bridge " + reference + " reopens", "Bergen Post", "Officials in Bergen said on Monday"),
          "og:site_name", page("Bridge reopens", "Bergen " + reference + " Post", "Officials in Bergen said on Monday"));
      pages.forEach((place, page) -> {
        String what = reference + " in " + place;
        String json = Operations.write(Http.JSON.createObjectNode().put("html", page));
        cases.addAll(api.submit().refused(KIND, what + " (text/html)",
            api.submit().request().body("text/html; charset=UTF-8", page), 400));
        cases.addAll(api.submit().refused(KIND, what + " (JSON html)",
            api.submit().request().body("application/json", json), 400));
        cases.addAll(api.batch().refused(KIND, what + " (batch item html)",
            api.batch().request().body("application/json", "[" + json + "]"), 400));
      });
    }
    return cases;
  }

  private static List<BadCase> queryParameters(Operations api) {
    List<BadCase> cases = new ArrayList<>();
    api.queryTexts().forEach((operation, parameters) -> {
      for (String parameter : parameters) {
        for (Poison poison : Poison.IN_URLS) {
          cases.addAll(operation.refused(KIND, poison.label() + " in ?" + parameter,
              operation.at(operation.path() + "?" + parameter + "=Ir" + poison.urlEncoded() + "an"), 400));
        }
      }
    });
    return cases;
  }

  private static List<BadCase> pathParameters(Operations api) {
    List<BadCase> cases = new ArrayList<>();
    for (Poison poison : List.of(Poison.NUL, Poison.NONCHARACTER_FFFE)) {
      String bad = "Ir" + poison.urlEncoded() + "an";
      api.withPathIds().forEach((operation, id) -> cases.addAll(operation.refused(KIND,
          poison.label() + " in the path", operation.at(operation.path().replace(id, bad)), 400)));
      for (Operations.JsonOperation body : api.jsonBodies()) {
        Operation operation = body.operation();
        String id = operation.path().contains(api.entity) ? api.entity : Operations.UNKNOWN;
        if (operation.path().contains(id)) {
          cases.addAll(operation.refused(KIND, poison.label() + " in the path",
              operation.at(operation.path().replace(id, bad)).body("application/json", body.validJson()), 400));
        }
      }
    }
    return cases;
  }

  private static List<BadCase> names(Operations api) {
    List<BadCase> cases = new ArrayList<>();
    for (String name : INVISIBLE_NAMES) {
      String what = "the name '" + name.codePoints().mapToObj(c -> c > ' ' && c < 0x7F ? Character.toString(c)
          : String.format("U+%04X", c)).collect(Collectors.joining()) + "'";
      cases.addAll(api.correct().refused(KIND, what, api.correct().request().body("application/json",
          Operations.write(Http.JSON.createObjectNode().put("name", name))), 400));
      cases.addAll(api.addAlias().refused(KIND, what, api.addAlias().request().body("application/json",
          Operations.write(Http.JSON.createObjectNode().put("alias", name))), 400));
    }
    return cases;
  }

  private static String page(String title, String site, String sentence) {
    return "<html><head><title>" + title + "</title><meta property=\"og:site_name\" content=\"" + site + "\">"
        + "</head><body><article><h1>" + title + "</h1><p>" + sentence + " that the bridge " + Operations.text()
        + "</p><p>Work on the approach roads is due to last another month, the council said.</p></article>"
        + "</body></html>";
  }
}
