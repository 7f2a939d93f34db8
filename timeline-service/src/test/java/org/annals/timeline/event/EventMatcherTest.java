package org.annals.timeline.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which mentions join which known events, on hand-made mentions and events. */
class EventMatcherTest {

  private static final UUID COUNTRY = UUID.randomUUID();
  private static final UUID CITY = UUID.randomUUID();
  private static final UUID OTHER_CITY = UUID.randomUUID();
  private static final UUID GROUP = UUID.randomUUID();
  private static final LocalDate MONDAY = LocalDate.parse("2023-03-06");

  private static EntityMention mention(UUID id, String name, String type, UUID... within) {
    return new EntityMention(0, 1, name, id, name, type, null, List.of(within));
  }

  private static final EntityMention CITY_MENTION = mention(CITY, "Port Arlen", "CITY", COUNTRY);
  private static final EntityMention COUNTRY_MENTION = mention(COUNTRY, "Veloria", "COUNTRY");
  private static final EntityMention GROUP_MENTION = mention(GROUP, "Red Hand", "ORGANIZATION");

  private static EventDate day(LocalDate day) {
    return new EventDate(null, day.toString(), day, day, "DAY", "PUBLICATION_DATE");
  }

  private static FoundEvent found(EventKind kind, EventDate date, EntityMention location, Certainty certainty,
      String sentence, FoundEvent.Participant... participants) {
    return new FoundEvent(kind, 0, 6, "attack", 0, sentence.length(), sentence, certainty, null, null, date, location,
        List.of(participants), -1, false);
  }

  private static EventProfile known(EventKind kind, EventDate date, UUID place, String words,
      EventProfile.Party... parties) {
    return new EventProfile(UUID.randomUUID(), kind, date, List.of(parties),
        place == null ? null : new EventProfile.Place(place, place.equals(CITY) ? List.of(COUNTRY) : List.of()),
        Words.of(words), false, Set.of(UUID.randomUUID()), Set.of(MONDAY.plusDays(1)), Set.of(), Set.of(),
        Set.of(UUID.randomUUID()));
  }

  private static EventMatcher.Mention mention(FoundEvent found, LocalDate articleDate) {
    return new EventMatcher.Mention(found, UUID.randomUUID(), articleDate, null, null, Set.of());
  }

  private static Optional<EventProfile> match(FoundEvent found, EventProfile... candidates) {
    return EventMatcher.best(mention(found, MONDAY.plusDays(2)),
        List.of(candidates));
  }

  @Test
  void anotherReportOfTheSameDayPlaceAndVictimJoinsTheEvent() {
    EventProfile attack = known(EventKind.ATTACK, day(MONDAY), CITY, "rockets hit the harbour of Port Arlen",
        new EventProfile.Party(COUNTRY, "COUNTRY", List.of(), Role.TARGET));
    FoundEvent blast = found(EventKind.EXPLOSION, day(MONDAY), CITY_MENTION, Certainty.ASSERTED,
        "A blast shook the harbour of Port Arlen on Monday.",
        new FoundEvent.Participant(COUNTRY_MENTION, Role.TARGET, Certainty.ASSERTED));
    assertEquals(Optional.of(attack), match(blast, attack));
  }

  @Test
  void aCountryAndACityInItAreTheSamePlace() {
    EventProfile attack = known(EventKind.ATTACK, day(MONDAY), CITY, "drones struck a depot",
        new EventProfile.Party(GROUP, "ORGANIZATION", List.of(), Role.ACTOR));
    FoundEvent strike = found(EventKind.ATTACK, EventDate.NONE, COUNTRY_MENTION, Certainty.REPORTED,
        "Officials say drones struck a depot in Veloria.",
        new FoundEvent.Participant(GROUP_MENTION, Role.ACTOR, Certainty.ALLEGED));
    assertTrue(match(strike, attack).isPresent());
  }

  @Test
  void differentDaysOrPlacesAreDifferentEvents() {
    EventProfile attack = known(EventKind.ATTACK, day(MONDAY), CITY, "rockets hit the harbour",
        new EventProfile.Party(COUNTRY, "COUNTRY", List.of(), Role.TARGET));
    FoundEvent otherDay = found(EventKind.ATTACK, day(MONDAY.minusDays(3)), CITY_MENTION, Certainty.ASSERTED,
        "Rockets hit the harbour.", new FoundEvent.Participant(COUNTRY_MENTION, Role.TARGET, Certainty.ASSERTED));
    FoundEvent otherPlace = found(EventKind.ATTACK, day(MONDAY),
        mention(OTHER_CITY, "Lindmoor", "CITY"), Certainty.ASSERTED, "Rockets hit the harbour.",
        new FoundEvent.Participant(COUNTRY_MENTION, Role.TARGET, Certainty.ASSERTED));
    assertTrue(match(otherDay, attack).isEmpty());
    assertTrue(match(otherPlace, attack).isEmpty());
  }

