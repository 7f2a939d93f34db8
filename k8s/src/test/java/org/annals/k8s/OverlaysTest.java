package org.annals.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.annals.k8s.References.Kind;
import org.annals.k8s.References.Reference;
import org.junit.jupiter.api.Test;

/** What each overlay changes: where the databases live and how Keycloak runs. */
class OverlaysTest {

  private static final Pattern CREATE_DATABASE =
      Pattern.compile("(?m)^create_database (\\w+) \"\\$(\\w+)_USERNAME\" \"\\$(\\w+)_PASSWORD\"$");
  private static final Pattern CREATE_SECRET = Pattern.compile("(?m)^create ([\\w-]+)((?: --from-literal=[\\w-]+=\\S+)+)$");
  private static final Pattern LITERAL_KEY = Pattern.compile("--from-literal=([\\w-]+)=");

  @Test
  void devRunsOnePostgresqlWithAVolumeAndADatabasePerServiceCreatedAtInit() {
    Overlay dev = Overlay.of("dev");
    assertTrue(dev.all(CnpgCluster.class).isEmpty(), "dev needs no database operator");
    StatefulSet postgres = dev.get(StatefulSet.class, "postgres");
    assertEquals(1, postgres.getSpec().getReplicas());
    List<PersistentVolumeClaim> claims = postgres.getSpec().getVolumeClaimTemplates();
    assertEquals(1, claims.size(), "one volume for the data");
    Quantity storage = claims.get(0).getSpec().getResources().getRequests().get("storage");
    assertNotNull(storage, "the data volume has no size");
    Container container = postgres.getSpec().getTemplate().getSpec().getContainers().get(0);
    Map<String, String> environment = dev.environment(container);
    String dataMount = mountPath(container, claims.get(0).getMetadata().getName());
    assertTrue(environment.get("PGDATA").startsWith(dataMount + "/"), "PGDATA lies below the volume's mount point");

    String initScript = mountedConfigMap(dev, postgres.getSpec().getTemplate().getSpec().getVolumes(), container,
        "/docker-entrypoint-initdb.d").values().iterator().next();
    Map<String, String> databaseOwners = new HashMap<>();
    Matcher creates = CREATE_DATABASE.matcher(initScript);
    while (creates.find()) {
      assertEquals(creates.group(2), creates.group(3), "owner and password of one database come from one Secret");
      databaseOwners.put(creates.group(1), creates.group(2));
    }
    for (var entry : Overlay.DATABASES.entrySet()) {
      String owner = databaseOwners.get(entry.getValue());
      assertNotNull(owner, "the init script creates no database " + entry.getValue() + " for " + entry.getKey());
      Map<String, String> service = dev.environment(dev.mainContainer(entry.getKey()));
      assertEquals(service.get("QUARKUS_DATASOURCE_USERNAME"), environment.get(owner + "_USERNAME"),
          entry.getKey() + " and the init script disagree on the database owner");
      assertEquals(service.get("QUARKUS_DATASOURCE_PASSWORD"), environment.get(owner + "_PASSWORD"),
          entry.getKey() + " and the init script disagree on the password");
    }
  }

  @Test
  void prodGivesEachDatabaseACloudNativePgClusterAndItsServiceTheOperatorsCredentials() {
    Overlay prod = Overlay.of("prod");
    assertTrue(prod.all(StatefulSet.class).isEmpty(), "prod runs no database of its own");
    for (var entry : Overlay.DATABASES.entrySet()) {
      Map<String, String> environment = prod.environment(prod.mainContainer(entry.getKey()));
      CnpgCluster cluster = clusterBehind(prod, environment.get("QUARKUS_DATASOURCE_JDBC_URL"), entry.getKey());
      assertEquals(entry.getValue(), cluster.spec().bootstrap().initdb().database(), cluster.name() + " database");
      assertEquals("secret:" + cluster.applicationSecret() + "/username", environment.get("QUARKUS_DATASOURCE_USERNAME"));
      assertEquals("secret:" + cluster.applicationSecret() + "/password", environment.get("QUARKUS_DATASOURCE_PASSWORD"));
    }
    for (CnpgCluster cluster : prod.all(CnpgCluster.class)) {
      assertTrue(cluster.spec().instances() >= 2, cluster.name() + " has no standby to fail over to");
      assertNotNull(cluster.spec().storage().size(), cluster.name() + " storage size");
      assertEquals(cluster.spec().bootstrap().initdb().database(), cluster.spec().bootstrap().initdb().owner(),
          cluster.name() + ": the owner role is named after its database");
    }
  }

