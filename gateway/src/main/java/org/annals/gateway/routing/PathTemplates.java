package org.annals.gateway.routing;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.Optional;
import java.util.Set;

/**
 * The path of a routed request as a template for the HTTP metrics ({@code /api/v1/articles/{id}}): the
 * gateway has no route per operation to take it from, and a raw path would make a metric of every id
 * and of every path a caller invents.
 */
final class PathTemplates {

  /** Where Quarkus's Micrometer binder looks for the template of the current request. */
  private static final String TEMPLATE_KEY = "UrlPathTemplate";
  /** The names of sub-resources and actions in the services' paths; any other segment is an id, or made up. */
  private static final Set<String> NAMES = Set.of("batch", "reprocess", "mentions", "related", "merge", "aliases",
      "changes");

  private PathTemplates() {}

  /** Records the template of this request's path, on the request's own Vert.x context. */
  static void record(String path) {
    Context context = Vertx.currentContext();
    if (context != null) {
      context.putLocal(TEMPLATE_KEY, of(path));
    }
  }

  /** At most two segments below a service's path, an id or a known name each; {@code {unknown}} for the rest. */
  static String of(String path) {
    for (Downstream downstream : Downstream.values()) {
      Optional<String> prefix = downstream.prefixOf(path);
      if (prefix.isPresent()) {
        return prefix.get() + below(path.substring(prefix.get().length()));
      }
    }
    return "/api/{unknown}";
  }

  private static String below(String rest) {
    if (rest.isEmpty()) {
      return "";
    }
    String[] segments = rest.substring(1).split("/", -1);
    StringBuilder template = new StringBuilder();
    for (int i = 0; i < Math.min(2, segments.length); i++) {
      template.append('/').append(NAMES.contains(segments[i]) ? segments[i] : i == 0 ? "{id}" : "{unknown}");
    }
    return segments.length > 2 ? template.append("/{unknown}").toString() : template.toString();
  }
}
