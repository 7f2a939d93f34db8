package org.annals.entity.kb;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The curated knowledge base, read from the classpath and indexed for matching: every name, alias and
 * demonym, and the descriptors of the bodies that belong to each country. Immutable once built.
 */
public final class KnowledgeBase {

  /** The files, in order of precedence when one string names entities in two of them. */
  public static final List<String> FILES = List.of("countries", "cities", "regions", "organizations", "government",
      "media", "people");
  private static final Set<String> TYPES = Set.of("COUNTRY", "CITY", "STATE_OR_PROVINCE", "LOCATION", "ORGANIZATION",
      "PERSON");

  private final String version;
  private final Map<String, KbEntry> byId;
  private final Map<String, List<SurfaceForm>> forms;
  private final Map<String, Map<String, List<KbEntry>>> descriptorsByCountry;
  private final int longestForm;

  private KnowledgeBase(String version, List<KbEntry> entries) {
    this.version = version;
    Map<String, KbEntry> ids = new LinkedHashMap<>();
    for (KbEntry entry : entries) {
      if (!TYPES.contains(entry.type())) {
        throw new IllegalStateException("knowledge base entry " + entry.id() + " has unknown type " + entry.type());
      }
      if (ids.put(entry.id(), entry) != null) {
        throw new IllegalStateException("knowledge base id " + entry.id() + " is used twice");
      }
    }
    this.byId = Collections.unmodifiableMap(ids);
    Map<String, List<SurfaceForm>> index = new HashMap<>();
    int longest = 1;
    for (KbEntry entry : entries) {
      for (String reference : new String[] {entry.partOf(), entry.capital()}) {
        if (reference != null && !ids.containsKey(reference)) {
          throw new IllegalStateException("knowledge base entry " + entry.id() + " refers to unknown id " + reference);
        }
      }
      add(index, entry.name(), new SurfaceForm(entry, SurfaceForm.Kind.NAME));
      entry.aliases().forEach(alias -> add(index, alias, new SurfaceForm(entry, SurfaceForm.Kind.ALIAS)));
      entry.demonyms().forEach(demonym -> add(index, demonym, new SurfaceForm(entry, SurfaceForm.Kind.DEMONYM)));
      for (String form : allForms(entry)) {
        longest = Math.max(longest, form.split("\\s+").length + 2);
      }
    }
    this.forms = index;
    this.longestForm = longest;
    Map<String, Map<String, List<KbEntry>>> descriptors = new HashMap<>();
    for (KbEntry entry : entries) {
      countryOf(entry).ifPresent(country -> entry.descriptors().forEach(descriptor -> descriptors
          .computeIfAbsent(country.id(), k -> new HashMap<>())
          .computeIfAbsent(key(descriptor), k -> new ArrayList<>()).add(entry)));
    }
    this.descriptorsByCountry = descriptors;
  }

