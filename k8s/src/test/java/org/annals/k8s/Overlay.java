package org.annals.k8s;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** One overlay rendered by kubectl kustomize and parsed strictly, with lookups the checks share. */
final class Overlay {

  /** The four Annals services, by their Deployment name. */
  static final List<String> SERVICES = List.of("gateway", "ingest-service", "entity-service", "timeline-service");

  /** The services that keep data, and the database each one owns. */
  static final Map<String, String> DATABASES = Map.of(
      "ingest-service", "ingest", "entity-service", "entity", "timeline-service", "timeline");

  static final Path K8S = Path.of(System.getProperty("annals.k8s.dir", "."));

  private static final Map<String, Overlay> RENDERED = new ConcurrentHashMap<>();

  final String name;
  final List<Object> objects;

  private Overlay(String name, List<Object> objects) {
    this.name = name;
    this.objects = objects;
  }

  /** The overlay under k8s/overlays, rendered once per test run. */
  static Overlay of(String name) {
    return RENDERED.computeIfAbsent(name,
        n -> new Overlay(n, StrictManifests.parse(Kustomize.render(K8S.resolve("overlays").resolve(n)))));
  }

  <T> List<T> all(Class<T> type) {
    return objects.stream().filter(type::isInstance).map(type::cast).toList();
  }

  <T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
    return all(type).stream().filter(o -> o.getMetadata().getName().equals(name)).findFirst();
  }

  <T extends HasMetadata> T get(Class<T> type, String name) {
    return find(type, name).orElseThrow(
        () -> new AssertionError(this.name + ": no " + type.getSimpleName() + " named " + name));
  }

  /** A Deployment or StatefulSet: what runs pods. */
  record Workload(String kind, String name, PodTemplateSpec template) {

    PodSpec pod() {
      return template.getSpec();
    }

    Map<String, String> labels() {
      return template.getMetadata().getLabels();
    }

    List<Container> allContainers() {
      return Stream.concat(pod().getInitContainers().stream(), pod().getContainers().stream()).toList();
    }

    @Override
    public String toString() {
      return kind + " " + name;
    }
  }

  List<Workload> workloads() {
    List<Workload> workloads = new ArrayList<>();
    all(Deployment.class).forEach(d -> workloads.add(
        new Workload("Deployment", d.getMetadata().getName(), d.getSpec().getTemplate())));
    all(StatefulSet.class).forEach(s -> workloads.add(
        new Workload("StatefulSet", s.getMetadata().getName(), s.getSpec().getTemplate())));
    return workloads;
  }

  /** A container (init containers included) with the workload it belongs to. */
  record PlacedContainer(Workload workload, Container container) {

    @Override
    public String toString() {
      return workload + " container " + container.getName();
    }
  }

  List<PlacedContainer> containers() {
    return workloads().stream()
        .flatMap(w -> w.allContainers().stream().map(c -> new PlacedContainer(w, c)))
        .toList();
  }

  Workload workload(String name) {
    return workloads().stream().filter(w -> w.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(this.name + ": no workload named " + name));
  }

  /**
   * The label sets of every pod this overlay makes run: its workloads' templates and the instance
   * pods the CloudNativePG operator creates for each Cluster.
   */
  Map<String, Map<String, String>> podLabels() {
    Map<String, Map<String, String>> pods = new LinkedHashMap<>();
    workloads().forEach(w -> pods.put(w.toString(), w.labels()));
    all(CnpgCluster.class).forEach(c -> pods.put("Cluster " + c.name(), c.podLabels()));
    return pods;
  }

  /** Pod owners (as in {@link #podLabels()}) whose pods a selector selects. */
  List<String> selectedBy(LabelSelector selector) {
    return podLabels().entrySet().stream().filter(e -> matches(selector, e.getValue())).map(Map.Entry::getKey).toList();
  }

  static boolean matches(LabelSelector selector, Map<String, String> labels) {
    if (selector.getMatchExpressions() != null && !selector.getMatchExpressions().isEmpty()) {
      throw new AssertionError("matchExpressions are not used in Annals' manifests; extend Overlay.matches first");
    }
    Map<String, String> wanted = selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
    return labels.entrySet().containsAll(wanted.entrySet());
  }

  /** Every Service name reachable in the namespace, those the CloudNativePG operator creates included. */
  List<String> serviceNames() {
    List<String> names = new ArrayList<>(all(Service.class).stream().map(s -> s.getMetadata().getName()).toList());
    all(CnpgCluster.class).forEach(c -> names.add(c.primaryService()));
    return names;
  }

  /**
   * The environment a container starts with, as far as the manifests fix it: ConfigMaps it
   * imports and literal values. Values from Secrets are given as {@code secret:<name>/<key>}.
   */
  Map<String, String> environment(Container container) {
    Map<String, String> environment = new LinkedHashMap<>();
    for (EnvFromSource source : container.getEnvFrom()) {
      if (source.getConfigMapRef() != null) {
        environment.putAll(get(ConfigMap.class, source.getConfigMapRef().getName()).getData());
      }
    }
    for (EnvVar variable : container.getEnv()) {
      if (variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null) {
        var ref = variable.getValueFrom().getSecretKeyRef();
        environment.put(variable.getName(), "secret:" + ref.getName() + "/" + ref.getKey());
      } else if (variable.getValueFrom() != null && variable.getValueFrom().getConfigMapKeyRef() != null) {
        var ref = variable.getValueFrom().getConfigMapKeyRef();
        environment.put(variable.getName(), get(ConfigMap.class, ref.getName()).getData().get(ref.getKey()));
      } else {
        environment.put(variable.getName(), variable.getValue());
      }
    }
    return environment;
  }

  /** The main container of a workload: the first one (each Annals pod runs one). */
  Container mainContainer(String workload) {
    return workload(workload).pod().getContainers().get(0);
  }

  @Override
  public String toString() {
    return name;
  }
}
