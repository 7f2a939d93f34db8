package org.annals.systemtests;

import org.annals.client.ApiClient;

/** The client generated from the gateway's OpenAPI document, logged in as a development user. */
public final class Clients {

  private Clients() {}

  public static ApiClient as(String user) {
    ApiClient client = new ApiClient();
    client.updateBaseUri(AnnalsStack.gatewayUrl());
    client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + Tokens.of(user)));
    return client;
  }
}
