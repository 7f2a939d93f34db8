package org.annals.timeline.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.annals.timeline.event.Certainty;
import org.annals.timeline.event.EventDate;
import org.annals.timeline.event.EventKind;
import org.annals.timeline.event.Role;
import org.junit.jupiter.api.Test;

/** What an event becomes from its evidence, on mentions and participants made up for each case. */
class DerivedEventTest {

  private static final UUID ARTICLE = UUID.randomUUID();
  private static final UUID PORT_ARLEN = UUID.randomUUID();
  private static final UUID VELORIA = UUID.randomUUID();
  private static final LocalDate SATURDAY = LocalDate.parse("2024-03-09");

  private static EventMention mention(EventKind kind, String trigger, Certainty certainty) {
    EventMention m = new EventMention();
    m.articleId = ARTICLE;
    m.kind = kind.name();
    m.triggerText = trigger;
    m.certainty = certainty.name();
    m.dateGranularity = "NONE";
    m.dateOrigin = "NONE";
    return m;
  }

  private static EventMention attack(Certainty certainty) {
    return mention(EventKind.ATTACK, "attack", certainty);
  }

  private static EventMention dated(EventMention m, String value, LocalDate start, LocalDate end, String granularity,
      String origin) {
    m.dateValue = value;
    m.dateStart = start;
    m.dateEnd = end;
    m.dateGranularity = granularity;
    m.dateOrigin = origin;
    return m;
  }

  private static EventMention onSaturday(EventMention m, String origin) {
    return dated(m, SATURDAY.toString(), SATURDAY, SATURDAY, "DAY", origin);
  }

