package org.annals.ingest.api;

import io.quarkus.test.junit.QuarkusTest;
import org.annals.common.security.AccessMatrixTests;

/** Every operation of ingest-service, for every kind of caller. */
@QuarkusTest
class AccessMatrixTest extends AccessMatrixTests {}
