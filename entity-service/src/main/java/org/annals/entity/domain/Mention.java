package org.annals.entity.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One mention of an entity in an article: where, in which sentence, and how it was resolved. */
@Entity
@Table(name = "mention")
public class Mention extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "article_id", nullable = false)
  public UUID articleId;

  @Column(name = "entity_id", nullable = false)
  public UUID entityId;

  @Column(name = "start_offset", nullable = false)
  public int start;

  @Column(name = "end_offset", nullable = false)
  public int end;

  @Column(nullable = false)
  public String text;

  @Column(name = "sentence_index", nullable = false)
  public int sentenceIndex;

  @Column(name = "sentence_start", nullable = false)
  public int sentenceStart;

  @Column(name = "sentence_end", nullable = false)
  public int sentenceEnd;

  @Column(nullable = false)
  public String sentence;

  @Column(nullable = false)
  public String resolution;

  @Column(nullable = false)
  public double confidence;

  @Column(name = "ner_type")
  public String nerType;

  public String role;
}
