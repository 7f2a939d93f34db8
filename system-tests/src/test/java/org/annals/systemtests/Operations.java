package org.annals.systemtests;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Every operation of the API, with the ids the bad-input cases put in their paths: two real entities
 * of the curated knowledge base (so that a refusal is about the input, not a 404), and ids that exist
 * nowhere. Each operation with a JSON body comes with a body it would take, and the text fields in it.
 */
public final class Operations {

  /** An operation with a JSON body: a fresh body it would accept, and where the body holds text. */
  public record JsonOperation(Operation operation, Supplier<JsonNode> valid, List<String> textFields) {

    /** The valid body with another value (written as JSON) at a field, e.g. "/0/text". */
    public String with(String pointer, String jsonValue) {
      JsonNode body = valid.get();
      JsonPointer at = JsonPointer.compile(pointer);
      ((ObjectNode) body.at(at.head())).put(at.last().getMatchingProperty(), PLACEHOLDER);
      return write(body).replace("\"" + PLACEHOLDER + "\"", jsonValue);
    }

    /**
     * The valid body with a character, written as a JSON escape, in the middle of the text at a field:
     * that character is all that is wrong with it.
     */
    public String withEscape(String pointer, String escape) {
      String text = valid.get().at(pointer).asText();
      String quoted = write(Http.JSON.getNodeFactory().textNode(text));
      int middle = 1 + text.length() / 2;
      return with(pointer, quoted.substring(0, middle) + escape + quoted.substring(middle));
    }

    public String validJson() {
      return write(valid.get());
    }

    /** The main text of the body (of a batch's first item). */
    public String firstTextField() {
      return textFields.get(0);
    }
  }

  public static final String UNKNOWN = UUID.randomUUID().toString();
  private static final String PLACEHOLDER = "\u2603placeholder\u2603";
  private static final AtomicInteger SERIAL = new AtomicInteger();
  /** Names only an entity of the knowledge base, so that annotating it adds no entity to the store. */
  private static final String TIMELINE_TEXT = "Officials in Oslo said on Monday that the bridge would reopen after"
      + " repairs.";
  private static JsonNode timelineAnnotation;

  public final String entity;
  public final String duplicate;

  private Operations(String entity, String duplicate) {
    this.entity = entity;
    this.duplicate = duplicate;
  }

  /** The operations, with two cities nobody else's test touches as the entities to correct and merge. */
  public static Operations find() {
    return new Operations(kbCity("Ulaanbaatar"), kbCity("Windhoek"));
  }

  public Operation submit() {
    return new Operation("POST", "/api/v1/articles", Entry.INGEST, "editor");
  }

  public Operation batch() {
    return new Operation("POST", "/api/v1/articles/batch", Entry.INGEST, "editor");
  }

  public Operation correct() {
    return new Operation("PATCH", "/api/v1/entities/" + entity, Entry.ENTITY, "editor");
  }

  public Operation addAlias() {
    return new Operation("POST", "/api/v1/entities/" + entity + "/aliases", Entry.ENTITY, "editor");
  }

  public Operation merge() {
    return new Operation("POST", "/api/v1/entities/" + entity + "/merge", Entry.ENTITY, "admin");
  }

  public Operation entityAnalysis() {
    return new Operation("PUT", "/internal/v1/articles/" + UNKNOWN + "/analysis", Entry.ENTITY, "service");
  }

  public Operation timelineAnalysis() {
    return new Operation("PUT", "/internal/v1/articles/" + UNKNOWN, Entry.TIMELINE, "service");
  }

  /** Every operation that takes a JSON body. */
  public List<JsonOperation> jsonBodies() {
    return List.of(
        new JsonOperation(submit(), Operations::article, List.of("/text", "/title", "/source", "/language", "/url")),
        new JsonOperation(batch(), () -> Http.JSON.createArrayNode().add(article()),
            List.of("/0/text", "/0/title", "/0/source")),
        new JsonOperation(correct(), () -> object(Map.of("name", "Ulaanbaatar")), List.of("/name")),
        new JsonOperation(addAlias(), () -> object(Map.of("alias", "Ulaan test " + unique())), List.of("/alias")),
        new JsonOperation(merge(), () -> object(Map.of("duplicate", duplicate)), List.of("/duplicate")),
        new JsonOperation(entityAnalysis(), () -> object(Map.of("text", text(), "language", "en")),
            List.of("/text", "/language")),
        new JsonOperation(timelineAnalysis(), () -> {
          ObjectNode body = object(Map.of("text", TIMELINE_TEXT, "title", "Bridge reopens", "source", "Bergen Post",
              "publishedAt", "2024-03-04", "publishedGranularity", "DAY"));
          body.putArray("mentions");
          body.set("annotation", timelineAnnotation());
          return body;
        }, List.of("/text", "/title", "/source")));
  }

