package org.annals.systemtests;

/** Where a request is sent: the gateway, or a service on its own port, behind the gateway's back. */
public enum Entry {
  GATEWAY(0), INGEST(1), ENTITY(2), TIMELINE(3);

  private final int offset;

  Entry(int offset) {
    this.offset = offset;
  }

  /** The launcher gives the services the ports after the gateway's, in this order. */
  public int port() {
    return AnnalsStack.GATEWAY_PORT + offset;
  }

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
