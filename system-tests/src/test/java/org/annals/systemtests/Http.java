package org.annals.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Plain HTTP calls, for what a generated client cannot send: no token, broken bodies, odd types. */
public final class Http {

  public static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  /** An answer: status, content type, body and every header. */
  public record Answer(int status, String contentType, String body, HttpHeaders headers) {

    public JsonNode json() {
      try {
        return body.isEmpty() ? MissingNode.getInstance() : JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON (" + status + "): " + body, e);
      }
    }

    public boolean isProblem() {
      return contentType.startsWith("application/problem+json") && json().path("status").asInt() == status;
    }

    @Override
    public String toString() {
      return status + " " + contentType + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
    }
  }

  private Http() {}

  public static HttpRequest.Builder request(String pathOrUrl, String token) {
    String url = pathOrUrl.startsWith("http") ? pathOrUrl : AnnalsStack.gatewayUrl() + pathOrUrl;
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  public static Answer get(String path, String token) {
    return send(request(path, token).GET());
  }

  public static Answer delete(String path, String token) {
    return send(request(path, token).DELETE());
  }

  public static Answer post(String path, String token, String contentType, byte[] body) {
    HttpRequest.Builder builder = request(path, token).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    return send(builder);
  }

  public static Answer post(String path, String token, String contentType, String body) {
    return post(path, token, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  public static Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
          new String(response.body(), StandardCharsets.UTF_8), response.headers());
    } catch (IOException e) {
      throw new AssertionError("no answer to " + request.build().uri() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
