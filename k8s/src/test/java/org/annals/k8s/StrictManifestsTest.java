package org.annals.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parser the other tests rely on does refuse what the API server would. */
class StrictManifestsTest {

  private static final String DEPLOYMENT = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: example
      spec:
        %s
        selector:
          matchLabels:
            app: example
        template:
          metadata:
            labels:
              app: example
          spec:
            containers:
              - name: app
                image: example:1.0
                %s
      """;

  private static final String CLUSTER = """
      apiVersion: postgresql.cnpg.io/v1
      kind: Cluster
      metadata:
        name: example-db
      spec:
        instances: 2
        %s
        storage:
          size: 1Gi
      """;

  @Test
  void aValidDeploymentParses() {
    List<Object> objects = StrictManifests.parse(DEPLOYMENT.formatted("replicas: 2", "imagePullPolicy: Always"));
    assertEquals(2, ((Deployment) objects.get(0)).getSpec().getReplicas());
  }

  @Test
  void aMisspeltFieldIsRefused() {
    var error = assertThrows(IllegalArgumentException.class,
        () -> StrictManifests.parse(DEPLOYMENT.formatted("replica: 2", "")));
    assertTrue(error.getMessage().contains("replica"), error.getMessage());
  }

  @Test
  void aFieldInTheWrongPlaceIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> StrictManifests.parse(DEPLOYMENT.formatted("", "runAsNonRoot: true")));
  }

  @Test
  void aValueOfTheWrongTypeIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> StrictManifests.parse(DEPLOYMENT.formatted("replicas: [2]", "")));
  }

  @Test
  void aClusterParsesAndRefusesFieldsOutsideItsApi() {
    CnpgCluster cluster = (CnpgCluster) StrictManifests.parse(CLUSTER.formatted("imageName: pg:17.2")).get(0);
    assertEquals("example-db-rw", cluster.primaryService());
    assertThrows(IllegalArgumentException.class, () -> StrictManifests.parse(CLUSTER.formatted("replicas: 2")));
  }

  @Test
  void aKindWithoutAModelIsRefused() {
    var error = assertThrows(IllegalArgumentException.class,
        () -> StrictManifests.parse("apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: once\n"));
    assertTrue(error.getMessage().contains("batch/v1/Job"), error.getMessage());
  }
}
