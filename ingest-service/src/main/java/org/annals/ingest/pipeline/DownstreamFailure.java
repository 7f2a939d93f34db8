package org.annals.ingest.pipeline;

import static org.annals.common.Failures.causedBy;
import static org.annals.common.Failures.timedOut;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.client.OidcClientException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.util.Set;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * Why a downstream call failed, sorted into the two cases the pipeline treats differently: the service
 * is unavailable (the article waits, however long, and loses nothing), or the service could not handle
 * this article (it counts towards the attempts after which the article is FAILED).
 */
record DownstreamFailure(boolean unavailable, String message) {

  /**
   * Statuses that say the service is not there (yet), or does not accept ingest-service's token (a
   * configuration to fix), not that the article is at fault.
   */
  private static final Set<Integer> UNAVAILABLE = Set.of(401, 403, 404, 405, 408, 425, 429, 501, 502, 503, 504);
  private static final int MAX_DETAIL = 300;
  private static final ObjectMapper JSON = new ObjectMapper();

  static DownstreamFailure of(String service, Throwable error) {
    if (error instanceof CircuitBreakerOpenException) {
      return new DownstreamFailure(true, service + " unavailable: recent calls failed, waiting before calling again");
    }
    if (causedBy(error, OidcClientException.class)) {
      // Not the article's fault, nor the service's: the call could not carry a token.
      return new DownstreamFailure(true, service + " not called: no service token from Keycloak ("
          + rootMessage(error) + ")");
    }
    if (error instanceof WebApplicationException web) {
      Response response = web.getResponse();
      int status = response.getStatus();
      String detail = detail(response);
      return new DownstreamFailure(UNAVAILABLE.contains(status),
          service + " answered " + status + (detail.isEmpty() ? "" : ": " + detail));
    }
    if (timedOut(error) && !causedBy(error, ConnectException.class)) {
      return new DownstreamFailure(false, service + " did not answer in time");
    }
    if (error instanceof ProcessingException || causedBy(error, ConnectException.class)
        || causedBy(error, UnknownHostException.class) || causedBy(error, NoRouteToHostException.class)
        || causedBy(error, ClosedChannelException.class) || causedBy(error, java.io.IOException.class)) {
      return new DownstreamFailure(true, service + " unreachable: " + rootMessage(error));
    }
    return new DownstreamFailure(false, service + " call failed: " + rootMessage(error));
  }

  private static String detail(Response response) {
    try {
      if (response.hasEntity()) {
        String body = response.readEntity(String.class);
        if (body != null) {
          String oneLine = problemDetail(body).replaceAll("\\s+", " ").strip();
          return oneLine.length() > MAX_DETAIL ? oneLine.substring(0, MAX_DETAIL) + "…" : oneLine;
        }
      }
    } catch (RuntimeException e) {
      // The status alone still tells what happened.
    }
    return "";
  }

  /** The detail of a problem-details answer, or the body as it is. */
  private static String problemDetail(String body) {
    try {
      JsonNode detail = JSON.readTree(body).get("detail");
      return detail != null && detail.isTextual() ? detail.asText() : body;
    } catch (java.io.IOException | RuntimeException e) {
      return body;
    }
  }

  private static String rootMessage(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
  }
}