  @Test
  void anUnplacedWeekdayFitsAKnownDayOfThatWeekday() {
    EventProfile attack = known(EventKind.ATTACK, day(MONDAY), CITY, "rockets hit the harbour");
    EventDate monday = new EventDate("Monday", "XXXX-WXX-1", null, null, "DAY", "UNANCHORED");
    EventDate tuesday = new EventDate("Tuesday", "XXXX-WXX-2", null, null, "DAY", "UNANCHORED");
    assertTrue(match(found(EventKind.ATTACK, monday, CITY_MENTION, Certainty.ASSERTED, "Rockets hit the harbour."),
        attack).isPresent());
    assertTrue(match(found(EventKind.ATTACK, tuesday, CITY_MENTION, Certainty.ASSERTED, "Rockets hit the harbour."),
        attack).isEmpty());
  }

  @Test
  void twoPeoplesVisitsAreTwoVisits() {
    EntityMention visitor = mention(UUID.randomUUID(), "Ana Ruiz", "PERSON");
    EventProfile visit = known(EventKind.VISIT, EventDate.NONE, null, "visited Veloria",
        new EventProfile.Party(UUID.randomUUID(), "PERSON", List.of(), Role.ACTOR),
        new EventProfile.Party(COUNTRY, "COUNTRY", List.of(), Role.TARGET));
    FoundEvent other = found(EventKind.VISIT, EventDate.NONE, null, Certainty.ASSERTED, "Ana Ruiz visited Veloria.",
        new FoundEvent.Participant(visitor, Role.ACTOR, Certainty.ASSERTED),
        new FoundEvent.Participant(COUNTRY_MENTION, Role.TARGET, Certainty.ASSERTED));
    assertTrue(match(other, visit).isEmpty());
  }

  @Test
  void onePersonsVisitToldTwiceIsOneVisitButMeetingsWithDifferentPeopleAreNot() {
    EntityMention visitor = mention(UUID.randomUUID(), "Ana Ruiz", "PERSON");
    EntityMention capital = mention(UUID.randomUUID(), "Lindmoor", "CITY");
    EventProfile visit = known(EventKind.VISIT, EventDate.NONE, null, "Ruiz arrived in Veloria for talks",
        new EventProfile.Party(visitor.entityId(), "PERSON", List.of(), Role.ACTOR),
        new EventProfile.Party(COUNTRY, "COUNTRY", List.of(), Role.TARGET));
    FoundEvent again = found(EventKind.VISIT, EventDate.NONE, null, Certainty.ASSERTED, "Ruiz toured Lindmoor.",
        new FoundEvent.Participant(visitor, Role.ACTOR, Certainty.ASSERTED),
        new FoundEvent.Participant(capital, Role.TARGET, Certainty.ASSERTED));
    assertTrue(match(again, visit).isPresent());

    EventProfile meeting = known(EventKind.MEETING, EventDate.NONE, null, "Ruiz met Olsen",
        new EventProfile.Party(visitor.entityId(), "PERSON", List.of(), Role.ACTOR),
        new EventProfile.Party(UUID.randomUUID(), "PERSON", List.of(), Role.PARTICIPANT));
    FoundEvent otherMeeting = found(EventKind.MEETING, EventDate.NONE, null, Certainty.ASSERTED, "Ruiz met Haddad.",
        new FoundEvent.Participant(visitor, Role.ACTOR, Certainty.ASSERTED),
        new FoundEvent.Participant(mention(UUID.randomUUID(), "Omar Haddad", "PERSON"), Role.PARTICIPANT,
            Certainty.ASSERTED));
    assertTrue(match(otherMeeting, meeting).isEmpty());
  }

  @Test
  void anUndatedReportWeeksAwayFromEveryKnownReportIsAnotherEvent() {
    EventProfile attack = known(EventKind.ATTACK, day(MONDAY), CITY, "rockets hit the harbour",
        new EventProfile.Party(COUNTRY, "COUNTRY", List.of(), Role.TARGET));
    FoundEvent later = found(EventKind.ATTACK, EventDate.NONE, CITY_MENTION, Certainty.ASSERTED,
        "Rockets hit the harbour.", new FoundEvent.Participant(COUNTRY_MENTION, Role.TARGET, Certainty.ASSERTED));
    assertTrue(EventMatcher.best(mention(later, MONDAY.plusDays(60)),
        List.of(attack)).isEmpty());
    assertTrue(EventMatcher.best(mention(later, MONDAY.plusDays(3)),
        List.of(attack)).isPresent());
  }