  @Test
  void devKeycloakRunsInDevelopmentModeAndImportsTheRealmFromAConfigMap() throws IOException {
    Overlay dev = Overlay.of("dev");
    Deployment keycloak = dev.get(Deployment.class, "keycloak");
    Container container = keycloak.getSpec().getTemplate().getSpec().getContainers().get(0);
    assertEquals(List.of("start-dev", "--import-realm"), container.getArgs());
    assertEquals(List.of("seed"), keycloak.getSpec().getTemplate().getSpec().getInitContainers().stream()
        .map(Container::getName).toList(), "development mode builds itself");
    assertServerBuildIsSeeded(keycloak);
    Realm realm = importedRealm(dev, keycloak);
    assertEquals(Set.of("reader", "editor", "admin"), realm.users().stream()
        .filter(u -> !u.path("username").asText().startsWith("service-account-"))
        .map(u -> u.path("username").asText()).collect(Collectors.toSet()), "dev users");
  }

  @Test
  void prodKeycloakRunsOptimizedOnItsExternalDatabase() throws IOException {
    Overlay prod = Overlay.of("prod");
    Deployment keycloak = prod.get(Deployment.class, "keycloak");
    assertTrue(keycloak.getSpec().getReplicas() >= 2, "prod Keycloak has a single replica");
    Container container = keycloak.getSpec().getTemplate().getSpec().getContainers().get(0);
    assertEquals(List.of("start", "--optimized", "--import-realm"), container.getArgs());
    List<Container> init = keycloak.getSpec().getTemplate().getSpec().getInitContainers();
    assertEquals(List.of("seed", "build"), init.stream().map(Container::getName).toList());
    assertEquals(List.of("build"), init.get(1).getArgs(), "an optimized start needs a build first");
    init.forEach(c -> assertEquals(container.getImage(), c.getImage(), "the build and the server are one Keycloak"));
    assertEquals("/opt/keycloak/lib/quarkus", mountPath(init.get(1), "build"), "the build writes to the server's volume");
    assertServerBuildIsSeeded(keycloak);
    Map<String, String> environment = prod.environment(container);
    assertEquals("postgres", environment.get("KC_DB"));
    CnpgCluster database = clusterBehind(prod, environment.get("KC_DB_URL"), "keycloak");
    assertEquals("secret:" + database.applicationSecret() + "/username", environment.get("KC_DB_USERNAME"));
    assertEquals("secret:" + database.applicationSecret() + "/password", environment.get("KC_DB_PASSWORD"));
    assertEquals(environment.get("KC_DB"), prod.environment(init.get(1)).get("KC_DB"), "build and start disagree on KC_DB");
    Realm realm = importedRealm(prod, keycloak);
    assertTrue(realm.users().stream().allMatch(u -> u.path("username").asText().startsWith("service-account-")),
        "prod imports no user accounts");
  }

  /** The development realm is the production one plus users and a command-line client. */
  @Test
  void bothRealmsDefineTheSameRolesAndClients() throws IOException {
    Realm dev = importedRealm(Overlay.of("dev"), Overlay.of("dev").get(Deployment.class, "keycloak"));
    Realm prod = importedRealm(Overlay.of("prod"), Overlay.of("prod").get(Deployment.class, "keycloak"));
    assertEquals(prod.roles(), dev.roles());
    Set<String> devClients = new HashSet<>(dev.clients());
    devClients.remove("annals-cli");
    assertEquals(prod.clients(), devClients);
  }

  /** ingest-service's token client is a confidential client of the realm whose account has role "service". */
  @Test
  void ingestServiceTokenClientExistsInBothRealms() throws IOException {
    for (String name : new String[] {"dev", "prod"}) {
      Overlay overlay = Overlay.of(name);
      Realm realm = importedRealm(overlay, overlay.get(Deployment.class, "keycloak"));
      String clientId = overlay.environment(overlay.mainContainer("ingest-service")).get("QUARKUS_OIDC_CLIENT_CLIENT_ID");
      var client = realm.client(clientId).orElseThrow(() -> new AssertionError(name + ": no client " + clientId));
      assertFalse(client.path("publicClient").asBoolean(), clientId + " must be confidential");
      assertTrue(client.path("serviceAccountsEnabled").asBoolean(), clientId + " has no service account");
      assertTrue(realm.users().stream().anyMatch(u -> clientId.equals(u.path("serviceAccountClientId").asText())
          && u.path("realmRoles").toString().contains("\"service\"")), clientId + "'s account lacks role service");
    }
  }

