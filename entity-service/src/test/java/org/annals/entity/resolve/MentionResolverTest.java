package org.annals.entity.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.annals.entity.kb.KbEntry;
import org.annals.entity.kb.KnowledgeBase;
import org.annals.entity.nlp.NlpPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each resolution rule on sentences written for it, with the real CoreNLP and a small knowledge base. */
class MentionResolverTest {

  private static NlpPipeline nlp;
  private static MentionResolver resolver;

  @BeforeAll
  static void load() {
    nlp = new NlpPipeline();
    resolver = new MentionResolver(KnowledgeBase.of("test", List.of(
        country("iran", "Iran", List.of("Islamic Republic", "Islamic Republic of Iran"), List.of("Iranian", "Iranians"),
            "tehran"),
        country("israel", "Israel", List.of("State of Israel"), List.of("Israeli", "Israelis"), "jerusalem"),
        country("united-states", "United States", List.of("US", "U.S.", "USA", "America"),
            List.of("American", "Americans"), "washington"),
        country("ukraine", "Ukraine", List.of(), List.of("Ukrainian", "Ukrainians"), "kyiv"),
        city("tehran", "Tehran", "iran"), city("jerusalem", "Jerusalem", null), city("tel-aviv", "Tel Aviv", "israel"),
        city("washington", "Washington", "united-states"), city("kyiv", "Kyiv", "ukraine"),
        city("isfahan", "Isfahan", "iran"),
        country("veldoria", "Veldoria", List.of(), List.of("Veldorian", "Veldorians"), "marren"),
        city("marren", "Marren", "veldoria"),
        body("grey-office", "Grey Office", "INTELLIGENCE_AGENCY", "veldoria", List.of("the Grey Office"),
            List.of("foreign intelligence service")),
        body("veldoria-foreign-ministry", "Ministry of Foreign Affairs of Veldoria", "GOVERNMENT_BODY", "veldoria",
            List.of(), List.of("foreign ministry")),
        body("mossad", "Mossad", "INTELLIGENCE_AGENCY", "israel", List.of("the Mossad"),
            List.of("intelligence agency", "spy agency", "foreign intelligence agency")),
        body("shin-bet", "Shin Bet", "INTELLIGENCE_AGENCY", "israel", List.of("Shabak"),
            List.of("domestic security service")),
        body("pentagon", "United States Department of Defense", "GOVERNMENT_BODY", "united-states",
            List.of("Pentagon", "the Pentagon", "Defense Department", "US Defense Department"),
            List.of("defense department")),
        body("iran-foreign-ministry", "Ministry of Foreign Affairs of Iran", "GOVERNMENT_BODY", "iran", List.of(),
            List.of("foreign ministry")),
        new KbEntry("the-atlantic", "The Atlantic", "ORGANIZATION", "MEDIA", null, null, List.of("Atlantic magazine"),
            null, null, null, List.of("magazine"), null),
        new KbEntry("time-magazine", "Time", "ORGANIZATION", "MEDIA", null, null, List.of("Time magazine"), null,
            null, null, null, null),
        new KbEntry("foreign-policy", "Foreign Policy", "ORGANIZATION", "MEDIA", null, null, List.of(), null, null,
            null, null, null),
        new KbEntry("vladimir-putin", "Vladimir Putin", "PERSON", null, "Q7747", null, List.of("Putin"), null, null,
            null, null, List.of("President of Russia")))));
  }

  private static KbEntry country(String id, String name, List<String> aliases, List<String> demonyms, String capital) {
    return new KbEntry(id, name, "COUNTRY", null, null, null, aliases, demonyms, capital, null, null, null);
  }

  private static KbEntry city(String id, String name, String country) {
    return new KbEntry(id, name, "CITY", null, null, null, null, null, null, country, null, null);
  }

  private static KbEntry body(String id, String name, String kind, String country, List<String> aliases,
      List<String> descriptors) {
    return new KbEntry(id, name, "ORGANIZATION", kind, null, null, aliases, null, null, country, descriptors, null);
  }

  private static List<FoundMention> resolve(String text) {
    return resolver.resolve(nlp.analyse(text));
  }

