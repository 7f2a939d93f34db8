package org.annals.entity.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.annals.common.database.EmbeddedPostgresTestResource;
import org.annals.common.security.AccessMatrixTests;

/** Every operation of entity-service, for every kind of caller. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
class AccessMatrixTest extends AccessMatrixTests {}
