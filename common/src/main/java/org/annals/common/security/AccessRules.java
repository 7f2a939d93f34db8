package org.annals.common.security;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which role a request needs, from its method and path alone: the access rules of Annals, enforced by
 * the gateway and, through {@code @RolesAllowed}, by every service again.
 */
public final class AccessRules {

  private static final Pattern ENTITY_MERGE = Pattern.compile("/api/v1/entities/[^/]+/merge/?");

  private AccessRules() {}

  /** The role the request needs; empty for paths that are not part of an API (health, OpenAPI). */
  public static Optional<String> requiredRole(String method, String path) {
    if (path.startsWith("/internal/")) {
      return Optional.of(Roles.SERVICE);
    }
    if (!path.startsWith("/api/")) {
      return Optional.empty();
    }
    return Optional.of(switch (method.toUpperCase(Locale.ROOT)) {
      case "GET", "HEAD" -> Roles.READER;
      case "POST" -> ENTITY_MERGE.matcher(path).matches() ? Roles.ADMIN : Roles.EDITOR;
      case "PUT", "PATCH" -> Roles.EDITOR;
      // DELETE, and any method the API does not use, is for administrators only.
      default -> Roles.ADMIN;
    });
  }
}
