package org.annals.k8s;

import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.util.Map;

/**
 * CloudNativePG's {@code Cluster} (postgresql.cnpg.io/v1), limited to the fields Annals sets, with
 * their names and types from the operator's API reference (ClusterSpec, BootstrapConfiguration,
 * BootstrapInitDB, PostgresConfiguration, StorageConfiguration, AffinityConfiguration). A field
 * outside this subset fails the parse: add it here after checking the reference.
 */
record CnpgCluster(String apiVersion, String kind, ObjectMeta metadata, Spec spec) {

  record Spec(
      int instances,
      String imageName,
      String primaryUpdateStrategy,
      Bootstrap bootstrap,
      Postgresql postgresql,
      Storage storage,
      ResourceRequirements resources,
      Affinity affinity,
      LocalObjectReference superuserSecret,
      Boolean enableSuperuserAccess) {}

  record Bootstrap(InitDb initdb) {}

  record InitDb(String database, String owner, LocalObjectReference secret) {}

  record Postgresql(Map<String, String> parameters) {}

  record Storage(String size, String storageClass) {}

  record Affinity(Boolean enablePodAntiAffinity, String topologyKey) {}

  String name() {
    return metadata.getName();
  }

  /** The labels the operator puts on every PostgreSQL instance pod of this cluster. */
  Map<String, String> podLabels() {
    return Map.of("cnpg.io/cluster", name(), "cnpg.io/podRole", "instance");
  }

  /** The Service of the primary, which applications use for reads and writes. */
  String primaryService() {
    return name() + "-rw";
  }

  /** The Secret the operator creates with the application owner's credentials. */
  String applicationSecret() {
    return name() + "-app";
  }
}
