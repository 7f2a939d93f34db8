package org.annals.ingest.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A stored article: cleaned text, metadata, fingerprints and overall pipeline status. */
@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {

  @Id
  public UUID id;

  public String title;

  @Column(nullable = false)
  public String text;

  public String url;

  public String source;

  @Enumerated(EnumType.STRING)
  @Column(name = "submitted_as", nullable = false)
  public SubmissionFormat submittedAs;

  @Column(nullable = false)
  public String language;

  @Enumerated(EnumType.STRING)
  @Column(name = "language_origin", nullable = false)
  public LanguageOrigin languageOrigin;

  @Column(name = "language_confidence")
  public Double languageConfidence;

  @Column(name = "word_count", nullable = false)
  public int wordCount;

  @Column(name = "published_date")
  public LocalDate publishedDate;

  @Column(name = "published_instant")
  public Instant publishedInstant;

  @Enumerated(EnumType.STRING)
  @Column(name = "published_granularity", nullable = false)
  public DateGranularity publishedGranularity;

  @Enumerated(EnumType.STRING)
  @Column(name = "published_origin", nullable = false)
  public DateOrigin publishedOrigin;

  @Column(name = "content_hash", nullable = false, columnDefinition = "bpchar(64)")
  public String contentHash;

  public byte[] minhash;

  @Column(name = "near_duplicate_of")
  public UUID nearDuplicateOf;

  @Column(name = "near_duplicate_similarity")
  public Double nearDuplicateSimilarity;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public ArticleStatus status;

  @Column(name = "ingested_at", nullable = false)
  public Instant ingestedAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  public PublicationDate publication() {
    return new PublicationDate(publishedDate, publishedInstant, publishedGranularity, publishedOrigin);
  }
}
