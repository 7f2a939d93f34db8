package org.annals.entity.domain;

import edu.stanford.nlp.pipeline.Annotation;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.annals.common.problem.ProblemException;
import org.annals.entity.nlp.NlpPipeline;
import org.annals.entity.resolve.FoundMention;
import org.annals.entity.resolve.MentionResolver;
import org.annals.entity.resolve.Target;

/**
 * Analyses an article: finds and resolves its mentions (outside any transaction: CoreNLP is CPU work),
 * then replaces the article's stored mentions with them in one transaction. Idempotent: the same
 * article sent again gets the same entities and replaces its mentions.
 */
@ApplicationScoped
public class EntityAnalysisService {

  /** A BCP 47 tag as analysed_article.language holds it (16 characters). */
  private static final Pattern LANGUAGE_TAG = Pattern.compile("(?=.{1,16}$)[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

  private final NlpPipeline nlp;
  private final MentionResolver resolver;
  private final KnowledgeBaseSync knowledgeBase;
  private final EntityManager entityManager;
  private final MeterRegistry metrics;

  public EntityAnalysisService(NlpPipeline nlp, MentionResolver resolver, KnowledgeBaseSync knowledgeBase,
      EntityManager entityManager, MeterRegistry metrics) {
    this.nlp = nlp;
    this.resolver = resolver;
    this.knowledgeBase = knowledgeBase;
    this.entityManager = entityManager;
    this.metrics = metrics;
  }

  /** A stored mention with its entity and what that entity is part of, nearest first (Isfahan: Iran). */
  public record StoredMention(Mention mention, CanonicalEntity entity, List<UUID> within) {}

  /** What the analysis of an article gives: its resolved mentions, and the annotation they were found in. */
  public record Analysis(List<StoredMention> mentions, Annotation document) {}

  public Analysis analyse(UUID articleId, String text, String language) {
    if (text == null || text.isBlank()) {
      throw ProblemException.invalidField("text", "required: the article's stored text");
    }
    if (language != null && !LANGUAGE_TAG.matcher(language).matches()) {
      throw ProblemException.invalidField("language", "must be a language tag such as en or pt-BR, at most 16"
          + " characters");
    }
    NlpPipeline.Reading reading = metrics.timer("annals.entities.nlp").record(() -> nlp.read(text));
    List<FoundMention> found = resolver.resolve(reading.text());
    return new Analysis(QuarkusTransaction.requiringNew().call(() -> store(articleId, language, text, found)),
        reading.document());
  }

  private List<StoredMention> store(UUID articleId, String language, String text, List<FoundMention> found) {
    Mention.delete("articleId", articleId);
    AnalysedArticle article = AnalysedArticle.findById(articleId);
    if (article == null) {
      article = new AnalysedArticle();
      article.id = articleId;
    }
    article.language = language;
    article.mentionCount = found.size();
    article.analysedAt = Instant.now();
    article.persist();
    Map<String, CanonicalEntity> unlisted = new HashMap<>();
    List<StoredMention> stored = new ArrayList<>(found.size());
    Map<UUID, List<UUID>> within = new HashMap<>();
    for (FoundMention f : found) {
      CanonicalEntity entity = entityFor(f.target(), unlisted);
      Mention mention = new Mention();
      mention.articleId = articleId;
      mention.entityId = entity.id;
      mention.start = f.start();
      mention.end = f.end();
      mention.text = f.text();
      mention.sentenceIndex = f.sentence();
      mention.sentenceStart = f.sentenceStart();
      mention.sentenceEnd = f.sentenceEnd();
      mention.sentence = text.substring(f.sentenceStart(), f.sentenceEnd());
      mention.resolution = f.resolution().name();
      mention.confidence = f.confidence();
      mention.nerType = f.nerType();
      mention.role = f.role();
      mention.persist();
      stored.add(new StoredMention(mention, entity, within.computeIfAbsent(entity.id, id -> containers(entity))));
    }
    return stored;
  }

  /** The chain of entities that contain this one; part-of links are few levels deep, a cycle stops it. */
  private static List<UUID> containers(CanonicalEntity entity) {
    List<UUID> chain = new ArrayList<>();
    UUID next = entity.partOf;
    while (next != null && !chain.contains(next) && !next.equals(entity.id)) {
      chain.add(next);
      CanonicalEntity parent = CanonicalEntity.findById(next);
      next = parent == null ? null : parent.partOf;
    }
    return chain;
  }

  /**
   * The entity a target stands for: a knowledge-base entity by its id; an unlisted one by name and type
   * among entities that may be matched by name, or a new entity. Merged entities lead to the survivor.
   */
  private CanonicalEntity entityFor(Target target, Map<String, CanonicalEntity> unlisted) {
    if (target instanceof Target.Known known) {
      UUID id = knowledgeBase.entityId(known.entry().id()).orElseThrow(() -> new IllegalStateException(
          "knowledge base entity " + known.entry().id() + " is not loaded"));
      return survivor(CanonicalEntity.findById(id));
    }
    Target.Unlisted name = (Target.Unlisted) target;
    String normalized = EntityAlias.normalize(name.name());
    String key = name.type() + "|" + normalized;
    CanonicalEntity seen = unlisted.get(key);
    if (seen != null) {
      return seen;
    }
    CanonicalEntity entity = null;
    if (name.matchableByName()) {
      lock(key);
      String shortName = name.type().equals("ORGANIZATION")
          ? EntityAlias.normalize(MentionResolver.shortName(name.name())) : normalized;
      // A descriptor ("defence ministry") names a body only with its country: many countries' bodies
      // share it, so a bare one must not land on whichever of them comes first.
      List<CanonicalEntity> candidates = CanonicalEntity.find(
          "select e from CanonicalEntity e where e.type = ?1 and e.matchable = true and e.id in "
              + "(select a.entityId from EntityAlias a where a.normalized in (?2, ?3) and a.kind <> 'DESCRIPTOR')"
              + " order by e.createdAt",
          name.type(), normalized, shortName.isEmpty() ? normalized : shortName).list();
      entity = candidates.isEmpty() ? null : survivor(candidates.get(0));
    }
    if (entity == null) {
      entity = new CanonicalEntity();
      entity.id = UUID.randomUUID();
      entity.name = name.name();
      entity.type = name.type();
      entity.matchable = name.matchableByName();
      entity.origin = "DISCOVERED";
      entity.createdAt = Instant.now();
      entity.updatedAt = entity.createdAt;
      entity.persist();
      EntityAlias.of(entity.id, name.name(), "NAME", "OBSERVED").persist();
      String shortName = MentionResolver.shortName(name.name());
      if (name.type().equals("ORGANIZATION") && !shortName.isEmpty() && !shortName.equals(name.name())) {
        // Later articles often drop the legal form: "Sony Corp." is then "Sony".
        EntityAlias.of(entity.id, shortName, "ALIAS", "OBSERVED").persist();
      }
    }
    unlisted.put(key, entity);
    return entity;
  }

  private static CanonicalEntity survivor(CanonicalEntity entity) {
    CanonicalEntity current = entity;
    for (int hops = 0; current.mergedInto != null && hops < 16; hops++) {
      current = CanonicalEntity.findById(current.mergedInto);
    }
    return current;
  }

  /** Two articles naming the same new entity at once create it once. */
  private void lock(String key) {
    long hash = UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
    entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, hash).getSingleResult();
  }

  public void delete(UUID articleId) {
    QuarkusTransaction.requiringNew().run(() -> {
      Mention.delete("articleId", articleId);
      AnalysedArticle.deleteById(articleId);
    });
  }
}