  /** Every operation with a path parameter, with the real (or unknown) id its path holds. */
  public Map<Operation, String> withPathIds() {
    String article = "/api/v1/articles/" + UNKNOWN;
    String entityPath = "/api/v1/entities/" + entity;
    return Map.ofEntries(
        Map.entry(new Operation("GET", article, Entry.INGEST, "reader"), UNKNOWN),
        Map.entry(new Operation("DELETE", article, Entry.INGEST, "admin"), UNKNOWN),
        Map.entry(new Operation("POST", article + "/reprocess", Entry.INGEST, "editor"), UNKNOWN),
        Map.entry(new Operation("GET", entityPath, Entry.ENTITY, "reader"), entity),
        Map.entry(new Operation("GET", entityPath + "/mentions", Entry.ENTITY, "reader"), entity),
        Map.entry(new Operation("GET", entityPath + "/related", Entry.ENTITY, "reader"), entity),
        Map.entry(new Operation("GET", entityPath + "/changes", Entry.ENTITY, "reader"), entity),
        Map.entry(new Operation("GET", "/api/v1/events/" + UNKNOWN, Entry.TIMELINE, "reader"), UNKNOWN),
        Map.entry(new Operation("GET", "/api/v1/stories/" + UNKNOWN, Entry.TIMELINE, "reader"), UNKNOWN),
        Map.entry(new Operation("GET", "/api/v1/timelines/" + entity, Entry.TIMELINE, "reader"), entity),
        Map.entry(new Operation("DELETE", "/internal/v1/articles/" + UNKNOWN, Entry.ENTITY, "service"), UNKNOWN),
        Map.entry(new Operation("DELETE", "/internal/v1/articles/" + UNKNOWN, Entry.TIMELINE, "service"), UNKNOWN));
  }

  /** The listings and their text parameters (dates, numbers and ids are other kinds' business). */
  public Map<Operation, List<String>> queryTexts() {
    return Map.of(
        new Operation("GET", "/api/v1/articles", Entry.INGEST, "reader"),
        List.of("q", "source", "language", "status", "cursor"),
        new Operation("GET", "/api/v1/entities", Entry.ENTITY, "reader"), List.of("name", "type", "cursor"),
        new Operation("GET", "/api/v1/entities/" + entity + "/mentions", Entry.ENTITY, "reader"), List.of("cursor"),
        new Operation("GET", "/api/v1/events", Entry.TIMELINE, "reader"), List.of("kind", "cursor", "entity"),
        new Operation("GET", "/api/v1/stories", Entry.TIMELINE, "reader"), List.of("cursor", "entity"),
        new Operation("GET", "/api/v1/timelines/" + entity, Entry.TIMELINE, "reader"), List.of("format", "cursor"),
        new Operation("GET", "/api/v1/timexes", Entry.TIMELINE, "reader"), List.of("article"));
  }

  /** The listings and their date parameters. */
  public Map<Operation, List<String>> queryDates() {
    return Map.of(
        new Operation("GET", "/api/v1/articles", Entry.INGEST, "reader"), List.of("publishedFrom", "publishedTo"),
        new Operation("GET", "/api/v1/events", Entry.TIMELINE, "reader"), List.of("from", "to"),
        new Operation("GET", "/api/v1/timelines/" + entity, Entry.TIMELINE, "reader"), List.of("from", "to"));
  }

  /** An article text no other request sends, so that a submission that got through would be stored. */
  /**
   * entity-service's annotation of {@link #TIMELINE_TEXT}, asked for once (and its mentions removed
   * again): what makes a timeline body valid but for the one value each case spoils.
   */
  private static synchronized JsonNode timelineAnnotation() {
    if (timelineAnnotation == null) {
      String article = "http://localhost:" + Entry.ENTITY.port() + "/internal/v1/articles/" + UUID.randomUUID();
      Http.Answer answer = Http.send(Http.request(article + "/analysis", Tokens.service())
          .header("Content-Type", "application/json")
          .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(write(object(Map.of("text", TIMELINE_TEXT,
              "language", "en"))))));
      if (answer.status() != 200) {
        throw new IllegalStateException("entity-service did not annotate the timeline body's text: " + answer);
      }
      Http.delete(article, Tokens.service());
      timelineAnnotation = answer.json().path("annotation");
    }
    return timelineAnnotation.deepCopy();
  }

  public static String text() {
    return "Officials in Bergen said on Monday that bridge " + unique() + " would reopen after repairs.";
  }

  private static ObjectNode article() {
    return object(Map.of("text", text(), "title", "Bridge reopens", "source", "Bergen Post", "language", "en",
        "url", "https://news.example.org/bridge-" + unique(), "publishedAt", "2024-03-04"));
  }

  private static String unique() {
    return SERIAL.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static ObjectNode object(Map<String, String> fields) {
    ObjectNode node = Http.JSON.createObjectNode();
    fields.forEach(node::put);
    return node;
  }

  static String write(JsonNode node) {
    try {
      return Http.JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String kbCity(String name) {
    Http.Answer answer = Http.get("/api/v1/entities?type=CITY&limit=5&name=" + name, Tokens.of("reader"));
    for (JsonNode item : answer.json().path("items")) {
      if (item.path("name").asText().equals(name)) {
        return item.path("id").asText();
      }
    }
    throw new IllegalStateException("the knowledge base has no city " + name + ": " + answer);
  }
}