  private static FoundMention mention(List<FoundMention> mentions, String text) {
    return find(mentions, text).orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + mentions));
  }

  private static Optional<FoundMention> find(List<FoundMention> mentions, String text) {
    return mentions.stream().filter(m -> m.text().equals(text)).findFirst();
  }

  private static String kbId(FoundMention mention) {
    return mention.target() instanceof Target.Known known ? known.entry().id() : null;
  }

  @Test
  void officialNamesAliasesAndAcronymsResolveToTheCountry() {
    List<FoundMention> found = resolve("The Islamic Republic said the U.S. and the US Navy had no right to "
        + "inspect its ships, and Iran repeated it on Monday.");
    assertEquals("iran", kbId(mention(found, "Islamic Republic")));
    assertEquals(Resolution.ALIAS, mention(found, "Islamic Republic").resolution());
    assertEquals("united-states", kbId(mention(found, "U.S.")));
    assertEquals("iran", kbId(mention(found, "Iran")));
    assertEquals(Resolution.EXACT, mention(found, "Iran").resolution());
  }

  @Test
  void aCountryNamedInsideALongerNameIsMentionedToo() {
    List<FoundMention> found = resolve("A spokesman for the US Defense Department declined to comment.");
    FoundMention department = mention(found, "US Defense Department");
    assertEquals("pentagon", kbId(department));
    FoundMention country = found.stream().filter(m -> m.text().equals("US")).findFirst().orElseThrow();
    assertEquals("united-states", kbId(country));
    assertTrue(country.start() == department.start());
  }

  @Test
  void acronymsMatchOnlyAsWritten() {
    List<FoundMention> found = resolve("Let us hope the talks resume. Officials from the US arrived on Tuesday.");
    assertTrue(find(found, "us").isEmpty(), found.toString());
    assertEquals("united-states", kbId(mention(found, "US")));
  }

  @Test
  void demonymsResolveToTheirCountry() {
    List<FoundMention> found = resolve("Iranian officials met Ukrainian diplomats in Vienna.");
    assertEquals("iran", kbId(mention(found, "Iranian")));
    assertEquals(Resolution.DEMONYM, mention(found, "Iranian").resolution());
    assertEquals("ukraine", kbId(mention(found, "Ukrainian")));
  }

  @Test
  void theKnowledgeBaseTypeWinsOverTheTagger() {
    FoundMention isfahan = mention(resolve("A warehouse burned near Isfahan overnight."), "Isfahan");
    assertEquals("CITY", isfahan.target().type());
  }

  @Test
  void aCapitalisedTheTellsTheMagazineFromTheOcean() {
    List<FoundMention> magazine = resolve("Writing in The Atlantic, the historian disagreed.");
    assertEquals("the-atlantic", kbId(mention(magazine, "The Atlantic")));
    List<FoundMention> ocean = resolve("The ship crossed the Atlantic in nine days.");
    assertTrue(ocean.stream().noneMatch(m -> "the-atlantic".equals(kbId(m))), ocean.toString());
  }

  @Test
  void commonWordsThatNameAnOutletAreNamesOnlyWhenWrittenAsNames() {
    List<FoundMention> words = resolve("Time is running out for the talks. Foreign policy is rarely decided there.");
    assertTrue(words.stream().noneMatch(m -> m.target() instanceof Target.Known), words.toString());
    List<FoundMention> outlets = resolve("An essay in Foreign Policy and a cover story in Time magazine agreed.");
    assertEquals("foreign-policy", kbId(mention(outlets, "Foreign Policy")));
    assertEquals("time-magazine", kbId(mention(outlets, "Time magazine")));
  }

  @Test
  void aDescriptiveApposition_beforeOrAfterTheName_resolvesToTheBody() {
    List<FoundMention> before = resolve("The raid was planned by Israel’s premier intelligence agency Mossad, "
        + "officials said.");
    FoundMention phrase = mention(before, "Israel’s premier intelligence agency");
    assertEquals("mossad", kbId(phrase));
    assertEquals(Resolution.APPOSITION, phrase.resolution());
    assertEquals("israel", kbId(mention(before, "Israel")));

    List<FoundMention> after = resolve("Analysts credited Mossad, Israel's spy agency, with the operation.");
    assertEquals("mossad", kbId(mention(after, "Israel's spy agency")));

    // The parse, not the distance, sets the phrase beside the name: here an article stands between.
    FoundMention service = mention(resolve("Officials said Veldoria's foreign intelligence service, the Grey Office, "
        + "carried out the raid."), "Veldoria's foreign intelligence service");
    assertEquals("grey-office", kbId(service));
    assertEquals(Resolution.APPOSITION, service.resolution());
  }

  @Test
  void aDescriptorAloneResolvesThroughTheCountry() {
    FoundMention ministry = mention(resolve("Iran's foreign ministry summoned the envoy on Sunday."),
        "Iran's foreign ministry");
    assertEquals("iran-foreign-ministry", kbId(ministry));
    assertEquals(Resolution.ALIAS, ministry.resolution());
  }

  @Test
  void theNameOfTheDefenceDepartmentIsAnOrganisationNotABuilding() {
    FoundMention pentagon = mention(resolve("The Pentagon said no American forces were involved."), "Pentagon");
    assertEquals("pentagon", kbId(pentagon));
    assertEquals("ORGANIZATION", pentagon.target().type());
  }

  @Test
  void aCityActingAsSubjectStandsForItsGovernment() {
    List<FoundMention> found = resolve("Tel Aviv fears that Tehran is on the verge of building a bomb.");
    assertGovernment(mention(found, "Tel Aviv"), "israel");
    assertGovernment(mention(found, "Tehran"), "iran");
  }

  @Test
  void aCityAsObjectOfAVerbThatAffectsAnAgentStandsForItsGovernment() {
    assertGovernment(mention(resolve("The decision will please Kyiv, diplomats said."), "Kyiv"), "ukraine");
  }

  @Test
  void aCityAsAPlaceStaysTheCity() {
    List<FoundMention> found = resolve("Two explosions shook a factory in Tehran, and residents of Isfahan heard them.");
    assertEquals("tehran", kbId(mention(found, "Tehran")));
    assertEquals(Resolution.EXACT, mention(found, "Tehran").resolution());
    // In a prepositional phrase of the subject, the city is still where the subject is, not the agent.
    FoundMention marren = mention(resolve("The delegation in Marren rejected the offer."), "Marren");
    assertEquals(Resolution.EXACT, marren.resolution(), marren.toString());
  }

  private static void assertGovernment(FoundMention city, String country) {
    assertEquals(country, kbId(city), city.toString());
    assertEquals(Resolution.METONYMY, city.resolution());
  }

  /**
   * Places in the parse where a capital acts for its government, each in a sentence the words around the
   * city would misread: a noun before it, a preposition before it, "and" or "was" after it.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Veldoria's capital Marren warned the envoy on Sunday. | Marren | veldoria",
      "The proposal was welcomed by Marren on Monday.        | Marren | veldoria",
      "Marren and Kyiv denied the report.                    | Marren | veldoria",
      "Marren and Kyiv denied the report.                    | Kyiv   | ukraine",
      "Marren was warned against any escalation.             | Marren | veldoria",
      "Marren appeared ready to respond.                     | Marren | veldoria"})
  void aCapitalInTheAgentsPlaceStandsForItsGovernment(String sentence, String city, String country) {
    assertGovernment(mention(resolve(sentence), city), country);
  }

  @Test
  void aDescriptorInsideALongerNounPhraseStillNamesTheBody() {
    List<FoundMention> found = resolve("Veldoria's foreign ministry spokesman Arvid Lune denied it.");
    FoundMention ministry = mention(found, "Veldoria's foreign ministry");
    assertEquals("veldoria-foreign-ministry", kbId(ministry));
    assertEquals(Resolution.ALIAS, ministry.resolution());
    assertEquals("Veldoria's foreign ministry spokesman", mention(found, "Arvid Lune").role());
  }

  @Test
  void aRoleInAppositionAfterTheNameIsTheRole() {
    FoundMention varga = mention(resolve("Ilse Varga, spokesperson for the Northern Command, said it."),
        "Ilse Varga");
    assertEquals("spokesperson for the Northern Command", varga.role());
  }

  @Test
  void aTitleBeforeANameIsTheRoleWithoutItsArticle() {
    List<FoundMention> found = resolve("The former President Lars Omdahl and Dr. Petra Lind met in Marren.");
    assertEquals("former President", mention(found, "Lars Omdahl").role());
    assertNull(mention(found, "Dr. Petra Lind").role());
    assertEquals(Resolution.EXACT, mention(found, "Marren").resolution());
  }

  @Test
  void laterShortFormsOfANameResolveToThePersonIntroducedEarlier() {
    List<FoundMention> found = resolve("The historian Marta Kowalczyk studied the archive for years. "
        + "Ms Kowalczyk says the records were burned. Kowalczyk declined to name her sources.");
    FoundMention full = mention(found, "Marta Kowalczyk");
    assertEquals(Resolution.NEW, full.resolution());
    FoundMention honorific = mention(found, "Ms Kowalczyk");
    assertEquals(Resolution.PARTIAL_NAME, honorific.resolution());
    assertEquals(full.target(), honorific.target());
    assertEquals(full.target(), mention(found, "Kowalczyk").target());
  }

  @Test
  void aGenerationalSuffixIsNotTheSurname() {
    List<FoundMention> found = resolve("The chairman, Arthur B. Lindqvist Jr., retired in May. "
        + "Mr. Lindqvist will stay on the board.");
    assertEquals(mention(found, "Arthur B. Lindqvist Jr.").target(), mention(found, "Mr. Lindqvist").target());
  }

  @Test
  void aCompanyNamedWithItsLegalFormIsTheSameCompanyWithout() {
    List<FoundMention> found = resolve("Marlowe Foods Inc. reported higher sales. Shares of Marlowe rose 3%, "
        + "and analysts expect Marlowe to raise prices.");
    Target company = mention(found, "Marlowe Foods Inc.").target();
    List<FoundMention> shortForms = found.stream().filter(m -> m.text().equals("Marlowe")).toList();
    assertFalse(shortForms.isEmpty(), found.toString());
    shortForms.forEach(m -> assertEquals(company, m.target()));
    assertEquals("Marlowe Foods", MentionResolver.shortName("Marlowe Foods Inc."));
    assertEquals("Halvorsen", MentionResolver.shortName("Halvorsen Holdings PLC"));
    assertEquals("Tarnwick", MentionResolver.shortName("Tarnwick Co., Ltd."));
    assertEquals("Oostveld", MentionResolver.shortName("Oostveld N.V."));
    assertEquals("Cobalt Partners", MentionResolver.shortName("Cobalt Partners"));
  }

  @Test
  void aBareSurnameWithoutAnAntecedentIsNeverMatchableAcrossArticles() {
    FoundMention surname = mention(resolve("Kowalczyk declined to comment on Friday."), "Kowalczyk");
    Target.Unlisted target = (Target.Unlisted) surname.target();
    assertFalse(target.matchableByName());
  }

  @Test
  void aSurnameTheKnowledgeBaseListsResolvesToItsPerson() {
    FoundMention putin = mention(resolve("Analysts expect Putin to respond within days."), "Putin");
    assertEquals("vladimir-putin", kbId(putin));
  }

  @Test
  void theTitleBeforeAPersonBecomesTheRole() {
    FoundMention ryder = mention(resolve("Pentagon spokesperson Brigadier General Patrick Ryder confirmed it."),
        "Patrick Ryder");
    assertNotNull(ryder.role());
    assertTrue(ryder.role().contains("spokesperson"), ryder.role());
  }

  @Test
  void causesOfDeathMoneyAndPronounsAreNotEntities() {
    List<FoundMention> found = resolve("He said the attack and the explosion cost 2 million dollars, and she agreed.");
    for (String noise : List.of("attack", "explosion", "2 million dollars", "He", "she")) {
      assertTrue(find(found, noise).isEmpty(), noise + " in " + found);
    }
  }

  @Test
  void mentionOffsetsPointIntoTheText() {
    String text = "On Saturday a drone hit a site in Isfahan.\n\nIran blamed “foreign agents”.";
    for (FoundMention m : resolve(text)) {
      assertEquals(m.text(), text.substring(m.start(), m.end()));
      assertTrue(m.sentenceStart() <= m.start() && m.end() <= m.sentenceEnd());
    }
    assertNull(find(resolve(text), "Saturday").orElse(null));
  }
}
