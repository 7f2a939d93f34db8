package org.annals.timeline.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One time expression of an article. */
@Entity
@Table(name = "timex")
public class StoredTimex extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "article_id", nullable = false)
  public UUID articleId;

  @Column(name = "start_offset", nullable = false)
  public int start;

  @Column(name = "end_offset", nullable = false)
  public int end;

  @Column(nullable = false)
  public String text;

  @Column(nullable = false)
  public String type;

  public String value;

  @Column(nullable = false)
  public String anchoring;
}
