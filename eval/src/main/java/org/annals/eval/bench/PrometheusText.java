package org.annals.eval.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the request timers of a service's Prometheus text. */
final class PrometheusText {

  private static final Pattern TIMER = Pattern.compile(
      "^http_server_requests_seconds_(count|sum)\\{(.*)\\}\\s+(\\S+)$", Pattern.MULTILINE);

  private PrometheusText() {}

  /** Count and seconds of the POST and PUT requests on /internal/v1/articles (the analysis calls), summed. */
  static double[] internalAnalysis(String metrics) {
    double[] out = new double[2];
    Matcher timer = TIMER.matcher(metrics);
    while (timer.find()) {
      String labels = timer.group(2);
      boolean analysis = labels.contains("uri=\"/internal/v1/articles")
          && (labels.contains("method=\"POST\"") || labels.contains("method=\"PUT\""));
      if (analysis) {
        out[timer.group(1).equals("count") ? 0 : 1] += Double.parseDouble(timer.group(3));
      }
    }
    return out;
  }
}
