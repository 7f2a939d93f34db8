package org.annals.common.requestid;

import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/** The request id: taken from a caller when it is sane, created otherwise, kept in the logging MDC. */
public final class RequestIds {

  public static final String HEADER = "X-Request-Id";
  public static final String MDC_KEY = "requestId";

  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  private RequestIds() {}

  /** The caller's id when it is safe to log and pass on; a new one otherwise. */
  public static String acceptOrCreate(String fromCaller) {
    return fromCaller != null && SANE.matcher(fromCaller).matches() ? fromCaller : create();
  }

  public static String create() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  public static String current() {
    Object id = MDC.get(MDC_KEY);
    return id == null ? null : id.toString();
  }

  public static void bind(String id) {
    if (id == null) {
      MDC.remove(MDC_KEY);
    } else {
      MDC.put(MDC_KEY, id);
    }
  }
}
