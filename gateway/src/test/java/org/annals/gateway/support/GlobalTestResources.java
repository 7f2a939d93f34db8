package org.annals.gateway.support;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** The stub services every @QuarkusTest of the gateway runs against: one Quarkus boot for all of them. */
@WithTestResource(value = StubServices.class, scope = TestResourceScope.GLOBAL)
public final class GlobalTestResources {

  private GlobalTestResources() {}
}
