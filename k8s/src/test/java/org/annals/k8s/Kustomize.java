package org.annals.k8s;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Renders an overlay the way a platform team applies it: {@code kubectl kustomize <overlay>}. */
final class Kustomize {

  private static final long TIMEOUT_SECONDS = 60;

  private Kustomize() {}

  static String render(Path overlay) {
    Path errors = null;
    try {
      errors = Files.createTempFile("kustomize", ".err");
      Process process;
      try {
        process = new ProcessBuilder("kubectl", "kustomize", overlay.toString())
            .redirectError(errors.toFile())
            .start();
      } catch (IOException e) {
        throw new IllegalStateException("kubectl is not installed (or not on PATH), and the Kubernetes manifests are "
            + "validated by rendering them with 'kubectl kustomize'. Install kubectl 1.32 or newer "
            + "(https://kubernetes.io/docs/tasks/tools/) and run the build again.", e);
      }
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("kubectl kustomize " + overlay + " did not finish in " + TIMEOUT_SECONDS + " s");
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException("kubectl kustomize " + overlay + " failed: " + Files.readString(errors));
      }
      return new String(output, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("could not render " + overlay + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while rendering " + overlay, e);
    } finally {
      if (errors != null) {
        errors.toFile().delete();
      }
    }
  }
}
