package org.annals.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.annals.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

class InputTextTest {

  @Test
  void takesNewsTextAsItIs() {
    for (String text : new String[] {"Officials said on Monday.\n\tSecond paragraph.\r\n",
        "Fans cheered \uD83C\uDF89 in Glasgow", "قال مسؤولون يوم الاثنين", "Zoë’s café – “quoted”", ""}) {
      assertEquals(Optional.empty(), InputText.fault(text), text);
    }
    assertEquals(Optional.empty(), InputText.fault(null));
  }

  @Test
  void refusesNulAndOtherControlCharactersWithTheirOffset() {
    assertEquals(Optional.of("contains the control character U+0000 at offset 2; send plain text, not binary data"),
        InputText.fault("Ir\u0000an"));
    assertTrue(InputText.fault("a\u0001b").isPresent());
    assertTrue(InputText.fault("a\u007Fb").isPresent());
    assertTrue(InputText.fault("a\u009Bb").isPresent(), "C1 control");
  }

  @Test
  void refusesLoneSurrogatesEitherHalf() {
    assertTrue(InputText.fault("a \uD800 b").orElseThrow().contains("lone surrogate U+D800 at offset 2"));
    assertTrue(InputText.fault("end \uDC00").orElseThrow().contains("U+DC00"));
    assertTrue(InputText.fault("\uDC00\uD800").isPresent(), "a low half before a high half is no pair");
  }

  @Test
  void refusesNonCharactersInEveryPlane() {
    assertTrue(InputText.fault("a\uFFFE").isPresent());
    assertTrue(InputText.fault("a\uFDD0").isPresent());
    assertTrue(InputText.fault("a" + new String(Character.toChars(0x1FFFF))).orElseThrow().contains("U+1FFFF"));
  }

  @Test
  void oneLineValuesRefuseLineBreaksAndTabs() {
    assertTrue(InputText.lineFault("Iran\nIraq").isPresent());
    assertTrue(InputText.lineFault("Iran\tIraq").isPresent());
    assertEquals(Optional.empty(), InputText.lineFault("Iran Iraq"));
  }

  @Test
  void aNameMustShowSomething() {
    ProblemException invisible = assertThrows(ProblemException.class, () -> InputText.requireName("name", "\u200B\u200D "));
    assertEquals("name", invisible.errors().get(0).field());
    assertEquals("Mossad", InputText.requireName("name", "Mossad"));
    assertEquals("\u05DE\u05D5\u05E1\u05D3", InputText.requireName("name", "\u05DE\u05D5\u05E1\u05D3"));
  }

  @Test
  void theProblemNamesTheField() {
    ProblemException e = assertThrows(ProblemException.class, () -> InputText.require("title", "a\u0000"));
    assertEquals(400, e.status());
    assertEquals("title", e.errors().get(0).field());
  }
}
