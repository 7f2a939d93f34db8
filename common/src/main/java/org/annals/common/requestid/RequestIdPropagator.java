package org.annals.common.requestid;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.ext.Provider;

/** Passes the current request id on to every downstream call, so one id follows an article through. */
@Provider
public class RequestIdPropagator implements ClientRequestFilter {

  @Override
  public void filter(ClientRequestContext request) {
    String id = RequestIds.current();
    if (id != null && !request.getHeaders().containsKey(RequestIds.HEADER)) {
      request.getHeaders().putSingle(RequestIds.HEADER, id);
    }
  }
}
