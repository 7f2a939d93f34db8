package org.annals.common.requestid;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Gives every request an id, logs it on every line of the request and returns it to the caller. */
public class RequestIdFilters {

  private static final String PROPERTY = RequestIds.class.getName();

  /** Before every other filter, so that an answer given by one (a 413, say) carries the id too. */
  @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION - 100)
  public void onRequest(ContainerRequestContext request) {
    String id = RequestIds.acceptOrCreate(request.getHeaderString(RequestIds.HEADER));
    request.setProperty(PROPERTY, id);
    RequestIds.bind(id);
  }

  @ServerResponseFilter
  public void onResponse(ContainerRequestContext request, ContainerResponseContext response) {
    Object id = request.getProperty(PROPERTY);
    if (id != null) {
      response.getHeaders().putSingle(RequestIds.HEADER, id.toString());
    }
  }
}