  private static EventMention inMarch(EventMention m) {
    return dated(m, "2024-03", LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-31"), "MONTH", "ABSOLUTE");
  }

  private static EventMention at(EventMention m, UUID place, String name) {
    m.locationEntityId = place;
    m.locationName = name;
    return m;
  }

  private static EventParticipant party(UUID entity, String name, Role role, Certainty certainty) {
    EventParticipant p = new EventParticipant();
    p.entityId = entity;
    p.entityName = name;
    p.role = role.name();
    p.certainty = certainty.name();
    return p;
  }

  private static DerivedEvent derived(EventMention... mentions) {
    return DerivedEvent.of(List.of(mentions), List.of());
  }

  @Test
  void anAttackOutweighsTheExplosionsItCaused() {
    EventMention blast = mention(EventKind.EXPLOSION, "blast", Certainty.ASSERTED);
    assertEquals(EventKind.ATTACK, derived(blast, blast, blast, attack(Certainty.ALLEGED)).kind());
  }

  @Test
  void otherwiseTheKindMostReportsGiveAndOnATieTheFirstInTheOntology() {
    EventMention protest = mention(EventKind.PROTEST, "protest", Certainty.ASSERTED);
    EventMention arrest = mention(EventKind.ARREST, "arrest", Certainty.ASSERTED);
    assertEquals(EventKind.PROTEST, derived(arrest, protest, protest).kind());
    assertEquals(EventKind.ARREST, derived(protest, arrest).kind());
  }

  @Test
  void aDayFromThePublicationDateIsMorePreciseThanAMonthGivenOutright() {
    EventDate date = derived(inMarch(attack(Certainty.ASSERTED)),
        onSaturday(attack(Certainty.REPORTED), "PUBLICATION_DATE")).date();
    assertEquals(new EventDate(null, "2024-03-09", SATURDAY, SATURDAY, "DAY", "PUBLICATION_DATE"), date);
  }

  @Test
  void aDayIsStoredAsTheDayItIsEvenWhenItsExpressionNamesATime() {
    EventMention afternoon = dated(attack(Certainty.ASSERTED), "2024-03-09T14:00", SATURDAY, SATURDAY, "DAY",
        "ABSOLUTE");
    assertEquals("2024-03-09", derived(afternoon).date().value());
  }

  @Test
  void ofTwoDaysTheEarlier() {
    EventMention sunday = dated(attack(Certainty.ASSERTED), "2024-03-10", SATURDAY.plusDays(1), SATURDAY.plusDays(1),
        "DAY", "ALIGNED");
    EventDate date = derived(sunday, onSaturday(attack(Certainty.ASSERTED), "ABSOLUTE")).date();
    assertEquals(SATURDAY, date.start());
    assertEquals("ABSOLUTE", date.origin());
  }

  @Test
  void aDenialsDateCountsOnlyWhenEveryReportDenies() {
    EventMention denied = onSaturday(attack(Certainty.DENIED), "ABSOLUTE");
    assertEquals("MONTH", derived(denied, inMarch(attack(Certainty.ALLEGED))).date().granularity());
    assertEquals("DAY", derived(denied, onSaturday(attack(Certainty.DENIED), "ABSOLUTE")).date().granularity());
  }

  @Test
  void anUnplacedWeekdayWhenNoReportDatesTheEvent() {
    EventMention weekday = dated(attack(Certainty.ASSERTED), "XXXX-WXX-6", null, null, "DAY", "PUBLICATION_DATE");
    assertEquals(new EventDate(null, "XXXX-WXX-6", null, null, "DAY", "PUBLICATION_DATE"),
        derived(attack(Certainty.ASSERTED), weekday).date());
    assertEquals(SATURDAY, derived(weekday, onSaturday(attack(Certainty.ASSERTED), "ALIGNED")).date().start());
  }

  @Test
  void noDateWhenNoReportGivesOne() {
    assertEquals(EventDate.NONE, derived(attack(Certainty.ASSERTED)).date());
  }

  @Test
  void theStrongestClaimAndDeniedOnlyWhenEveryReportDenies() {
    assertEquals(Certainty.REPORTED, derived(attack(Certainty.ALLEGED), attack(Certainty.DENIED),
        attack(Certainty.REPORTED)).certainty());
    assertEquals(Certainty.HYPOTHETICAL, derived(attack(Certainty.DENIED), attack(Certainty.HYPOTHETICAL))
        .certainty());
    assertEquals(Certainty.DENIED, derived(attack(Certainty.DENIED), attack(Certainty.DENIED)).certainty());
  }

  @Test
  void thePlaceMostReportsNameAndTheReportsCounted() {
    EventMention elsewhere = at(attack(Certainty.ASSERTED), VELORIA, "Veloria");
    elsewhere.articleId = UUID.randomUUID();
    DerivedEvent event = derived(elsewhere, at(attack(Certainty.ASSERTED), PORT_ARLEN, "Port Arlen"),
        at(attack(Certainty.REPORTED), PORT_ARLEN, "Port Arlen"), attack(Certainty.ASSERTED));
    assertEquals(PORT_ARLEN, event.locationEntityId());
    assertEquals("Port Arlen", event.locationName());
    assertEquals(4, event.sourceCount());
    assertEquals(2, event.articleCount());
  }

  @Test
  void theSummaryUsesTheReportsCommonestNounAndTheirPlaceAndParties() {
    UUID redHand = UUID.randomUUID();
    DerivedEvent event = DerivedEvent.of(List.of(at(mention(EventKind.ATTACK, "Drone strike", Certainty.ASSERTED),
            PORT_ARLEN, "Port Arlen"), mention(EventKind.ATTACK, "drone strike", Certainty.REPORTED),
            mention(EventKind.ATTACK, "attacked", Certainty.ASSERTED),
            mention(EventKind.EXPLOSION, "blast", Certainty.ASSERTED), mention(EventKind.EXPLOSION, "blast",
                Certainty.ASSERTED), mention(EventKind.EXPLOSION, "blast", Certainty.ASSERTED)),
        List.of(party(redHand, "Red Hand", Role.ACTOR, Certainty.ALLEGED),
            party(redHand, "Red Hand", Role.ACTOR, Certainty.HYPOTHETICAL),
            party(VELORIA, "Veloria", Role.TARGET, Certainty.ASSERTED)));
    assertEquals("Drone strike on Veloria in Port Arlen; actor: Red Hand (alleged)", event.summary());
  }

  @Test
  void namesInARoleAreTheMostOftenNamedFourMarkedWhenNotAsserted() {
    List<EventParticipant> rows = List.of(party(UUID.randomUUID(), "Ana Ruiz", Role.ACTOR, Certainty.ASSERTED),
        party(VELORIA, "Veloria", Role.ACTOR, Certainty.REPORTED),
        party(VELORIA, "Veloria", Role.ACTOR, Certainty.ASSERTED),
        party(PORT_ARLEN, "Port Arlen", Role.ACTOR, Certainty.DENIED),
        party(PORT_ARLEN, "Port Arlen", Role.ACTOR, Certainty.DENIED),
        party(PORT_ARLEN, "Port Arlen", Role.ACTOR, Certainty.DENIED),
        party(UUID.randomUUID(), "Norland", Role.ACTOR, Certainty.HYPOTHETICAL),
        party(UUID.randomUUID(), "Red Hand", Role.ACTOR, Certainty.ALLEGED),
        party(UUID.randomUUID(), "Tomas Berg", Role.TARGET, Certainty.ASSERTED));
    assertEquals(List.of("Port Arlen (denied)", "Veloria", "Ana Ruiz", "Norland (possible)"),
        DerivedEvent.namesIn(rows, Role.ACTOR));
  }

  @Test
  void aSpeechActIsSummedUpByItsSpeaker() {
    DerivedEvent denial = DerivedEvent.of(List.of(mention(EventKind.DENIAL, "denied", Certainty.ASSERTED)),
        List.of(party(VELORIA, "Veloria", Role.ACTOR, Certainty.ASSERTED)));
    assertEquals("Denial by Veloria", denial.summary());
  }

  @Test
  void appliedToAStoredEventItReplacesWhatWasDerivedBefore() {
    Event event = new Event();
    event.kind = EventKind.EXPLOSION.name();
    event.dateValue = "2024-02";
    event.locationName = "Veloria";
    derived(onSaturday(attack(Certainty.ALLEGED), "ABSOLUTE")).applyTo(event);
    assertEquals(EventKind.ATTACK.name(), event.kind);
    assertEquals("190", event.cameo);
    assertEquals("2024-03-09", event.dateValue);
    assertEquals(SATURDAY, event.dateEnd);
    assertEquals(Certainty.ALLEGED.name(), event.certainty);
    assertEquals(null, event.locationName);
    assertEquals("Attack", event.summary);
  }
}
