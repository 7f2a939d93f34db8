package org.annals.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;
import java.util.Optional;
import org.annals.common.text.InputText;

/**
 * Every JSON string any service reads passes {@link InputText}: a NUL, a lone surrogate ("\ud800") or
 * a control character in any field is refused with the field's path, before a resource sees it.
 */
final class CheckedStrings extends StdScalarDeserializer<String> {

  CheckedStrings() {
    super(String.class);
  }

  @Override
  public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    String value = StringDeserializer.instance.deserialize(parser, context);
    Optional<String> fault = InputText.fault(value);
    if (fault.isPresent()) {
      throw new InvalidTextException(parser, fault.get());
    }
    return value;
  }
}
