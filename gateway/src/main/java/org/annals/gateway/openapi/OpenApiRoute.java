package org.annals.gateway.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.annals.common.problem.RoutingProblems;
import org.annals.gateway.config.GatewayConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code /q/openapi}: the public API of every service behind the gateway as one document (YAML, or JSON
 * with {@code ?format=json} or {@code Accept: application/json}), which Swagger UI shows and clients are
 * generated from.
 */
@ApplicationScoped
public class OpenApiRoute {

  private static final YAMLMapper YAML = new YAMLMapper();

  private final ServiceDocuments documents;
  private final GatewayConfig config;
  private final ObjectMapper json;
  private final String version;

  public OpenApiRoute(ServiceDocuments documents, GatewayConfig config, ObjectMapper json,
      @ConfigProperty(name = "quarkus.application.version", defaultValue = "1.0.0") String version) {
    this.documents = documents;
    this.config = config;
    this.json = json;
    this.version = version;
  }

  void install(@Observes Router router) {
    router.get("/q/openapi").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::serve);
  }

  private void serve(RoutingContext context) {
    HttpServerRequest request = context.request();
    // Never the request's Host: a caller would have the document point clients at any server it names.
    String server = config.publicUrl().map(Object::toString).orElse("/");
    String realm = config.keycloak().publicRealmUrl().orElse(config.keycloak().realmUrl()).toString();
    OpenApiMerger.Settings settings = OpenApiMerger.Settings.annals(version, server, realm,
        config.keycloak().dashboardClientId());
    documents.all().subscribe().with(found -> {
      JsonNode merged = OpenApiMerger.merge(found, settings);
      boolean asJson = "json".equalsIgnoreCase(request.getParam("format")) || (request.getParam("format") == null
          && String.valueOf(request.getHeader("Accept")).contains("application/json"));
      try {
        context.response()
            .putHeader("Content-Type", asJson ? "application/json;charset=UTF-8" : "application/yaml;charset=UTF-8")
            .end(asJson ? json.writerWithDefaultPrettyPrinter().writeValueAsString(merged)
                : YAML.writeValueAsString(merged));
      } catch (JsonProcessingException e) {
        context.fail(e);
      }
    }, failure -> RoutingProblems.send(context, 500, "internal", "Internal error",
        "The API document could not be assembled; report the requestId if it happens again."));
  }
}
