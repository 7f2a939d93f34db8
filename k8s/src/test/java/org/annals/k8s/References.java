package org.annals.k8s;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeProjection;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import java.util.ArrayList;
import java.util.List;
import org.annals.k8s.Overlay.Workload;

/** Every ConfigMap and Secret an overlay's objects name, with the key they read where they read one. */
final class References {

  enum Kind { CONFIG_MAP, SECRET }

  /** A reference; {@code key} is null when the whole object is used. */
  record Reference(Kind kind, String name, String key, String from) {}

  private References() {}

  static List<Reference> of(Overlay overlay) {
    List<Reference> references = new ArrayList<>();
    for (Workload workload : overlay.workloads()) {
      for (Container container : workload.allContainers()) {
        String from = workload + " container " + container.getName();
        for (EnvFromSource source : container.getEnvFrom()) {
          if (source.getConfigMapRef() != null) {
            references.add(new Reference(Kind.CONFIG_MAP, source.getConfigMapRef().getName(), null, from));
          }
          if (source.getSecretRef() != null) {
            references.add(new Reference(Kind.SECRET, source.getSecretRef().getName(), null, from));
          }
        }
        for (EnvVar variable : container.getEnv()) {
          if (variable.getValueFrom() == null) {
            continue;
          }
          var configMap = variable.getValueFrom().getConfigMapKeyRef();
          if (configMap != null) {
            references.add(new Reference(Kind.CONFIG_MAP, configMap.getName(), configMap.getKey(), from));
          }
          var secret = variable.getValueFrom().getSecretKeyRef();
          if (secret != null) {
            references.add(new Reference(Kind.SECRET, secret.getName(), secret.getKey(), from));
          }
        }
      }
      for (Volume volume : workload.pod().getVolumes()) {
        String from = workload + " volume " + volume.getName();
        if (volume.getConfigMap() != null) {
          references.add(new Reference(Kind.CONFIG_MAP, volume.getConfigMap().getName(), null, from));
        }
        if (volume.getSecret() != null) {
          references.add(new Reference(Kind.SECRET, volume.getSecret().getSecretName(), null, from));
        }
        if (volume.getProjected() != null) {
          for (VolumeProjection source : volume.getProjected().getSources()) {
            if (source.getConfigMap() != null) {
              references.add(new Reference(Kind.CONFIG_MAP, source.getConfigMap().getName(), null, from));
            }
            if (source.getSecret() != null) {
              references.add(new Reference(Kind.SECRET, source.getSecret().getName(), null, from));
            }
          }
        }
      }
    }
    for (Ingress ingress : overlay.all(Ingress.class)) {
      for (IngressTLS tls : ingress.getSpec().getTls()) {
        String from = "Ingress " + ingress.getMetadata().getName();
        references.add(new Reference(Kind.SECRET, tls.getSecretName(), "tls.crt", from));
        references.add(new Reference(Kind.SECRET, tls.getSecretName(), "tls.key", from));
      }
    }
    for (CnpgCluster cluster : overlay.all(CnpgCluster.class)) {
      String from = "Cluster " + cluster.name();
      if (cluster.spec().bootstrap().initdb().secret() != null) {
        references.add(new Reference(Kind.SECRET, cluster.spec().bootstrap().initdb().secret().getName(), null, from));
      }
      if (cluster.spec().superuserSecret() != null) {
        references.add(new Reference(Kind.SECRET, cluster.spec().superuserSecret().getName(), null, from));
      }
    }
    return references;
  }
}
