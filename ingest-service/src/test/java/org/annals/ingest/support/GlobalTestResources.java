package org.annals.ingest.support;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.annals.common.database.EmbeddedPostgresTestResource;

/**
 * The resources every @QuarkusTest of this module runs with, declared once: a fresh embedded PostgreSQL
 * and the stub entity- and timeline-services. Global scope keeps one Quarkus boot for all test classes.
 */
@WithTestResource(value = EmbeddedPostgresTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = DownstreamStub.class, scope = TestResourceScope.GLOBAL)
public final class GlobalTestResources {

  private GlobalTestResources() {}
}
