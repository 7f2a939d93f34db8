package org.annals.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.k8s.Overlay.Workload;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who may connect to whom: policies select pods that exist, only the gateway (and Keycloak's
 * public endpoints) face the ingress controller, only ingest-service and the gateway reach
 * entity- and timeline-service, and each database only its own service.
 */
class NetworkPolicyTest {

  private static final String INGRESS_CONTROLLER = "namespace ingress-nginx";
  private static final String DATABASE_OPERATOR = "namespace cnpg-system";

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void everythingNotAllowedIsRefused(String name) {
    Overlay overlay = Overlay.of(name);
    assertTrue(overlay.all(NetworkPolicy.class).stream().anyMatch(p -> overlay.selectedBy(p.getSpec().getPodSelector())
        .size() == overlay.podLabels().size() && p.getSpec().getPolicyTypes().contains("Ingress")
        && p.getSpec().getIngress().isEmpty()),
        overlay + " has no default-deny ingress policy");
    for (String pods : overlay.podLabels().keySet()) {
      assertFalse(sources(overlay, pods).isEmpty(), overlay + ": no policy lets anything reach " + pods);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void policiesSelectPodsThatExistOnPortsTheyServe(String name) {
    Overlay overlay = Overlay.of(name);
    for (NetworkPolicy policy : overlay.all(NetworkPolicy.class)) {
      String where = overlay + ": NetworkPolicy " + policy.getMetadata().getName();
      var selector = policy.getSpec().getPodSelector();
      List<String> targets = overlay.selectedBy(selector);
      assertFalse(targets.isEmpty(), where + " selects no pod: " + selector.getMatchLabels());
      for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
        for (NetworkPolicyPeer peer : rule.getFrom()) {
          if (peer.getNamespaceSelector() == null && peer.getPodSelector() != null) {
            assertFalse(overlay.selectedBy(peer.getPodSelector()).isEmpty(),
                where + " lets in pods that do not exist: " + peer.getPodSelector().getMatchLabels());
          }
        }
        for (NetworkPolicyPort port : rule.getPorts()) {
          if (port.getPort().getStrVal() != null) {
            for (String target : targets) {
              assertTrue(namedPorts(overlay, target).contains(port.getPort().getStrVal()),
                  where + " opens port " + port.getPort().getStrVal() + ", which " + target + " does not declare");
            }
          }
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void onlyTheGatewayAndKeycloakFaceTheIngressController(String name) {
    Overlay overlay = Overlay.of(name);
    for (String pods : overlay.podLabels().keySet()) {
      if (sources(overlay, pods).contains(INGRESS_CONTROLLER)) {
        assertTrue(pods.equals("Deployment gateway") || pods.equals("Deployment keycloak"),
            overlay + ": the ingress controller reaches " + pods);
      }
    }
    assertEquals(Set.of(INGRESS_CONTROLLER), sources(overlay, "Deployment gateway"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void onlyIngestServiceAndTheGatewayReachTheAnalysisServices(String name) {
    Overlay overlay = Overlay.of(name);
    Set<String> callers = Set.of("Deployment gateway", "Deployment ingest-service");
    assertEquals(callers, sources(overlay, "Deployment entity-service"));
    assertEquals(callers, sources(overlay, "Deployment timeline-service"));
    assertEquals(Set.of("Deployment gateway"), sources(overlay, "Deployment ingest-service"));
  }

  /**
   * A database's pods let in exactly the workloads whose JDBC URL points at them (besides their
   * own instances and the database operator).
   */
  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void eachDatabaseIsReachedOnlyByItsOwnService(String name) {
    Overlay overlay = Overlay.of(name);
    Map<String, Set<String>> clients = new HashMap<>();
    for (Workload workload : overlay.workloads()) {
      Map<String, String> environment = overlay.environment(workload.pod().getContainers().get(0));
      for (String variable : new String[] {"QUARKUS_DATASOURCE_JDBC_URL", "KC_DB_URL"}) {
        if (environment.containsKey(variable)) {
          URI target = WiringTest.jdbcTarget(environment.get(variable), workload.toString());
          for (String database : podsBehind(overlay, target.getHost())) {
            clients.computeIfAbsent(database, d -> new LinkedHashSet<>()).add(workload.toString());
          }
        }
      }
    }
    assertEquals(overlay.name.equals("dev") ? 1 : 4, clients.size(), overlay + " databases: " + clients.keySet());
    clients.forEach((database, users) -> {
      Set<String> allowed = new LinkedHashSet<>(sources(overlay, database));
      allowed.remove(database);
      allowed.remove(DATABASE_OPERATOR);
      assertEquals(users, allowed, overlay + ": who may connect to " + database);
    });
  }

  /** Pod owners, or "namespace <name>" for another namespace, that policies let connect to {@code pods}. */
  static Set<String> sources(Overlay overlay, String pods) {
    Map<String, String> labels = overlay.podLabels().get(pods);
    Set<String> sources = new LinkedHashSet<>();
    for (NetworkPolicy policy : overlay.all(NetworkPolicy.class)) {
      if (!Overlay.matches(policy.getSpec().getPodSelector(), labels)) {
        continue;
      }
      for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
        if (rule.getFrom().isEmpty()) {
          sources.add("anyone");
        }
        for (NetworkPolicyPeer peer : rule.getFrom()) {
          if (peer.getNamespaceSelector() != null) {
            sources.add("namespace " + peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name"));
          } else if (peer.getPodSelector() != null) {
            sources.addAll(overlay.selectedBy(peer.getPodSelector()));
          } else {
            sources.add("addresses " + peer.getIpBlock().getCidr());
          }
        }
      }
    }
    return sources;
  }

  private static List<String> podsBehind(Overlay overlay, String host) {
    for (CnpgCluster cluster : overlay.all(CnpgCluster.class)) {
      if (cluster.primaryService().equals(host)) {
        return List.of("Cluster " + cluster.name());
      }
    }
    Map<String, String> selector = overlay.get(Service.class, host).getSpec().getSelector();
    return overlay.podLabels().entrySet().stream().filter(e -> e.getValue().entrySet().containsAll(selector.entrySet()))
        .map(Map.Entry::getKey).toList();
  }

  private static Set<String> namedPorts(Overlay overlay, String pods) {
    Set<String> names = new LinkedHashSet<>();
    overlay.workloads().stream().filter(w -> w.toString().equals(pods))
        .flatMap(w -> w.pod().getContainers().stream()).map(Container::getPorts).flatMap(List::stream)
        .map(ContainerPort::getName).forEach(names::add);
    return names;
  }
}
