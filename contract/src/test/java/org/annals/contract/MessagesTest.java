package org.annals.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The internal messages as the documented examples show them (src/test/resources/messages, the same
 * in docs/internal-contracts.md): each reads strictly into its record, as the services read bodies
 * (unknown fields refused), and writes back field for field. A field renamed, dropped or added on
 * either side of a call fails here before it fails between two deployed services.
 */
class MessagesTest {

  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  static Stream<Arguments> messages() {
    return Stream.of(Arguments.of(EntityAnalysisRequest.class), Arguments.of(EntityAnalysis.class),
        Arguments.of(TimelineArticle.class), Arguments.of(TimelineResult.class));
  }

  @ParameterizedTest
  @MethodSource("messages")
  void theDocumentedExampleReadsAndWritesBackUnchanged(Class<?> type) throws IOException {
    JsonNode example = example(type);
    Object read = JSON.treeToValue(example, type);
    assertEquals(example, JSON.valueToTree(read), type.getSimpleName() + " no longer matches its example");
  }

  @ParameterizedTest
  @MethodSource("messages")
  void aFieldTheRecordDoesNotHaveIsRefused(Class<?> type) throws IOException {
    ObjectNode example = (ObjectNode) example(type);
    example.put("unexpected", 1);
    assertThrows(UnrecognizedPropertyException.class, () -> JSON.treeToValue(example, type));
  }

  private static JsonNode example(Class<?> type) throws IOException {
    try (InputStream in = MessagesTest.class.getResourceAsStream("/messages/" + type.getSimpleName() + ".json")) {
      return JSON.readTree(in);
    }
  }
}
