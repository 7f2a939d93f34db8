package org.annals.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON string that is not acceptable text; Jackson adds the path of the field as it unwinds. */
public class InvalidTextException extends MismatchedInputException {

  private final String reason;

  InvalidTextException(JsonParser parser, String reason) {
    super(parser, reason, String.class);
    this.reason = reason;
  }

  /** Why the text was refused, without the path or Jackson's location. */
  public String reason() {
    return reason;
  }
}
