package org.annals.common.security;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.security.TestSecurity;
import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The access matrix of a service, every documented operation against every kind of caller: extend it
 * in a {@code @QuarkusTest} of the service. The roles are those a Keycloak token carries (composites
 * expanded: an editor is a reader too).
 */
public abstract class AccessMatrixTests {

  @TestHTTPResource("/")
  URI base;

  @Test
  void withoutATokenEveryOperationIsUnauthorized() {
    AccessMatrix.assertEveryOperation(base, Set.of());
  }

  @Test
  @TestSecurity(user = "reader", roles = Roles.READER)
  void aReaderOnlyReads() {
    AccessMatrix.assertEveryOperation(base, Set.of(Roles.READER));
  }

  @Test
  @TestSecurity(user = "editor", roles = {Roles.READER, Roles.EDITOR})
  void anEditorReadsAndWritesButNeitherDeletesNorMerges() {
    AccessMatrix.assertEveryOperation(base, Set.of(Roles.READER, Roles.EDITOR));
  }

  @Test
  @TestSecurity(user = "admin", roles = {Roles.READER, Roles.EDITOR, Roles.ADMIN})
  void anAdministratorDoesEverythingButCallInternalEndpoints() {
    AccessMatrix.assertEveryOperation(base, Set.of(Roles.READER, Roles.EDITOR, Roles.ADMIN));
  }

  @Test
  @TestSecurity(user = "service-account-annals-ingest", roles = Roles.SERVICE)
  void aServiceOnlyCallsInternalEndpoints() {
    AccessMatrix.assertEveryOperation(base, Set.of(Roles.SERVICE));
  }
}
