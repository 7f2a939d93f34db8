package org.annals.ingest.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;
import org.annals.common.testing.TestTokens;

/**
 * For the packaged service, which runs with its production configuration: tokens are checked for
 * real (signed with a test key), and the pipeline calls the stub services without a token of its own.
 */
public class PackagedRealm implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    Map<String, String> config = new HashMap<>(TestTokens.realmConfig("https://keycloak.test/realms/annals"));
    config.put("quarkus.oidc-client.client-enabled", "false");
    return config;
  }

  @Override
  public void stop() {
    // Nothing runs.
  }
}
