package org.annals.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.annals.k8s.Overlay.PlacedContainer;
import org.annals.k8s.Overlay.Workload;
import org.annals.k8s.References.Kind;
import org.annals.k8s.References.Reference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The objects fit together: Services, configuration, Secrets, autoscaling, routes, databases. */
class WiringTest {

  private static final Pattern SENSITIVE = Pattern.compile("(?i).*(PASSWORD|SECRET|TOKEN|CREDENTIAL).*");

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void everyServiceSelectsPodsThatServeItsPorts(String name) {
    Overlay overlay = Overlay.of(name);
    for (Service service : overlay.all(Service.class)) {
      String where = overlay + ": Service " + service.getMetadata().getName();
      Map<String, String> selector = service.getSpec().getSelector();
      assertFalse(selector == null || selector.isEmpty(), where + " selects nothing");
      List<Workload> selected = overlay.workloads().stream()
          .filter(w -> w.labels().entrySet().containsAll(selector.entrySet())).toList();
      assertFalse(selected.isEmpty(), where + " selects no pod: " + selector);
      for (ServicePort port : service.getSpec().getPorts()) {
        IntOrString target = port.getTargetPort() != null ? port.getTargetPort() : new IntOrString(port.getPort());
        for (Workload workload : selected) {
          assertTrue(workload.pod().getContainers().stream().flatMap(c -> c.getPorts().stream())
              .anyMatch(p -> servesPort(p, target)), where + " sends port " + port.getName() + " to " + workload
              + ", which has no port " + (target.getStrVal() != null ? target.getStrVal() : target.getIntVal()));
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void everyReferencedConfigMapExistsWithItsKeys(String name) {
    Overlay overlay = Overlay.of(name);
    List<Reference> configMaps = References.of(overlay).stream().filter(r -> r.kind() == Kind.CONFIG_MAP).toList();
    assertFalse(configMaps.isEmpty());
    for (Reference reference : configMaps) {
      ConfigMap configMap = overlay.find(ConfigMap.class, reference.name())
          .orElseThrow(() -> new AssertionError(overlay + ": " + reference.from() + " reads ConfigMap " + reference.name()
              + ", which the overlay does not create"));
      if (reference.key() != null) {
        assertTrue(configMap.getData().containsKey(reference.key()), reference.from() + " reads key " + reference.key()
            + " missing from ConfigMap " + reference.name());
      }
    }
  }

  /**
   * No Secret is in git: every Secret a pod reads is documented in k8s/README.md, with its keys,
   * as created by the platform team (or dev-secrets.sh) or by an operator.
   */
  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void everyReferencedSecretIsDocumentedWithItsKeys(String name) {
    Overlay overlay = Overlay.of(name);
    assertTrue(overlay.all(Secret.class).isEmpty(), overlay + " carries a Secret: secret values never go into git");
    Map<String, SecretsDocumentation.Row> documented = SecretsDocumentation.rows();
    List<Reference> secrets = References.of(overlay).stream().filter(r -> r.kind() == Kind.SECRET).toList();
    assertFalse(secrets.isEmpty());
    for (Reference reference : secrets) {
      SecretsDocumentation.Row row = documented.get(reference.name());
      assertNotNull(row, overlay + ": " + reference.from() + " reads Secret " + reference.name()
          + ", which k8s/README.md (## Secrets) does not list");
      assertTrue(row.overlays().contains(overlay.name), "k8s/README.md does not list Secret " + reference.name()
          + " for the " + overlay + " overlay");
      if (reference.key() != null) {
        assertTrue(row.keys().contains(reference.key()), "k8s/README.md does not list key " + reference.key()
            + " of Secret " + reference.name() + " (" + reference.from() + ")");
      }
    }
    for (CnpgCluster cluster : overlay.all(CnpgCluster.class)) {
      SecretsDocumentation.Row row = documented.get(cluster.applicationSecret());
      assertNotNull(row, cluster.applicationSecret() + " is not documented");
      assertTrue(row.createdBy().contains("CloudNativePG"), cluster.applicationSecret() + " is the operator's");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void sensitiveSettingsComeOnlyFromSecrets(String name) {
    Overlay overlay = Overlay.of(name);
    for (PlacedContainer placed : overlay.containers()) {
      overlay.environment(placed.container()).forEach((variable, value) -> {
        if (SENSITIVE.matcher(variable).matches()) {
          assertTrue(value != null && value.startsWith("secret:"), overlay + ": " + placed + " sets " + variable
              + " outside a Secret");
        }
      });
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void servicesUseTheirExternalDatabase(String name) {
    Overlay overlay = Overlay.of(name);
    for (var entry : Overlay.DATABASES.entrySet()) {
      String service = entry.getKey();
      Map<String, String> environment = overlay.environment(overlay.mainContainer(service));
      assertEquals("false", environment.get("ANNALS_EMBEDDED_DB"), service + " would start an embedded PostgreSQL");
      URI database = jdbcTarget(environment.get("QUARKUS_DATASOURCE_JDBC_URL"), service);
      assertTrue(overlay.serviceNames().contains(database.getHost()), overlay + ": " + service + " connects to "
          + database.getHost() + ", which is no Service of the overlay");
      assertEquals("/" + entry.getValue(), database.getPath(), service + " database name");
      assertTrue(environment.get("QUARKUS_DATASOURCE_USERNAME").startsWith("secret:"), service + " username");
      assertTrue(environment.get("QUARKUS_DATASOURCE_PASSWORD").startsWith("secret:"), service + " password");
    }
  }

  /** Each service checks tokens against the realm inside the cluster; ingest-service also obtains its own. */
  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void servicesUseTheAnnalsRealmInsideTheCluster(String name) {
    Overlay overlay = Overlay.of(name);
    int keycloakPort = overlay.get(Service.class, "keycloak").getSpec().getPorts().get(0).getPort();
    String realm = "http://keycloak:" + keycloakPort + "/realms/annals";
    for (String service : Overlay.SERVICES) {
      assertEquals(realm, overlay.environment(overlay.mainContainer(service)).get("QUARKUS_OIDC_AUTH_SERVER_URL"),
          service + " OIDC server");
    }
    Map<String, String> ingest = overlay.environment(overlay.mainContainer("ingest-service"));
    assertEquals(realm, ingest.get("QUARKUS_OIDC_CLIENT_AUTH_SERVER_URL"), "ingest-service token client");
    assertEquals("client", ingest.get("QUARKUS_OIDC_CLIENT_GRANT_TYPE"));
    assertEquals(ingest.get("QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET"),
        overlay.environment(overlay.mainContainer("keycloak")).get("ANNALS_INGEST_CLIENT_SECRET"),
        "ingest-service's client secret is not the one Keycloak imports for its client");
  }

  /**
   * Every URL in a service's settings names a Service of the overlay, on a port it has, or a public
   * host the overlay's Ingresses serve.
   */
  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void servicesCallEachOtherByServiceNameAndPort(String name) {
    Overlay overlay = Overlay.of(name);
    int urls = 0;
    for (String caller : Overlay.SERVICES) {
      for (var setting : overlay.environment(overlay.mainContainer(caller)).entrySet()) {
        if (setting.getValue() == null || !setting.getValue().startsWith("http://")) {
          continue;
        }
        URI url = URI.create(setting.getValue());
        urls++;
        if (publicHosts(overlay).contains(url.getHost())) {
          continue;
        }
        Service service = overlay.find(Service.class, url.getHost()).orElseThrow(() -> new AssertionError(
            overlay + ": " + caller + "'s " + setting.getKey() + " names " + url.getHost() + ", no Service of the overlay"));
        assertTrue(service.getSpec().getPorts().stream().anyMatch(p -> p.getPort() == url.getPort()),
            caller + "'s " + setting.getKey() + " uses a port Service " + url.getHost() + " does not have");
      }
    }
    assertTrue(urls >= 9, overlay + ": only " + urls + " service URLs in the settings");
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void ingressesRouteToExistingServicePorts(String name) {
    Overlay overlay = Overlay.of(name);
    List<Ingress> ingresses = overlay.all(Ingress.class);
    assertEquals(Set.of("gateway", "keycloak"), ingresses.stream().flatMap(i -> i.getSpec().getRules().stream())
        .flatMap(r -> r.getHttp().getPaths().stream()).map(p -> p.getBackend().getService().getName())
        .collect(Collectors.toSet()), "only the gateway and Keycloak are published");
    for (Ingress ingress : ingresses) {
      for (IngressRule rule : ingress.getSpec().getRules()) {
        assertNotNull(rule.getHost(), "Ingress " + ingress.getMetadata().getName() + " has a rule for any host");
        for (HTTPIngressPath path : rule.getHttp().getPaths()) {
          IngressServiceBackend backend = path.getBackend().getService();
          Service service = overlay.get(Service.class, backend.getName());
          assertTrue(service.getSpec().getPorts().stream().anyMatch(p -> backend.getPort().getName() != null
              ? backend.getPort().getName().equals(p.getName()) : backend.getPort().getNumber().equals(p.getPort())),
              "Ingress " + ingress.getMetadata().getName() + " routes to a port Service " + backend.getName() + " lacks");
        }
        if (overlay.name.equals("prod")) {
          assertTrue(ingress.getSpec().getTls().stream().anyMatch(t -> t.getHosts().contains(rule.getHost())),
              "prod: " + rule.getHost() + " is served without TLS");
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void servicesAutoscaleOnCpuAndEveryDeploymentHasADisruptionBudget(String name) {
    Overlay overlay = Overlay.of(name);
    for (String service : Overlay.SERVICES) {
      HorizontalPodAutoscaler autoscaler = overlay.get(HorizontalPodAutoscaler.class, service);
      var target = autoscaler.getSpec().getScaleTargetRef();
      assertEquals("Deployment", target.getKind(), service + " autoscaler target");
      Deployment deployment = overlay.get(Deployment.class, target.getName());
      assertNull(deployment.getSpec().getReplicas(), service + ": replicas in the Deployment fight the autoscaler");
      assertTrue(autoscaler.getSpec().getMetrics().stream().anyMatch(m -> m.getResource() != null
          && m.getResource().getName().equals("cpu")), service + " autoscales on something other than CPU");
      assertNotNull(overlay.mainContainer(service).getResources().getRequests().get("cpu"),
          service + ": CPU utilisation needs a CPU request");
      int min = autoscaler.getSpec().getMinReplicas();
      assertTrue(min <= autoscaler.getSpec().getMaxReplicas(), service + " autoscaler bounds");
      if (overlay.name.equals("prod")) {
        assertTrue(min >= 2, "prod: " + service + " can drop to a single replica");
      }
    }
    for (Deployment deployment : overlay.all(Deployment.class)) {
      String deploymentName = deployment.getMetadata().getName();
      List<PodDisruptionBudget> budgets = overlay.all(PodDisruptionBudget.class).stream()
          .filter(b -> Overlay.matches(b.getSpec().getSelector(), deployment.getSpec().getTemplate().getMetadata().getLabels()))
          .toList();
      assertEquals(1, budgets.size(), overlay + ": Deployment " + deploymentName + " is covered by " + budgets.size()
          + " disruption budgets");
      assertEquals(List.of("Deployment " + deploymentName), overlay.selectedBy(budgets.get(0).getSpec().getSelector()),
          "PodDisruptionBudget " + budgets.get(0).getMetadata().getName() + " selects other pods too");
    }
  }

  private static Set<String> publicHosts(Overlay overlay) {
    return overlay.all(Ingress.class).stream().flatMap(i -> i.getSpec().getRules().stream()).map(IngressRule::getHost)
        .collect(Collectors.toSet());
  }

  static URI jdbcTarget(String jdbcUrl, String user) {
    assertNotNull(jdbcUrl, user + " has no JDBC URL");
    assertTrue(jdbcUrl.startsWith("jdbc:postgresql://"), user + ": " + jdbcUrl + " is not a PostgreSQL JDBC URL");
    return URI.create(jdbcUrl.substring("jdbc:".length()));
  }

  private static boolean servesPort(ContainerPort port, IntOrString target) {
    return target.getStrVal() != null ? target.getStrVal().equals(port.getName())
        : target.getIntVal().equals(port.getContainerPort());
  }
}
