package org.annals.entity.kb;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One entity of the curated knowledge base, as written in kb/*.jsonl (see docs/knowledge-base.md). */
@JsonIgnoreProperties(ignoreUnknown = false)
public record KbEntry(String id, String name, String type, String kind, String wikidata, String iso,
    List<String> aliases, List<String> demonyms, String capital, String partOf, List<String> descriptors,
    List<String> roles) {

  public KbEntry {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    demonyms = demonyms == null ? List.of() : List.copyOf(demonyms);
    descriptors = descriptors == null ? List.of() : List.copyOf(descriptors);
    roles = roles == null ? List.of() : List.copyOf(roles);
  }
}
