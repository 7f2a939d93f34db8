package org.annals.systemtests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 over a plain socket, for requests Java's HttpClient will not send as written: a forged or
 * invalid {@code Host}, an empty {@code Content-Type:}, no {@code Content-Type} at all, huge headers,
 * or a source address of our choosing. Nothing is added to a request but {@code Host} (unless it has
 * one), {@code Content-Length} (when it has a body) and {@code Connection: close}.
 */
public final class RawHttp {

  private static final int TIMEOUT_MILLIS = 60_000;

  /** A request as it goes on the wire: method, request target (path and query), headers in order, body. */
  public record Request(String method, String target, List<Map.Entry<String, String>> headers, byte[] body) {

    public Request(String method, String target) {
      this(method, target, List.of(), null);
    }

    public Request header(String name, String value) {
      List<Map.Entry<String, String>> more = new ArrayList<>(headers);
      more.add(Map.entry(name, value));
      return new Request(method, target, List.copyOf(more), body);
    }

    public Request bearer(String token) {
      return header("Authorization", "Bearer " + token);
    }

    public Request body(String contentType, byte[] bytes) {
      return header("Content-Type", contentType).body(bytes);
    }

    public Request body(String contentType, String text) {
      return body(contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A body without any Content-Type header. */
    public Request body(byte[] bytes) {
      return new Request(method, target, headers, bytes);
    }

    private boolean has(String name) {
      return headers.stream().anyMatch(h -> h.getKey().equalsIgnoreCase(name));
    }

    @Override
    public String toString() {
      return method + " " + (target.length() > 120 ? target.substring(0, 120) + "…" : target);
    }
  }

  private RawHttp() {}

  public static Http.Answer send(int port, Request request) {
    return send(null, port, request);
  }

  /** Sends from {@code from} (a local address; null for the default) to localhost:port and reads the answer. */
  public static Http.Answer send(InetAddress from, int port, Request request) {
    try (Socket socket = new Socket()) {
      if (from != null) {
        socket.bind(new InetSocketAddress(from, 0));
      }
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
      socket.setSoTimeout(TIMEOUT_MILLIS);
      try {
        OutputStream out = socket.getOutputStream();
        out.write(head(port, request));
        if (request.body() != null) {
          out.write(request.body());
        }
        out.flush();
      } catch (IOException e) {
        // A server may answer (414, 431) and close before it has read everything: its answer still counts.
      }
      return read(socket.getInputStream(), request.method());
    } catch (IOException e) {
      throw new AssertionError("no answer to " + request + " on port " + port + ": " + e.getMessage(), e);
    }
  }

  private static byte[] head(int port, Request request) {
    StringBuilder head = new StringBuilder(request.method()).append(' ').append(request.target()).append(" HTTP/1.1\r\n");
    if (!request.has("Host")) {
      head.append("Host: localhost:").append(port).append("\r\n");
    }
    for (Map.Entry<String, String> header : request.headers()) {
      head.append(header.getKey()).append(':').append(header.getValue().isEmpty() ? "" : " " + header.getValue())
          .append("\r\n");
    }
    if (request.body() != null && !request.has("Content-Length")) {
      head.append("Content-Length: ").append(request.body().length).append("\r\n");
    }
    head.append("Connection: close\r\n\r\n");
    return head.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Http.Answer read(InputStream in, String method) throws IOException {
    String statusLine = line(in);
    String[] status = statusLine.split(" ", 3);
    if (status.length < 2 || !status[0].startsWith("HTTP/")) {
      throw new IOException("not an HTTP answer: '" + statusLine + "'");
    }
    int code = Integer.parseInt(status[1]);
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (String line = line(in); !line.isEmpty(); line = line(in)) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        headers.computeIfAbsent(line.substring(0, colon).strip(), k -> new ArrayList<>())
            .add(line.substring(colon + 1).strip());
      }
    }
    byte[] body;
    String length = first(headers, "Content-Length");
    if (method.equals("HEAD") || code == 204 || code == 304 || code < 200) {
      body = new byte[0];
    } else if (first(headers, "Transfer-Encoding").equalsIgnoreCase("chunked")) {
      body = chunked(in);
    } else if (!length.isEmpty()) {
      body = in.readNBytes(Integer.parseInt(length));
    } else {
      body = in.readAllBytes();
    }
    return new Http.Answer(code, first(headers, "Content-Type"), new String(body, StandardCharsets.UTF_8),
        HttpHeaders.of(headers, (name, value) -> true));
  }

  private static byte[] chunked(InputStream in) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (int size = chunkSize(in); size > 0; size = chunkSize(in)) {
      body.write(in.readNBytes(size));
      line(in);
    }
    String trailer;
    do {
      trailer = line(in); // trailers say nothing the checks need
    } while (!trailer.isEmpty());
    return body.toByteArray();
  }

  private static int chunkSize(InputStream in) throws IOException {
    String line = line(in);
    int extension = line.indexOf(';');
    return Integer.parseInt((extension < 0 ? line : line.substring(0, extension)).strip(), 16);
  }

  /** One header line without its CRLF; empty at the end of the headers or of the stream. */
  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }

  private static String first(Map<String, List<String>> headers, String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? "" : values.get(0);
  }
}
