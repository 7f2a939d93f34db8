package org.annals.systemtests;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * An operation as the bad-input cases call it: method, a concrete path, the service that owns it and
 * the least role it needs. Public operations are tried through the gateway and on their service's own
 * port; internal ones (never routed by the gateway) on the service only, with the service's token.
 */
public record Operation(String method, String path, Entry owner, String role) {

  public boolean internal() {
    return path.startsWith("/internal/");
  }

  /** A batch may answer each item on its own instead of refusing the whole request. */
  public boolean batch() {
    return path.endsWith("/batch");
  }

  public List<Entry> entries() {
    return internal() ? List.of(owner) : List.of(Entry.GATEWAY, owner);
  }

  /** This operation with a valid token of its role, on its own path. */
  public RawHttp.Request request() {
    return at(path);
  }

  /** This operation with a valid token of its role, on another path or with a query. */
  public RawHttp.Request at(String target) {
    return new RawHttp.Request(method, target).bearer(token());
  }

  /** One case per entry of this operation: the request must be refused with one of the statuses. */
  public List<BadCase> refused(String kind, String what, RawHttp.Request request, int... statuses) {
    Set<Integer> expected = Set.copyOf(IntStream.of(statuses).boxed().toList());
    return entries().stream()
        .map(entry -> new BadCase(kind, this + ": " + what, entry, request, expected, batch()))
        .toList();
  }

  private String token() {
    return role.equals("service") ? Tokens.service() : Tokens.of(role);
  }

  @Override
  public String toString() {
    return method + " " + path.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}");
  }
}
