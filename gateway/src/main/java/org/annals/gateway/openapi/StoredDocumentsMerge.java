package org.annals.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.annals.gateway.routing.Downstream;

/**
 * The gateway's document at build time: merges the documents the services stored when they were built
 * ({@code quarkus.smallrye-openapi.store-schema-directory}) as the running gateway merges the ones it
 * fetches, so that clients can be generated from it without running anything. The servers and login
 * URLs are the launcher's defaults; a client sets its own base URL.
 *
 * <p>Arguments: the output file, then the documents of ingest-service, entity-service and timeline-service.
 */
public final class StoredDocumentsMerge {

  private StoredDocumentsMerge() {}

  public static void main(String[] args) throws IOException {
    Downstream[] services = Downstream.values();
    if (args.length != services.length + 1) {
      throw new IllegalArgumentException("usage: OUTPUT INGEST_DOCUMENT ENTITY_DOCUMENT TIMELINE_DOCUMENT");
    }
    ObjectMapper json = new ObjectMapper();
    Map<Downstream, JsonNode> documents = new EnumMap<>(Downstream.class);
    for (int i = 0; i < services.length; i++) {
      Path document = Path.of(args[i + 1]);
      if (!Files.isRegularFile(document)) {
        throw new IllegalArgumentException("no OpenAPI document of " + services[i].serviceName() + " at " + document
            + "; build the service first (it stores its document under target/openapi)");
      }
      documents.put(services[i], json.readTree(document.toFile()));
    }
    JsonNode merged = OpenApiMerger.merge(documents, OpenApiMerger.Settings.annals("1.0.0", "http://localhost:8080",
        "http://localhost:8180/realms/annals", "annals-dashboard"));
    Path output = Path.of(args[0]).toAbsolutePath();
    Files.createDirectories(output.getParent());
    json.writerWithDefaultPrettyPrinter().writeValue(output.toFile(), merged);
  }
}
