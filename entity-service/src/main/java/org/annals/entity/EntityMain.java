package org.annals.entity;

import io.quarkus.runtime.annotations.QuarkusMain;
import org.annals.common.ServiceRunner;

@QuarkusMain
public class EntityMain {

  public static void main(String... args) {
    ServiceRunner.run("entity", args);
  }
}
