package org.annals.common.api;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.annals.common.text.InputText;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Query and path parameters pass the same text test as bodies, in every service, before any resource
 * reads them: a NUL in {@code ?name=} or a cursor would otherwise reach PostgreSQL, which refuses it.
 */
public class ParameterTextFilter {

  @ServerRequestFilter
  public void check(UriInfo uri) {
    checkAll(uri.getQueryParameters());
    checkAll(uri.getPathParameters());
  }

  private static void checkAll(MultivaluedMap<String, String> parameters) {
    for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
      InputText.requireLine("parameter name", parameter.getKey());
      for (String value : parameter.getValue()) {
        InputText.requireLine(parameter.getKey(), value);
      }
    }
  }
}
