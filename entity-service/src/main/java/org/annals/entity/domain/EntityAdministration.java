package org.annals.entity.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.annals.common.problem.ProblemException;
import org.annals.common.text.InputText;

/** Corrections by an administrator: merge, add an alias, rename or retype. Each is recorded. */
@ApplicationScoped
public class EntityAdministration {

  private static final Set<String> TYPES = Set.of("COUNTRY", "CITY", "STATE_OR_PROVINCE", "LOCATION",
      "ORGANIZATION", "PERSON");

  /** Folds {@code duplicateId} into {@code survivorId}: mentions and aliases move; the old id points on. */
  @Transactional
  public CanonicalEntity merge(UUID survivorId, UUID duplicateId, String actor) {
    if (duplicateId == null) {
      throw ProblemException.invalidField("duplicate", "required: the id of the entity to merge into this one");
    }
    if (survivorId.equals(duplicateId)) {
      throw ProblemException.invalidField("duplicate", "is this entity itself");
    }
    CanonicalEntity survivor = live(survivorId);
    CanonicalEntity duplicate = live(duplicateId);
    Mention.update("entityId = ?1 where entityId = ?2", survivor.id, duplicate.id);
    for (EntityAlias alias : EntityAlias.<EntityAlias>list("entityId", duplicate.id)) {
      if (EntityAlias.count("entityId = ?1 and normalized = ?2 and kind = ?3", survivor.id, alias.normalized,
          alias.kind) == 0) {
        EntityAlias.of(survivor.id, alias.alias, alias.kind, "ADMIN").persist();
      }
    }
    duplicate.mergedInto = survivor.id;
    duplicate.updatedAt = Instant.now();
    CanonicalEntity.update("mergedInto = ?1 where mergedInto = ?2", survivor.id, duplicate.id);
    record(survivor.id, "MERGE", "merged " + duplicate.id + " (" + duplicate.name + ")", actor);
    record(duplicate.id, "MERGED_INTO", "merged into " + survivor.id + " (" + survivor.name + ")", actor);
    return survivor;
  }

  @Transactional
  public void addAlias(UUID id, String alias, String actor) {
    if (alias == null || alias.isBlank() || alias.length() > 200) {
      throw ProblemException.invalidField("alias", "required, at most 200 characters");
    }
    InputText.requireName("alias", alias);
    CanonicalEntity entity = live(id);
    if (EntityAlias.count("entityId = ?1 and normalized = ?2", id, EntityAlias.normalize(alias)) > 0) {
      throw new ProblemException(409, "conflict", "Alias exists",
          "'" + alias.strip() + "' is already a name of " + entity.name + ".");
    }
    EntityAlias.of(id, alias.strip(), "ALIAS", "ADMIN").persist();
    record(id, "ADD_ALIAS", alias.strip(), actor);
  }

  @Transactional
  public CanonicalEntity correct(UUID id, String name, String type, String actor) {
    CanonicalEntity entity = live(id);
    if (name == null && type == null) {
      throw ProblemException.invalid("Give a name or a type to change.");
    }
    if (name != null) {
      if (name.isBlank() || name.length() > 200) {
        throw ProblemException.invalidField("name", "must be 1 to 200 characters");
      }
      InputText.requireName("name", name);
    }
    String wanted = type == null ? null : type.strip().toUpperCase(Locale.ROOT);
    if (wanted != null && !TYPES.contains(wanted)) {
      throw ProblemException.invalidField("type", "must be one of " + TYPES);
    }
    // The history records changes: setting what the entity already has is none.
    boolean renamed = name != null && !name.strip().equals(entity.name);
    boolean retyped = wanted != null && !wanted.equals(entity.type);
    if (renamed) {
      record(id, "RENAME", entity.name + " -> " + name.strip(), actor);
      entity.name = name.strip();
      if (EntityAlias.count("entityId = ?1 and normalized = ?2", id, EntityAlias.normalize(name)) == 0) {
        EntityAlias.of(id, entity.name, "NAME", "ADMIN").persist();
      }
    }
    if (retyped) {
      record(id, "RETYPE", entity.type + " -> " + wanted, actor);
      entity.type = wanted;
    }
    if (renamed || retyped) {
      entity.updatedAt = Instant.now();
    }
    return entity;
  }

  private static CanonicalEntity live(UUID id) {
    CanonicalEntity entity = CanonicalEntity.findById(id);
    if (entity == null) {
      throw ProblemException.notFound("entity", id);
    }
    if (entity.mergedInto != null) {
      throw new ProblemException(409, "merged", "Entity merged",
          "Entity " + id + " was merged into " + entity.mergedInto + "; change that one instead.");
    }
    return entity;
  }

  private static void record(UUID entityId, String action, String detail, String actor) {
    EntityChange change = new EntityChange();
    change.entityId = entityId;
    change.action = action;
    change.detail = detail;
    change.actor = actor;
    change.changedAt = Instant.now();
    change.persist();
  }
}
