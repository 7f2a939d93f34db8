package org.annals.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.UUIDDeserializer;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.annals.common.text.InputText;

/**
 * Ids pass {@link InputText} before they are parsed: Jackson's own reader trims a value first, so
 * "…-1c2b3d4e5f60\u0000" would otherwise be taken for the id it ends with.
 */
final class CheckedUuids extends StdScalarDeserializer<UUID> {

  private static final UUIDDeserializer IDS = new UUIDDeserializer();

  CheckedUuids() {
    super(UUID.class);
  }

  @Override
  public UUID deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      Optional<String> fault = InputText.fault(parser.getText());
      if (fault.isPresent()) {
        throw new InvalidTextException(parser, fault.get());
      }
    }
    return IDS.deserialize(parser, context);
  }
}
