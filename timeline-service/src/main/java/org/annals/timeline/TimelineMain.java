package org.annals.timeline;

import io.quarkus.runtime.annotations.QuarkusMain;
import org.annals.common.ServiceRunner;

@QuarkusMain
public class TimelineMain {

  public static void main(String... args) {
    ServiceRunner.run("timeline", args);
  }
}
