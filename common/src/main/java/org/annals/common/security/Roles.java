package org.annals.common.security;

/**
 * The realm roles of Annals (Keycloak realm {@code annals}). Resources name them in
 * {@code @RolesAllowed}: GET needs {@link #READER}, POST/PUT/PATCH {@link #EDITOR}, DELETE and entity
 * merge {@link #ADMIN}, {@code /internal/**} {@link #SERVICE}. {@link AccessRules} is the same rule as
 * code, for the gateway and for the tests that check every route.
 */
public final class Roles {

  public static final String READER = "reader";
  public static final String EDITOR = "editor";
  public static final String ADMIN = "admin";
  public static final String SERVICE = "service";

  private Roles() {}
}
