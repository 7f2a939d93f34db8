package org.annals.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** The Annals API through the gateway, with the user's token on every call. */
final class Gateway {

  /** An answer: its status and its JSON body (missing when it had none or was not JSON). */
  record Answer(int status, JsonNode body) {

    boolean ok() {
      return status >= 200 && status < 300;
    }

    /** What a problem-details answer says, for a person. */
    String problem() {
      String detail = body.path("detail").asText(body.path("title").asText(""));
      return status + (detail.isEmpty() ? "" : " " + detail);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http;
  private final URI base;
  private final Tokens tokens;

  Gateway(HttpClient http, URI base, Tokens tokens) {
    this.http = http;
    this.base = URI.create(base.toString().replaceAll("/+$", ""));
    this.tokens = tokens;
  }

  /** A GET whose answer must be 2xx. */
  JsonNode get(String path) {
    return successful(path, send(request(path).GET()));
  }

  /** A GET whose answer must be 2xx, or 404 for what does not exist (yet). */
  Optional<JsonNode> getIfExists(String path) {
    Answer answer = send(request(path).GET());
    return answer.status() == 404 ? Optional.empty() : Optional.of(successful(path, answer));
  }

  private static JsonNode successful(String path, Answer answer) {
    if (!answer.ok()) {
      throw new CliException("GET " + path + " answered " + answer.problem());
    }
    return answer.body();
  }

  Answer post(String path, String contentType, byte[] body) {
    return send(request(path).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
        .header("Accept", "application/json").header("Authorization", "Bearer " + tokens.current());
  }

  private Answer send(HttpRequest.Builder request) {
    HttpResponse<byte[]> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new CliException("the gateway does not answer at " + base + " (" + e.getMessage()
          + "); is Annals running? ./annals status", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException("interrupted", e);
    }
    JsonNode body;
    try {
      body = response.body().length == 0 ? MissingNode.getInstance() : JSON.readTree(response.body());
    } catch (IOException e) {
      body = MissingNode.getInstance();
    }
    return new Answer(response.statusCode(), body);
  }
}
