package org.annals.eval.api;

import java.net.URI;

/**
 * Where the running stack answers: the gateway, and the Keycloak realm tokens come from. The launcher
 * passes its ports as system properties; the defaults are those of {@code ./annals up}.
 */
public record Stack(URI gateway, URI realm) {

  public static Stack fromSystemProperties() {
    return new Stack(URI.create(System.getProperty("annals.gateway.url", "http://localhost:8080")),
        URI.create(System.getProperty("annals.realm.url", "http://localhost:8180/realms/annals")));
  }
}