  public static KnowledgeBase load() {
    ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    List<KbEntry> entries = new ArrayList<>();
    for (String file : FILES) {
      String path = "kb/" + file + ".jsonl";
      try (InputStream in = KnowledgeBase.class.getClassLoader().getResourceAsStream(path)) {
        if (in == null) {
          continue;
        }
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
          number++;
          if (line.isBlank()) {
            continue;
          }
          try {
            entries.add(json.readValue(line, KbEntry.class));
          } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(path + ":" + number + " is not a valid entry: " + e.getOriginalMessage(), e);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + path, e);
      }
    }
    return new KnowledgeBase(readVersion(), entries);
  }

  public static KnowledgeBase of(String version, List<KbEntry> entries) {
    return new KnowledgeBase(version, entries);
  }

  public String version() {
    return version;
  }

  public List<KbEntry> entries() {
    return List.copyOf(byId.values());
  }

  public Optional<KbEntry> get(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }

  /** Longest surface form, in whitespace-separated words plus room for split punctuation. */
  public int longestForm() {
    return longestForm;
  }

  /**
   * The entities a string names as it is written in a text. Acronyms (all capitals) and forms of up to
   * three letters ("Xi", not the "XI" of Louis XI) match only as written; other forms match whatever
   * their case, but a name written with a leading "The" ("The Atlantic") needs it written so, which
   * tells the magazine from the ocean.
   */
  public List<SurfaceForm> lookup(String written) {
    String normalized = normalizeSpace(written);
    List<SurfaceForm> found = new ArrayList<>();
    for (SurfaceForm form : forms.getOrDefault(key(normalized), List.of())) {
      if (accepts(form, normalized)) {
        found.add(form);
      }
    }
    return found;
  }

  /** The body of {@code country} that a descriptor ("intelligence agency") names, if exactly known. */
  public List<KbEntry> describedAs(String countryId, String descriptor) {
    return descriptorsByCountry.getOrDefault(countryId, Map.of()).getOrDefault(key(descriptor), List.of());
  }

  /** The country an entry belongs to, following partOf; the entry itself for a country. */
  public Optional<KbEntry> countryOf(KbEntry entry) {
    KbEntry current = entry;
    for (int depth = 0; current != null && depth < 8; depth++) {
      if (current.type().equals("COUNTRY")) {
        return Optional.of(current);
      }
      current = current.partOf() == null ? null : byId.get(current.partOf());
    }
    return Optional.empty();
  }

  private static boolean accepts(SurfaceForm form, String written) {
    String target = switch (form.kind()) {
      case NAME -> form.entry().name();
      default -> matchingForm(form, written);
    };
    if (target == null) {
      return false;
    }
    if (isAcronym(target) || target.replaceAll("[^\\p{L}]", "").length() <= 3) {
      return normalizeSpace(target).equals(written) || normalizeSpace(target).equals(stripThe(written));
    }
    if (target.startsWith("The ") && !written.startsWith("The ")) {
      return false;
    }
    return capitalisedAlike(target, written);
  }

  /** Each word the form capitalises is capitalised in the text: "Foreign Policy", not "Foreign policy". */
  private static boolean capitalisedAlike(String form, String written) {
    String[] expected = stripThe(normalizeSpace(form)).split(" ");
    String[] actual = stripThe(written).split(" ");
    if (expected.length != actual.length) {
      return true;
    }
    for (int i = 0; i < expected.length; i++) {
      if (!expected[i].isEmpty() && !actual[i].isEmpty() && Character.isUpperCase(expected[i].codePointAt(0))
          && !Character.isUpperCase(actual[i].codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static String matchingForm(SurfaceForm form, String written) {
    List<String> candidates = form.kind() == SurfaceForm.Kind.ALIAS ? form.entry().aliases() : form.entry().demonyms();
    String wanted = key(written);
    for (String candidate : candidates) {
      if (key(candidate).equals(wanted)) {
        return candidate;
      }
    }
    return null;
  }

  private static boolean isAcronym(String form) {
    String letters = form.replaceAll("[^\\p{L}]", "");
    return letters.length() >= 2 && letters.equals(letters.toUpperCase(Locale.ROOT)) && letters.length() <= 6;
  }

  private static List<String> allForms(KbEntry entry) {
    List<String> all = new ArrayList<>();
    all.add(entry.name());
    all.addAll(entry.aliases());
    all.addAll(entry.demonyms());
    return all;
  }

  private static void add(Map<String, List<SurfaceForm>> index, String form, SurfaceForm surface) {
    index.computeIfAbsent(key(form), k -> new ArrayList<>()).add(surface);
  }

  /** The index key: case, a leading "the", apostrophe styles and spacing folded. */
  public static String key(String form) {
    return stripThe(normalizeSpace(form)).toLowerCase(Locale.ROOT);
  }

  private static String stripThe(String form) {
    return form.regionMatches(true, 0, "the ", 0, 4) ? form.substring(4) : form;
  }

  private static String normalizeSpace(String form) {
    return form.replace('\u2019', '\'').replace('\u2018', '\'').replaceAll("\\s+", " ").strip();
  }

  private static String readVersion() {
    try (InputStream in = KnowledgeBase.class.getClassLoader().getResourceAsStream("kb/VERSION")) {
      return in == null ? "unversioned" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "unversioned";
    }
  }
}
