package org.annals.entity.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped knowledge base: loadable, consistent, and as complete as docs/knowledge-base.md says. */
class KnowledgeBaseFilesTest {

  private static final Set<String> KINDS = Set.of("INTERNATIONAL_ORGANIZATION", "GOVERNMENT_BODY", "MILITARY",
      "INTELLIGENCE_AGENCY", "MEDIA", "POLITICAL_PARTY", "ARMED_GROUP", "COMPANY");

  private static KnowledgeBase kb;

  @BeforeAll
  static void load() {
    kb = KnowledgeBase.load();
  }

  private static List<KbEntry> ofType(String type) {
    return kb.entries().stream().filter(e -> e.type().equals(type)).toList();
  }

  @Test
  void isVersionedAndLoads() {
    assertTrue(kb.version().matches("\\d{4}\\.\\d{2}\\.\\d+"), kb.version());
  }

  @Test
  void listsEverySovereignStateWithCodeAndCapital() {
    List<KbEntry> countries = ofType("COUNTRY");
    assertTrue(countries.size() >= 193, "countries: " + countries.size());
    for (KbEntry country : countries) {
      assertTrue(country.iso() != null && country.iso().matches("[A-Z]{2}"), country.id() + " iso " + country.iso());
      assertTrue(kb.get(country.capital()).map(c -> c.type().equals("CITY")).orElse(false),
          country.id() + " capital " + country.capital());
    }
  }

  @Test
  void everyOrganisationHasAKnownKind() {
    for (KbEntry organisation : ofType("ORGANIZATION")) {
      assertTrue(KINDS.contains(organisation.kind()), organisation.id() + " kind " + organisation.kind());
    }
  }

  @Test
  void idsAreSlugsAndWikidataIdsAreWellFormed() {
    for (KbEntry entry : kb.entries()) {
      assertTrue(entry.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), entry.id());
      assertTrue(entry.wikidata() == null || entry.wikidata().matches("Q[1-9][0-9]*"), entry.id());
    }
  }

  @Test
  void noFormNamesTwoEntitiesOfOneType() {
    Map<String, List<String>> owners = new HashMap<>();
    for (KbEntry entry : kb.entries()) {
      List<String> forms = new ArrayList<>(entry.aliases());
      forms.add(entry.name());
      forms.addAll(entry.demonyms());
      for (String form : Set.copyOf(forms.stream().map(KnowledgeBase::key).toList())) {
        owners.computeIfAbsent(entry.type() + "|" + form, k -> new ArrayList<>()).add(entry.id());
      }
    }
    List<String> shared = owners.entrySet().stream().filter(e -> e.getValue().size() > 1)
        .map(e -> e.getKey() + " " + e.getValue()).sorted().toList();
    assertEquals(List.of(), shared);
  }

  @Test
  void partsBelongToTheirCountry() {
    assertEquals("israel", kb.get("mossad").flatMap(kb::countryOf).map(KbEntry::id).orElse(null));
    assertEquals("united-states",
        kb.get("united-states-central-command").flatMap(kb::countryOf).map(KbEntry::id).orElse(null));
    assertFalse(kb.describedAs("israel", "intelligence agency").isEmpty());
  }
}
