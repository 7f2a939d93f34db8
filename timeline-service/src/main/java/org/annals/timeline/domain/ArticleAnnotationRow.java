package org.annals.timeline.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** entity-service's annotation of an article ({@link org.annals.nlp.AnnotationFormat}), to read it again once placed. */
@Entity
@Table(name = "article_annotation")
public class ArticleAnnotationRow extends PanacheEntityBase {

  @Id
  @Column(name = "article_id")
  public UUID articleId;

  @Column(nullable = false)
  public int version;

  @Column(nullable = false)
  public byte[] data;
}
