package org.annals.k8s;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads rendered manifests into typed Kubernetes objects, refusing any field the API does not
 * have. fabric8's model keeps unknown fields aside (an "any setter") instead of failing, so the
 * mapper here ignores those setters: a misspelt or misplaced field is an error, as the API
 * server's strict field validation would make it.
 */
final class StrictManifests {

  /** The kinds Annals deploys, by apiVersion and kind. Anything else is refused. */
  private static final Map<String, Class<?>> KINDS = Map.ofEntries(
      Map.entry("v1/Namespace", Namespace.class),
      Map.entry("v1/ConfigMap", ConfigMap.class),
      Map.entry("v1/Secret", Secret.class),
      Map.entry("v1/Service", Service.class),
      Map.entry("v1/ServiceAccount", ServiceAccount.class),
      Map.entry("v1/PersistentVolumeClaim", PersistentVolumeClaim.class),
      Map.entry("apps/v1/Deployment", Deployment.class),
      Map.entry("apps/v1/StatefulSet", StatefulSet.class),
      Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
      Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
      Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
      Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
      Map.entry("postgresql.cnpg.io/v1/Cluster", CnpgCluster.class));

  private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
        @Override
        public Boolean hasAnySetter(Annotated annotated) {
          return null;
        }
      });

  private StrictManifests() {}

  /** Every document of a multi-document YAML stream, as its typed object. */
  static List<Object> parse(String yaml) {
    List<Object> objects = new ArrayList<>();
    try (JsonParser parser = MAPPER.getFactory().createParser(yaml);
        MappingIterator<JsonNode> documents = MAPPER.readValues(parser, JsonNode.class)) {
      while (documents.hasNext()) {
        JsonNode document = documents.next();
        if (document == null || document.isNull() || document.isEmpty()) {
          continue;
        }
        objects.add(typed(document));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return objects;
  }

  private static Object typed(JsonNode document) {
    String kind = document.path("apiVersion").asText() + "/" + document.path("kind").asText();
    Class<?> type = KINDS.get(kind);
    if (type == null) {
      throw new IllegalArgumentException("no model for " + kind + " (" + document.path("metadata").path("name").asText()
          + "): add it to StrictManifests.KINDS");
    }
    try {
      return MAPPER.treeToValue(document, type);
    } catch (JsonMappingException e) {
      throw new IllegalArgumentException(kind + " " + document.path("metadata").path("name").asText()
          + " does not match the API at " + e.getPathReference() + ": " + e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(kind + " " + document.path("metadata").path("name").asText()
          + " does not match the API: " + e.getOriginalMessage(), e);
    }
  }
}
