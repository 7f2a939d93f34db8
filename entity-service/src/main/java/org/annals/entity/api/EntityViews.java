package org.annals.entity.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shapes of the entity API. */
public final class EntityViews {

  private EntityViews() {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "EntitySummary", description = "An entity in a list.")
  public record Summary(UUID id, @Schema(example = "Mossad") String name,
      @Schema(example = "ORGANIZATION") String type, @Schema(example = "INTELLIGENCE_AGENCY") String kind,
      @Schema(example = "Q794") String wikidata,
      @Schema(description = "Mentions in all articles", example = "42") long mentionCount) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "EntityReference", description = "Another entity, by id and name.")
  public record Reference(UUID id, String name, String type) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "EntityAliasCount", description = "A name the entity goes by, and how often articles use it.")
  public record AliasCount(@Schema(example = "Islamic Republic") String alias,
      @Schema(example = "ALIAS") String kind, @Schema(example = "3") long mentions) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "Entity", description = "A canonical entity with what is known of it and how often it is seen.")
  public record Detail(UUID id, String name, String type, String kind, String wikidata, String iso,
      Reference partOf,
      @Schema(description = "Set when this entity was merged into another: the one to use") Reference mergedInto,
      @Schema(description = "KB (curated knowledge base) or DISCOVERED in articles") String origin,
      List<AliasCount> aliases,
      @Schema(description = "Roles the articles give this person") List<String> roles,
      long articleCount, long mentionCount, Instant firstSeen, Instant lastSeen) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "EntityMention", description = "One mention of an entity, traced to its sentence.")
  public record MentionView(UUID articleId, @Schema(example = "Israel’s premier intelligence agency") String text,
      @Schema(description = "Start offset (UTF-16) into the article's stored text") int start, int end,
      String sentence, @Schema(example = "APPOSITION") String resolution, double confidence, String role) {}

  @Schema(name = "RelatedEntity", description = "An entity named in the same articles.")
  public record Related(UUID id, String name, String type,
      @Schema(description = "Articles naming both", example = "3") long articles) {}

  @Schema(name = "EntityChange", description = "An administrative change to an entity: what, who, when.")
  public record Change(@Schema(example = "MERGE") String action,
      @Schema(example = "merged 5c1e… (Orvane Trust)") String detail,
      @Schema(example = "admin") String actor, Instant changedAt) {}

  @Schema(name = "EntityPage")
  public record Page(List<Summary> items, String nextCursor) {}

  @Schema(name = "EntityMentionPage")
  public record MentionPage(List<MentionView> items, String nextCursor) {}

  @Schema(name = "MergeRequest", description = "The entity to fold into this one.")
  public record MergeRequest(@Schema(description = "Id of the duplicate; its mentions move here", format = "uuid")
      String duplicate) {}

  @Schema(name = "AliasRequest")
  public record AliasRequest(@Schema(example = "Mossad") String alias) {}

  @Schema(name = "EntityPatch", description = "Corrections: any field left out stays as it is.")
  public record Patch(@Schema(example = "Mossad") String name, @Schema(example = "ORGANIZATION") String type) {}
}
