package org.annals.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AnnotationFormatTest {

  private static final String TEXT = """
      Flooding closes bridges in Carlisle

      Police in Carlisle closed three bridges on Monday after the River Eden burst its banks in mid-March.
      Rescuers from Stratford-upon-Avon arrived in Carlisle on Tuesday.
      The council said repairs would take weeks.Residents were told to stay indoors.""";

  private static ArticlePipeline pipeline;
  private static Annotation read;
  private final AnnotationFormat format = new AnnotationFormat();

  @BeforeAll
  static void read() {
    pipeline = new ArticlePipeline();
    read = pipeline.annotate(TEXT);
  }

  @Test
  void everyLayerSurvivesTheRoundTrip() {
    Annotation back = format.decodeText(format.encodeText(read), TEXT);
    List<CoreLabel> before = read.get(CoreAnnotations.TokensAnnotation.class);
    List<CoreLabel> after = back.get(CoreAnnotations.TokensAnnotation.class);
    assertEquals(before.size(), after.size());
    for (int i = 0; i < before.size(); i++) {
      CoreLabel a = before.get(i);
      CoreLabel b = after.get(i);
      assertEquals(List.of(a.word(), a.tag(), a.lemma(), a.ner(), a.beginPosition(), a.endPosition(), a.sentIndex()),
          List.of(b.word(), b.tag(), b.lemma(), b.ner(), b.beginPosition(), b.endPosition(), b.sentIndex()));
    }
    List<CoreMap> sentencesBefore = read.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreMap> sentencesAfter = back.get(CoreAnnotations.SentencesAnnotation.class);
    assertEquals(sentencesBefore.size(), sentencesAfter.size());
    for (int s = 0; s < sentencesBefore.size(); s++) {
      SemanticGraph a = sentencesBefore.get(s).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      SemanticGraph b = sentencesAfter.get(s).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      assertEquals(a.toList(), b.toList());
    }
    assertEquals(TEXT, back.get(CoreAnnotations.TextAnnotation.class));
  }

  @Test
  void aLineBreakAndAStopThatLostItsSpaceEndSentences() {
    List<CoreMap> sentences = read.get(CoreAnnotations.SentencesAnnotation.class);
    assertEquals(List.of("Flooding closes bridges in Carlisle",
            "Police in Carlisle closed three bridges on Monday after the River Eden burst its banks in mid-March.",
            "Rescuers from Stratford-upon-Avon arrived in Carlisle on Tuesday.",
            "The council said repairs would take weeks", "Residents were told to stay indoors."),
        sentences.stream().map(s -> TEXT.substring(s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
            s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class))).toList());
    assertEquals(TEXT, read.get(CoreAnnotations.TextAnnotation.class), "offsets point into the text as given");
  }

  @Test
  void aHyphenatedNameIsOneTokenForTheParser() {
    List<CoreLabel> tokens = read.get(CoreAnnotations.TokensAnnotation.class);
    CoreLabel town = tokens.stream().filter(t -> t.word().equals("Stratford-upon-Avon")).findFirst()
        .orElseThrow(() -> new AssertionError(tokens.stream().map(t -> t.word() + "/" + t.ner()).toList().toString()));
    assertEquals(TEXT.indexOf("Stratford"), town.beginPosition());
    assertTrue(!"O".equals(town.ner()), town.ner());
    CoreMap sentence = read.get(CoreAnnotations.SentencesAnnotation.class).get(2);
    SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    assertEquals("Rescuers", graph.getParent(graph.getNodeByIndex(town.index())).word(),
        graph.toList());
    assertTrue(sentence.get(CoreAnnotations.MentionsAnnotation.class).stream()
        .anyMatch(m -> m.get(CoreAnnotations.TextAnnotation.class).equals("Stratford-upon-Avon")));
    for (int i = 0; i < tokens.size(); i++) {
      assertEquals(i, tokens.indexOf(tokens.get(i)));
    }
  }

  @Test
  void anAnnotationOfAnotherTextIsRefused() {
    String encoded = format.encodeText(read);
    MalformedAnnotationException refused = assertThrows(MalformedAnnotationException.class,
        () -> format.decodeText(encoded, TEXT.replace("Carlisle", "Keswick")));
    assertTrue(refused.getMessage().contains("another text"), refused.getMessage());
  }

  @Test
  void bytesThatAreNoAnnotationAreRefused() throws IOException {
    assertThrows(MalformedAnnotationException.class, () -> format.decodeText("not base64!", TEXT));
    assertThrows(MalformedAnnotationException.class,
        () -> format.decode("plain bytes".getBytes(), TEXT));
    assertThrows(MalformedAnnotationException.class, () -> format.decode(gzip("\u0008\u0096\u0001garbage"), TEXT));
    byte[] whole = format.encode(read);
    assertThrows(MalformedAnnotationException.class,
        () -> format.decode(Arrays.copyOf(whole, whole.length / 2), TEXT));
  }

  @Test
  void anAnnotationWithoutTheParseIsRefused() {
    Annotation tagged = new ArticlePipeline(ArticlePipeline.TIME_ANNOTATORS).annotate(TEXT);
    MalformedAnnotationException refused = assertThrows(MalformedAnnotationException.class,
        () -> format.decodeText(format.encodeText(tagged), TEXT));
    assertTrue(refused.getMessage().contains("entity tag") || refused.getMessage().contains("dependency parse"),
        refused.getMessage());
  }

  @Test
  void aDecompressionBombIsRefused() throws IOException {
    // A text field of 80 MB: well-formed as far as it goes, and all of it read before any check.
    int length = 80 * 1024 * 1024;
    byte[] message = new byte[length + 5];
    message[0] = 0x0A;
    for (int i = 1, rest = length; i < 5; i++, rest >>>= 7) {
      message[i] = (byte) (i < 4 ? rest & 0x7F | 0x80 : rest & 0x7F);
    }
    byte[] bomb = gzip(message);
    MalformedAnnotationException refused = assertThrows(MalformedAnnotationException.class,
        () -> format.decode(bomb, TEXT));
    assertTrue(refused.getMessage().contains("inflates"), refused.getMessage());
  }

  @Test
  void aPipelineIsAPrefixOfTheArticlePipeline() {
    assertThrows(IllegalArgumentException.class, () -> new ArticlePipeline(List.of("tokenize", "ner")));
    assertEquals("tokenize,ssplit,pos,lemma",
        ArticlePipeline.properties(ArticlePipeline.TIME_ANNOTATORS).getProperty("annotators"));
  }

  private static byte[] gzip(String content) throws IOException {
    return gzip(content.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
  }

  private static byte[] gzip(byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
      zip.write(content);
    }
    return bytes.toByteArray();
  }

}
