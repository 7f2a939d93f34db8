package org.annals.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.util.UUID;

/**
 * Refuses JSON values of the wrong type instead of converting them: a number where a string is
 * expected ({"text": 5}) is a client error to report, not a text "5" to store. Duplicate keys and
 * strings and ids that are not acceptable text ({@link CheckedStrings}, {@link CheckedUuids}) are refused too.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    for (CoercionInputShape shape : new CoercionInputShape[] {
        CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean}) {
      mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
    }
    for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.String, CoercionInputShape.Float}) {
      mapper.coercionConfigFor(LogicalType.Integer).setCoercion(shape, CoercionAction.Fail);
    }
    mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    // A second document after the first ({...}{...}, or NDJSON sent as JSON) is an error, not ignored.
    mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    // {"text":"a","text":"b"} is ambiguous: which one the client meant is not for us to guess.
    mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    mapper.registerModule(new SimpleModule("annals-checked-strings").addDeserializer(String.class, new CheckedStrings())
        .addDeserializer(UUID.class, new CheckedUuids()));
  }
}
