package org.annals.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.k8s.Overlay.PlacedContainer;
import org.annals.k8s.Overlay.Workload;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every pod must have: probes, sizes, the restricted security context, pinned images. */
class WorkloadTest {

  private static final Pattern HEAP_PERCENT = Pattern.compile("-XX:MaxRAMPercentage=(\\d+(?:\\.\\d+)?)");
  private static final Pattern LAUNCHER_HEAP = Pattern.compile("ANNALS_(\\w+)_HEAP:-(\\d+)([mg])");

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void everyPodHasStartupLivenessAndReadinessProbes(String name) {
    Overlay overlay = Overlay.of(name);
    for (Workload workload : overlay.workloads()) {
      for (Container container : workload.pod().getContainers()) {
        String where = overlay + ": " + workload + " container " + container.getName();
        Probe startup = container.getStartupProbe();
        assertNotNull(startup, where + " has no startup probe");
        assertNotNull(container.getLivenessProbe(), where + " has no liveness probe");
        assertNotNull(container.getReadinessProbe(), where + " has no readiness probe");
        for (Probe probe : new Probe[] {startup, container.getLivenessProbe(), container.getReadinessProbe()}) {
          if (probe.getHttpGet() != null) {
            assertPortDeclared(container, probe.getHttpGet().getPort().getStrVal(), where);
          }
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void annalsServicesProbeTheQuarkusHealthEndpoints(String name) {
    Overlay overlay = Overlay.of(name);
    for (String service : Overlay.SERVICES) {
      Container container = overlay.mainContainer(service);
      assertEquals("/q/health/started", container.getStartupProbe().getHttpGet().getPath(), service);
      assertEquals("/q/health/live", container.getLivenessProbe().getHttpGet().getPath(), service);
      assertEquals("/q/health/ready", container.getReadinessProbe().getHttpGet().getPath(), service);
    }
  }

  /** The NLP services load their models before they report started: give them minutes, not seconds. */
  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void startupBudgetCoversLoadingTheNlpModels(String name) {
    Overlay overlay = Overlay.of(name);
    for (String service : new String[] {"entity-service", "timeline-service"}) {
      Probe startup = overlay.mainContainer(service).getStartupProbe();
      int seconds = startup.getPeriodSeconds() * startup.getFailureThreshold();
      assertTrue(seconds >= 180, overlay + ": " + service + " gets only " + seconds + " s to load its models");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void everyContainerHasCpuAndMemoryRequestsAndLimits(String name) {
    Overlay overlay = Overlay.of(name);
    for (PlacedContainer placed : overlay.containers()) {
      String where = overlay + ": " + placed;
      ResourceRequirements resources = placed.container().getResources();
      assertNotNull(resources, where + " has no resources");
      for (String resource : new String[] {"cpu", "memory"}) {
        Quantity request = resources.getRequests().get(resource);
        Quantity limit = resources.getLimits().get(resource);
        assertNotNull(request, where + " has no " + resource + " request");
        assertNotNull(limit, where + " has no " + resource + " limit");
        assertTrue(amount(request).compareTo(amount(limit)) <= 0, where + ": " + resource + " request above its limit");
      }
    }
    overlay.all(CnpgCluster.class).forEach(cluster -> {
      assertNotNull(cluster.spec().resources().getRequests().get("memory"), cluster.name() + " memory request");
      assertNotNull(cluster.spec().resources().getLimits().get("memory"), cluster.name() + " memory limit");
    });
  }

  /**
   * The JVM heap is a share of the container's memory limit, never a fixed -Xmx, and is at least
   * the heap the launcher runs each service with (./annals, measured in README.md "Memory").
   * Memory is requested as much as limited: a JVM grows to its heap, and must not be evicted for it.
   */
  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void heapFollowsTheContainerLimitAndFitsTheMeasuredNeeds(String name) throws IOException {
    Overlay overlay = Overlay.of(name);
    Map<String, Long> launcherHeaps = launcherHeaps();
    for (String service : Overlay.SERVICES) {
      Container container = overlay.mainContainer(service);
      String options = overlay.environment(container).getOrDefault("JAVA_TOOL_OPTIONS", "");
      assertFalse(options.contains("-Xmx"), service + ": a fixed -Xmx ignores the container limit");
      Matcher percent = HEAP_PERCENT.matcher(options);
      assertTrue(percent.find(), service + ": JAVA_TOOL_OPTIONS sets no -XX:MaxRAMPercentage");
      BigDecimal limit = amount(container.getResources().getLimits().get("memory"));
      assertEquals(0, limit.compareTo(amount(container.getResources().getRequests().get("memory"))),
          service + ": memory request and limit differ");
      long heap = limit.multiply(new BigDecimal(percent.group(1))).movePointLeft(2).longValue();
      Long launcherHeap = launcherHeaps.get(service);
      assertNotNull(launcherHeap, "the launcher sets no heap for " + service);
      assertTrue(heap >= launcherHeap, overlay + ": " + service + " gets a " + heap / (1 << 20) + " MiB heap, less than the "
          + launcherHeap / (1 << 20) + " MiB it runs with under the launcher");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void podsRunWithTheRestrictedSecurityContextAndAWritableTmp(String name) {
    Overlay overlay = Overlay.of(name);
    for (Workload workload : overlay.workloads()) {
      PodSecurityContext pod = workload.pod().getSecurityContext();
      assertNotNull(pod, workload + " has no pod security context");
      assertEquals(Boolean.TRUE, pod.getRunAsNonRoot(), workload + " may run as root");
      assertTrue(pod.getRunAsUser() != null && pod.getRunAsUser() > 0, workload + " runs as user 0");
      assertEquals("RuntimeDefault", pod.getSeccompProfile().getType(), workload + " seccomp profile");
      assertEquals(Boolean.FALSE, workload.pod().getAutomountServiceAccountToken(), workload + " mounts an API token");
      for (Container container : workload.allContainers()) {
        String where = overlay + ": " + workload + " container " + container.getName();
        SecurityContext security = container.getSecurityContext();
        assertNotNull(security, where + " has no security context");
        assertEquals(Boolean.TRUE, security.getRunAsNonRoot(), where + " may run as root");
        assertEquals(Boolean.FALSE, security.getAllowPrivilegeEscalation(), where + " allows privilege escalation");
        assertEquals(Boolean.TRUE, security.getReadOnlyRootFilesystem(), where + " has a writable root filesystem");
        assertTrue(security.getCapabilities().getDrop().contains("ALL"), where + " keeps capabilities");
        assertTrue(security.getCapabilities().getAdd().isEmpty(), where + " adds capabilities");
        assertEquals("RuntimeDefault", security.getSeccompProfile().getType(), where + " seccomp profile");
        VolumeMount tmp = container.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/tmp")).findFirst()
            .orElseThrow(() -> new AssertionError(where + " has no volume on /tmp"));
        Volume volume = workload.pod().getVolumes().stream().filter(v -> v.getName().equals(tmp.getName())).findFirst()
            .orElseThrow(() -> new AssertionError(where + " mounts an undeclared volume " + tmp.getName()));
        assertNotNull(volume.getEmptyDir(), where + ": /tmp is not an emptyDir");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void imagesArePinnedAndAnnalsImagesCarryTheProjectVersion(String name) {
    Overlay overlay = Overlay.of(name);
    String version = buildProperty("annals.version");
    overlay.containers().forEach(placed -> assertPinned(placed.container().getImage(), overlay + ": " + placed));
    for (String service : Overlay.SERVICES) {
      assertEquals("annals/" + service + ":" + version, overlay.mainContainer(service).getImage(),
          service + " image (k8s/base/kustomization.yaml, images:)");
    }
    overlay.all(CnpgCluster.class).forEach(c -> assertPinned(c.spec().imageName(), "Cluster " + c.name()));
  }

  /** The same PostgreSQL release in Kubernetes as the embedded one the tests and the launcher run. */
  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void postgresqlImagesRunTheEmbeddedPostgresqlRelease(String name) {
    Overlay overlay = Overlay.of(name);
    String release = buildProperty("annals.postgres.version").replaceFirst("^(\\d+\\.\\d+).*", "$1");
    int checked = 0;
    for (PlacedContainer placed : overlay.containers()) {
      if (placed.container().getImage().contains("postgres")) {
        assertEquals(release, tag(placed.container().getImage()), placed + " PostgreSQL release");
        checked++;
      }
    }
    for (CnpgCluster cluster : overlay.all(CnpgCluster.class)) {
      assertEquals(release, tag(cluster.spec().imageName()), "Cluster " + cluster.name() + " PostgreSQL release");
      checked++;
    }
    assertTrue(checked > 0, overlay + " runs no PostgreSQL");
  }

  /** A value the build passes from pom.xml (k8s/pom.xml, surefire's systemPropertyVariables). */
  private static String buildProperty(String key) {
    String value = System.getProperty(key);
    assertNotNull(value, "run the tests through Maven: it passes " + key + " from pom.xml");
    return value;
  }

  private static void assertPinned(String image, String where) {
    if (image.contains("@sha256:")) {
      return;
    }
    String tag = tag(image);
    if (tag.isEmpty() || tag.equals("latest")) {
      fail(where + ": image " + image + " is not pinned to a version");
    }
  }

  private static String tag(String image) {
    String last = image.substring(image.lastIndexOf('/') + 1);
    int colon = last.indexOf(':');
    return colon < 0 ? "" : last.substring(colon + 1);
  }

  private static void assertPortDeclared(Container container, String port, String where) {
    if (port == null) {
      return;
    }
    assertTrue(container.getPorts().stream().map(ContainerPort::getName).anyMatch(port::equals),
        where + " probes port " + port + ", which it does not declare");
  }

  private static BigDecimal amount(Quantity quantity) {
    return Quantity.getAmountInBytes(quantity);
  }

  private static Map<String, Long> launcherHeaps() throws IOException {
    String launcher = Files.readString(Overlay.K8S.resolve("../annals"));
    Map<String, Long> heaps = new HashMap<>();
    Matcher matcher = LAUNCHER_HEAP.matcher(launcher);
    while (matcher.find()) {
      String service = matcher.group(1).toLowerCase();
      long size = Long.parseLong(matcher.group(2)) << (matcher.group(3).equals("g") ? 30 : 20);
      heaps.put(service.equals("gateway") ? service : service + "-service", size);
    }
    return heaps;
  }
}
