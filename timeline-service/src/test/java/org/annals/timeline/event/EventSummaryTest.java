package org.annals.timeline.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventSummaryTest {

  @Test
  void anEventNamedByANounKeepsTheReportsWords() {
    assertEquals("Rocket strike on Veloria in Port Arlen; actor: Red Hand (alleged)", EventSummary.of(EventKind.ATTACK,
        "rocket strike", List.of("Red Hand (alleged)"), List.of("Veloria"), "Port Arlen"));
  }

  @Test
  void anEventNamedByAVerbIsNamedByItsKind() {
    assertEquals("Visit to Veloria by Ana Ruiz",
        EventSummary.of(EventKind.VISIT, "visited", List.of("Ana Ruiz"), List.of("Veloria"), null));
    assertEquals("Arms supply to Veloria by Norland",
        EventSummary.of(EventKind.ARMS_SUPPLY, "supplying", List.of("Norland"), List.of("Veloria"), null));
  }

  @Test
  void aSpeechActNamesItsSpeaker() {
    assertEquals("Denial by Norland", EventSummary.of(EventKind.DENIAL, "denied", List.of("Norland"), List.of(), null));
  }
}
