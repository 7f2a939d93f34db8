package org.annals.entity.domain;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.annals.entity.kb.KbEntry;
import org.annals.entity.kb.KnowledgeBase;
import org.jboss.logging.Logger;

/**
 * Brings the database in line with the shipped knowledge base at startup: entities are updated in place
 * by their knowledge-base id, so mentions resolved before keep their entity. Skipped when the stored
 * version is the shipped one.
 */
@ApplicationScoped
public class KnowledgeBaseSync {

  private static final Logger LOG = Logger.getLogger(KnowledgeBaseSync.class);

  private final KnowledgeBase kb;
  private final EntityManager entityManager;
  private final Map<String, UUID> idsByKbId = new ConcurrentHashMap<>();

  public KnowledgeBaseSync(KnowledgeBase kb, EntityManager entityManager) {
    this.kb = kb;
    this.entityManager = entityManager;
  }

  void onStart(@Observes StartupEvent event) {
    sync();
  }

  /** The database id of a knowledge-base entity. */
  public Optional<UUID> entityId(String kbId) {
    return Optional.ofNullable(idsByKbId.get(kbId));
  }

  // Loading the whole knowledge base into an empty database takes minutes on a busy two-core machine,
  // far over the default 60 s.
  @Transactional
  @TransactionConfiguration(timeout = 900)
  void sync() {
    List<?> stored = entityManager.createNativeQuery("SELECT version FROM kb_state").getResultList();
    if (stored.isEmpty() || !kb.version().equals(stored.get(0))) {
      load();
    }
    for (CanonicalEntity entity : CanonicalEntity.<CanonicalEntity>list("kbId is not null")) {
      idsByKbId.put(entity.kbId, entity.id);
    }
  }

  private void load() {
    Instant now = Instant.now();
    Map<String, CanonicalEntity> existing = new HashMap<>();
    for (CanonicalEntity entity : CanonicalEntity.<CanonicalEntity>list("kbId is not null")) {
      existing.put(entity.kbId, entity);
    }
    for (KbEntry entry : kb.entries()) {
      CanonicalEntity entity = existing.get(entry.id());
      if (entity == null) {
        entity = new CanonicalEntity();
        entity.id = UUID.randomUUID();
        entity.kbId = entry.id();
        entity.matchable = true;
        entity.origin = "KB";
        entity.createdAt = now;
        existing.put(entry.id(), entity);
      }
      entity.name = entry.name();
      entity.type = entry.type();
      entity.kind = entry.kind();
      entity.wikidata = entry.wikidata();
      entity.iso = entry.iso();
      entity.updatedAt = now;
      entity.persist();
    }
    for (KbEntry entry : kb.entries()) {
      existing.get(entry.id()).partOf = entry.partOf() == null ? null : existing.get(entry.partOf()).id;
    }
    EntityAlias.delete("origin", "KB");
    for (KbEntry entry : kb.entries()) {
      UUID id = existing.get(entry.id()).id;
      Map<String, EntityAlias> rows = new HashMap<>();
      addAlias(rows, id, entry.name(), "NAME");
      entry.aliases().forEach(alias -> addAlias(rows, id, alias, "ALIAS"));
      entry.demonyms().forEach(demonym -> addAlias(rows, id, demonym, "DEMONYM"));
      entry.descriptors().forEach(descriptor -> addAlias(rows, id, descriptor, "DESCRIPTOR"));
      entry.roles().forEach(role -> addAlias(rows, id, role, "ROLE"));
      rows.values().forEach(row -> row.persist());
    }
    entityManager.createNativeQuery("DELETE FROM kb_state").executeUpdate();
    entityManager.createNativeQuery("INSERT INTO kb_state (version, loaded_at) VALUES (?1, ?2)")
        .setParameter(1, kb.version()).setParameter(2, now).executeUpdate();
    LOG.infof("Knowledge base %s loaded: %d entities", kb.version(), kb.entries().size());
  }

  private static void addAlias(Map<String, EntityAlias> rows, UUID id, String alias, String kind) {
    rows.putIfAbsent(EntityAlias.normalize(alias) + "|" + kind, EntityAlias.of(id, alias, kind, "KB"));
  }
}