  @Test
  void devSecretsScriptCreatesEverySecretTheDevOverlayReads() throws IOException {
    String script = Files.readString(Overlay.K8S.resolve("overlays/dev/dev-secrets.sh"));
    Map<String, Set<String>> created = new HashMap<>();
    Matcher creates = CREATE_SECRET.matcher(script);
    while (creates.find()) {
      Set<String> keys = new HashSet<>();
      Matcher key = LITERAL_KEY.matcher(creates.group(2));
      while (key.find()) {
        keys.add(key.group(1));
      }
      created.put(creates.group(1), keys);
    }
    for (Reference reference : References.of(Overlay.of("dev"))) {
      if (reference.kind() == Kind.SECRET) {
        Set<String> keys = created.get(reference.name());
        assertNotNull(keys, "dev-secrets.sh does not create " + reference.name() + " (" + reference.from() + ")");
        assertTrue(reference.key() == null || keys.contains(reference.key()),
            "dev-secrets.sh creates " + reference.name() + " without key " + reference.key());
      }
    }
  }

  /**
   * Keycloak's server build (lib/quarkus) is written at start, and the root filesystem is
   * read-only: it lives in an emptyDir, which the "seed" init container fills with the image's.
   */
  private static void assertServerBuildIsSeeded(Deployment keycloak) {
    var pod = keycloak.getSpec().getTemplate().getSpec();
    String volume = pod.getContainers().get(0).getVolumeMounts().stream()
        .filter(m -> m.getMountPath().equals("/opt/keycloak/lib/quarkus")).map(VolumeMount::getName).findFirst()
        .orElseThrow(() -> new AssertionError("Keycloak's lib/quarkus is not a volume"));
    assertNotNull(pod.getVolumes().stream().filter(v -> v.getName().equals(volume)).findFirst().orElseThrow().getEmptyDir());
    Container seed = pod.getInitContainers().get(0);
    String target = mountPath(seed, volume);
    assertEquals(List.of("cp", "-R", "/opt/keycloak/lib/quarkus/.", target + "/"), seed.getCommand(),
        "the seed copies the image's server build into the volume");
  }

  private static CnpgCluster clusterBehind(Overlay overlay, String jdbcUrl, String user) {
    URI target = WiringTest.jdbcTarget(jdbcUrl, user);
    CnpgCluster cluster = overlay.all(CnpgCluster.class).stream().filter(c -> c.primaryService().equals(target.getHost()))
        .findFirst().orElseThrow(() -> new AssertionError(user + " connects to " + target.getHost()
            + ", the primary of no CloudNativePG cluster"));
    assertEquals("/" + cluster.spec().bootstrap().initdb().database(), target.getPath(), user + " database");
    return cluster;
  }

  static Realm importedRealm(Overlay overlay, Deployment keycloak) throws IOException {
    var pod = keycloak.getSpec().getTemplate().getSpec();
    Container container = pod.getContainers().get(0);
    Map<String, String> files = mountedConfigMap(overlay, pod.getVolumes(), container, "/opt/keycloak/data/import");
    assertEquals(1, files.size(), "one realm file");
    Realm realm = Realm.parse(files.values().iterator().next());
    assertEquals("annals", realm.name());
    Set<String> environment = overlay.environment(container).keySet();
    for (String placeholder : realm.placeholders()) {
      assertTrue(environment.contains(placeholder), overlay + ": the realm file uses ${" + placeholder
          + "}, which the Keycloak container does not define");
    }
    return realm;
  }

  private static Map<String, String> mountedConfigMap(Overlay overlay, List<Volume> volumes, Container container,
      String path) {
    String volumeName = container.getVolumeMounts().stream().filter(m -> m.getMountPath().equals(path))
        .map(VolumeMount::getName).findFirst().orElseThrow(() -> new AssertionError("nothing mounted at " + path));
    Volume volume = volumes.stream().filter(v -> v.getName().equals(volumeName)).findFirst().orElseThrow();
    assertNotNull(volume.getConfigMap(), path + " is not a ConfigMap");
    Map<String, String> data = overlay.get(ConfigMap.class, volume.getConfigMap().getName()).getData();
    assertFalse(data.isEmpty(), "ConfigMap " + volume.getConfigMap().getName() + " is empty");
    return data;
  }

  private static String mountPath(Container container, String volume) {
    return container.getVolumeMounts().stream().filter(m -> m.getName().equals(volume)).map(VolumeMount::getMountPath)
        .findFirst().orElseThrow(() -> new AssertionError("volume " + volume + " is not mounted"));
  }
}