  @Test
  void statementsAboutNothingInParticularJoinOnlyWhenToldWithinDaysOfEachOther() {
    EntityMention speaker = mention(UUID.randomUUID(), "Ana Ruiz", "PERSON");
    EventProfile statement = known(EventKind.STATEMENT, EventDate.NONE, null, "Ruiz said the port would reopen",
        new EventProfile.Party(speaker.entityId(), "PERSON", List.of(), Role.ACTOR));
    FoundEvent other = found(EventKind.STATEMENT, EventDate.NONE, null, Certainty.ASSERTED,
        "Ruiz said the port would reopen.", new FoundEvent.Participant(speaker, Role.ACTOR, Certainty.ASSERTED));
    assertTrue(EventMatcher.best(mention(other, MONDAY.plusDays(30)),
        List.of(statement)).isEmpty());
    assertTrue(match(other, statement).isPresent(), "reported within days of each other");
    EventProfile dated = known(EventKind.STATEMENT, day(MONDAY), null, "Ruiz said the port would reopen",
        new EventProfile.Party(speaker.entityId(), "PERSON", List.of(), Role.ACTOR));
    FoundEvent sameDay = found(EventKind.STATEMENT, day(MONDAY), null, Certainty.ASSERTED,
        "Ruiz said on Monday the port would reopen.",
        new FoundEvent.Participant(speaker, Role.ACTOR, Certainty.ASSERTED));
    assertTrue(match(sameDay, dated).isPresent());
  }

  @Test
  void aPlanIsNotTheDeed() {
    EventProfile attack = known(EventKind.ATTACK, day(MONDAY), CITY, "rockets hit the harbour");
    FoundEvent threat = found(EventKind.ATTACK, day(MONDAY), CITY_MENTION, Certainty.HYPOTHETICAL,
        "Rockets could hit the harbour.");
    assertTrue(match(threat, attack).isEmpty());
  }

  @Test
  void aSpeechActJoinsOnlyTheSameSpeakersSaying() {
    EntityMention speaker = mention(UUID.randomUUID(), "Ana Ruiz", "PERSON");
    EventProfile denial = known(EventKind.DENIAL, day(MONDAY), null, "denied any role",
        new EventProfile.Party(speaker.entityId(), "PERSON", List.of(), Role.ACTOR));
    FoundEvent same = found(EventKind.DENIAL, day(MONDAY), null, Certainty.ASSERTED, "Ruiz denied any role.",
        new FoundEvent.Participant(speaker, Role.ACTOR, Certainty.ASSERTED));
    FoundEvent otherSpeaker = found(EventKind.DENIAL, day(MONDAY), null, Certainty.ASSERTED, "Red Hand denied any role.",
        new FoundEvent.Participant(GROUP_MENTION, Role.ACTOR, Certainty.ASSERTED));
    assertTrue(match(same, denial).isPresent());
    assertTrue(match(otherSpeaker, denial).isEmpty());
  }

  private static FoundEvent theCrash(String sentence) {
    return new FoundEvent(EventKind.CRASH, 4, 9, "crash", 0, sentence.length(), sentence, Certainty.ASSERTED, null,
        null, EventDate.NONE, null, List.of(), -1, true);
  }

  private static EventMatcher.Mention inArticleNaming(FoundEvent found, UUID... named) {
    return new EventMatcher.Mention(found, UUID.randomUUID(), MONDAY.plusDays(3), null, null, Set.of(named));
  }

  @Test
  void theCrashOfAnUndatedSentenceIsTheOnlyRecentCrashOfWhatTheArticleNames() {
    EventProfile crash = known(EventKind.CRASH, day(MONDAY), CITY, "a cargo plane went down near the airport");
    FoundEvent theCrash = theCrash("Investigators have recovered the flight recorders of the crash.");
    assertEquals(Optional.of(crash), EventMatcher.best(inArticleNaming(theCrash, CITY), List.of(crash)));
    assertTrue(EventMatcher.best(inArticleNaming(theCrash, OTHER_CITY), List.of(crash)).isEmpty(),
        "an article naming nothing of the crash is not about it");
    EventProfile otherCrash = known(EventKind.CRASH, day(MONDAY.minusDays(1)), CITY, "a helicopter went down");
    assertTrue(EventMatcher.best(inArticleNaming(theCrash, CITY), List.of(crash, otherCrash)).isEmpty(),
        "with two recent crashes, 'the crash' says not which");
    EventProfile oldCrash = known(EventKind.CRASH, day(MONDAY.minusDays(40)), CITY, "a cargo plane went down");
    assertTrue(EventMatcher.best(inArticleNaming(theCrash, CITY), List.of(oldCrash)).isEmpty());
    FoundEvent aCrash = found(EventKind.CRASH, EventDate.NONE, null, Certainty.ASSERTED,
        "Investigators have recovered the flight recorders of a crash.");
    assertTrue(EventMatcher.best(inArticleNaming(aCrash, CITY), List.of(crash)).isEmpty());
  }

