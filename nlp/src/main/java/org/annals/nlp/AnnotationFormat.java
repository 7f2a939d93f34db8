package org.annals.nlp;

import com.google.protobuf.InvalidProtocolBufferException;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreNLPProtos;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * How an {@link ArticlePipeline} annotation travels between services and rests in a database: CoreNLP's
 * own protocol buffer message ({@code CoreNLP.proto}, the {@code Document} message of CoreNLP
 * {@value #CORENLP_VERSION}), gzip-compressed. Version {@value #VERSION}; docs/internal-contracts.md
 * says why this format and what it costs. A reader refuses any other version rather than guess.
 */
public final class AnnotationFormat {

  /** The name a message gives its format. */
  public static final String NAME = "corenlp-protobuf+gzip";
  /** Raised whenever the bytes' meaning changes: another CoreNLP message, compression or pipeline. */
  public static final int VERSION = 1;
  static final String CORENLP_VERSION = "4.5.10";
  /** A 4,000-word article is about 0.3 MB uncompressed; anything far beyond is no article of ours. */
  private static final int MAX_DECODED_BYTES = 64 * 1024 * 1024;

  private final ProtobufAnnotationSerializer serializer = new ProtobufAnnotationSerializer(false);

  /** The annotation as bytes of version {@link #VERSION}. */
  public byte[] encode(Annotation document) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
      serializer.toProto(document).writeTo(zip);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** {@link #encode} as base64 text, for JSON bodies. */
  public String encodeText(Annotation document) {
    return Base64.getEncoder().encodeToString(encode(document));
  }

  /**
   * The annotation of {@code text} from bytes of version {@link #VERSION}.
   *
   * @throws MalformedAnnotationException when they are no such annotation, or one of another text
   */
  public Annotation decode(byte[] bytes, String text) {
    CoreNLPProtos.Document message;
    try (InputStream in = new LimitedInputStream(new GZIPInputStream(new ByteArrayInputStream(bytes)),
        MAX_DECODED_BYTES)) {
      message = CoreNLPProtos.Document.parseFrom(in);
    } catch (InvalidProtocolBufferException e) {
      throw new MalformedAnnotationException("not a CoreNLP Document message: " + e.getMessage());
    } catch (IOException e) {
      throw new MalformedAnnotationException("not gzip-compressed data: " + e.getMessage());
    }
    if (!message.getText().equals(text)) {
      throw new MalformedAnnotationException("it annotates another text than the one sent with it");
    }
    Annotation document;
    try {
      document = serializer.fromProto(message);
    } catch (RuntimeException e) {
      throw new MalformedAnnotationException("an incomplete CoreNLP document: " + e.getMessage());
    }
    AnnotationCheck.require(document, text);
    return document;
  }

  /** {@link #decode} from base64 text. */
  public Annotation decodeText(String base64, String text) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new MalformedAnnotationException("data is not base64: " + e.getMessage());
    }
    return decode(bytes, text);
  }
}
