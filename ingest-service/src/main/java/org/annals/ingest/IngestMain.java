package org.annals.ingest;

import io.quarkus.runtime.annotations.QuarkusMain;
import org.annals.common.ServiceRunner;

@QuarkusMain
public class IngestMain {

  public static void main(String... args) {
    ServiceRunner.run("ingest", args);
  }
}