  @Test
  void oneSpeakersDenialOnAWeekdayJoinsTheDatedDenialOfThatDayAboutTheSameKindOfThing() {
    EntityMention speaker = mention(UUID.randomUUID(), "Ana Ruiz", "PERSON");
    EventProfile denial = new EventProfile(UUID.randomUUID(), EventKind.DENIAL, day(MONDAY), List.of(
        new EventProfile.Party(speaker.entityId(), "PERSON", List.of(), Role.ACTOR)), null,
        Words.of("rejected any suggestion of a hand in the crash"), false, Set.of(UUID.randomUUID()), Set.of(MONDAY),
        Set.of(UUID.randomUUID()), Set.of(EventKind.CRASH), Set.of());
    EventDate onMonday = new EventDate("Monday", "XXXX-WXX-1", null, null, "DAY", "UNANCHORED");
    FoundEvent weekdayDenial = new FoundEvent(EventKind.DENIAL, 5, 11, "denied", 0, 40,
        "Ruiz on Monday denied any role in the plane crash.", Certainty.ASSERTED, null, null, onMonday, null,
        List.of(new FoundEvent.Participant(speaker, Role.ACTOR, Certainty.ASSERTED)), 1, false);
    EventMatcher.Mention aboutACrash = new EventMatcher.Mention(weekdayDenial, UUID.randomUUID(), null,
        UUID.randomUUID(), EventKind.CRASH, Set.of());
    EventMatcher.Mention aboutAnArrest = new EventMatcher.Mention(weekdayDenial, UUID.randomUUID(), null,
        UUID.randomUUID(), EventKind.ARREST, Set.of());
    assertEquals(Optional.of(denial), EventMatcher.best(aboutACrash, List.of(denial)));
    assertTrue(EventMatcher.best(aboutAnArrest, List.of(denial)).isEmpty());

    EventProfile weekdayKnown = new EventProfile(UUID.randomUUID(), EventKind.DENIAL, onMonday, denial.parties(), null,
        Words.of("denied any role in the plane crash"), false, Set.of(UUID.randomUUID()), Set.of(),
        Set.of(UUID.randomUUID()), Set.of(EventKind.CRASH), Set.of());
    FoundEvent datedDenial = new FoundEvent(EventKind.DENIAL, 5, 11, "denied", 0, 40,
        "Ruiz on Monday rejected any suggestion of a hand in the crash.", Certainty.ASSERTED, null, null, day(MONDAY),
        null, List.of(new FoundEvent.Participant(speaker, Role.ACTOR, Certainty.ASSERTED)), 1, false);
    assertEquals(Optional.of(weekdayKnown), EventMatcher.best(new EventMatcher.Mention(datedDenial, UUID.randomUUID(),
        MONDAY, UUID.randomUUID(), EventKind.CRASH, Set.of()), List.of(weekdayKnown)), "whichever is read first");
  }

  @Test
  void anEventKnownWithoutPlaceOrPartyJoinsAReportOfItsDayFromAnArticleNamingThem() {
    EventProfile bare = new EventProfile(UUID.randomUUID(), EventKind.ATTACK, day(MONDAY), List.of(), null,
        Words.of("the drone attack of that day hit a city"), false, Set.of(UUID.randomUUID()), Set.of(MONDAY),
        Set.of(), Set.of(), Set.of(CITY, COUNTRY));
    FoundEvent report = found(EventKind.ATTACK, day(MONDAY), CITY_MENTION, Certainty.ASSERTED,
        "Drones struck a depot in Port Arlen on Monday.",
        new FoundEvent.Participant(COUNTRY_MENTION, Role.TARGET, Certainty.ASSERTED));
    assertEquals(Optional.of(bare), match(report, bare));
    EventProfile elsewhere = new EventProfile(UUID.randomUUID(), EventKind.ATTACK, day(MONDAY), List.of(), null,
        Words.of("the drone attack of that day hit a city"), false, Set.of(UUID.randomUUID()), Set.of(MONDAY),
        Set.of(), Set.of(), Set.of(OTHER_CITY));
    assertTrue(match(report, elsewhere).isEmpty());
  }
}
