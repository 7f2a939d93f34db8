package org.annals.gateway.routing;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A request body of unknown length (chunked) passed on while it is counted: past the limit the stream
 * fails, the call to the service is reset, and the caller gets 413 instead.
 */
final class SizeLimitedStream implements ReadStream<Buffer> {

  /** Why the stream stopped; never an error of the service. */
  static final class TooLarge extends RuntimeException {
    TooLarge(long limit) {
      super("request body over " + limit + " bytes", null, false, false);
    }
  }

  private final ReadStream<Buffer> source;
  private final long limit;
  private long seen;
  private boolean exceeded;
  private Handler<Throwable> exceptionHandler;

  SizeLimitedStream(ReadStream<Buffer> source, long limit) {
    this.source = source;
    this.limit = limit;
  }

  boolean exceeded() {
    return exceeded;
  }

  @Override
  public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
    exceptionHandler = handler;
    source.exceptionHandler(handler);
    return this;
  }

  @Override
  public ReadStream<Buffer> handler(Handler<Buffer> handler) {
    if (handler == null) {
      source.handler(null);
      return this;
    }
    source.handler(chunk -> {
      if (exceeded) {
        return;
      }
      seen += chunk.length();
      if (seen > limit) {
        exceeded = true;
        source.pause();
        if (exceptionHandler != null) {
          exceptionHandler.handle(new TooLarge(limit));
        }
        return;
      }
      handler.handle(chunk);
    });
    return this;
  }

  @Override
  public ReadStream<Buffer> pause() {
    source.pause();
    return this;
  }

  @Override
  public ReadStream<Buffer> resume() {
    if (!exceeded) {
      source.resume();
    }
    return this;
  }

  @Override
  public ReadStream<Buffer> fetch(long amount) {
    if (!exceeded) {
      source.fetch(amount);
    }
    return this;
  }

  @Override
  public ReadStream<Buffer> endHandler(Handler<Void> handler) {
    source.endHandler(handler);
    return this;
  }
}
