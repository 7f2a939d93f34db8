package org.annals.common.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Test support: one HTTP/1.1 request written byte for byte, for what HTTP clients refuse to send (an
 * invalid Host, a request line of 70 KB) or to send it from another loopback address (127.0.0.2), as
 * another client would. The request must ask for {@code Connection: close}.
 */
public final class RawHttp {

  private static final int TIMEOUT_MS = 30_000;

  private RawHttp() {}

  /** An answer: its status, its headers (names in lower case, repeated ones joined) and its body as text. */
  public record Answer(int status, Map<String, String> headers, String body) {

    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** The status, headers and body as one text, to search for anything reflected. */
    public String whole() {
      return status + "\n" + headers + "\n" + body;
    }
  }

  public static Answer send(URI server, String request) {
    return send(server, InetAddress.getLoopbackAddress(), request.getBytes(StandardCharsets.ISO_8859_1));
  }

  public static Answer send(URI server, InetAddress from, String request) {
    return send(server, from, request.getBytes(StandardCharsets.ISO_8859_1));
  }

  /**
   * A request with exactly these header lines (for example {@code "Content-Type: "}, which clients
   * refuse to send) and this body; Host, Content-Length and Connection are added unless a line sets Host.
   */
  public static byte[] request(String method, String target, List<String> headerLines, byte[] body) {
    StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
    if (headerLines.stream().noneMatch(line -> line.toLowerCase(Locale.ROOT).startsWith("host:"))) {
      head.append("Host: localhost\r\n");
    }
    headerLines.forEach(line -> head.append(line).append("\r\n"));
    head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    request.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    request.writeBytes(body);
    return request.toByteArray();
  }

  public static Answer send(URI server, InetAddress from, byte[] request) {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(from, 0));
      socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), TIMEOUT_MS);
      socket.setSoTimeout(TIMEOUT_MS);
      OutputStream out = socket.getOutputStream();
      out.write(request);
      out.flush();
      return parse(socket.getInputStream().readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("No answer from " + server, e);
    }
  }

  /** A GET with the usual headers and any further ones ("Name: value"). */
  public static String get(String target, String... headers) {
    StringBuilder request = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\nHost: localhost\r\n");
    for (String header : headers) {
      request.append(header).append("\r\n");
    }
    return request.append("Connection: close\r\n\r\n").toString();
  }

  private static Answer parse(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new AssertionError("Not an HTTP answer: '" + text + "'");
    }
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.merge(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip(),
          (first, next) -> first + ", " + next);
    }
    byte[] body = text.substring(end + 4).getBytes(StandardCharsets.ISO_8859_1);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = dechunk(body);
    }
    return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] dechunk(byte[] chunked) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String text = new String(chunked, StandardCharsets.ISO_8859_1);
    int at = 0;
    while (true) {
      int lineEnd = text.indexOf("\r\n", at);
      int size = Integer.parseInt(text.substring(at, lineEnd).split(";")[0].strip(), 16);
      if (size == 0) {
        return body.toByteArray();
      }
      body.write(chunked, lineEnd + 2, size);
      at = lineEnd + 2 + size + 2;
    }
  }
}
