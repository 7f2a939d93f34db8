-- Articles as stored: the cleaned text is the one every offset in Annals refers to.
CREATE TABLE article (
    id                        UUID PRIMARY KEY,
    title                     TEXT,
    text                      TEXT         NOT NULL,
    url                       TEXT,
    source                    TEXT,
    submitted_as              VARCHAR(16)  NOT NULL,
    language                  VARCHAR(16)  NOT NULL,
    language_origin           VARCHAR(16)  NOT NULL,
    language_confidence       DOUBLE PRECISION,
    word_count                INTEGER      NOT NULL,
    published_date            DATE,
    published_instant         TIMESTAMPTZ,
    published_granularity     VARCHAR(8)   NOT NULL,
    published_origin          VARCHAR(16)  NOT NULL,
    content_hash              CHAR(64)     NOT NULL UNIQUE,
    minhash                   BYTEA,
    near_duplicate_of         UUID REFERENCES article (id) ON DELETE SET NULL,
    near_duplicate_similarity DOUBLE PRECISION,
    status                    VARCHAR(32)  NOT NULL,
    ingested_at               TIMESTAMPTZ  NOT NULL,
    updated_at                TIMESTAMPTZ  NOT NULL,
    search_vector             TSVECTOR GENERATED ALWAYS AS (
        to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || text)) STORED
);

CREATE INDEX article_listing_idx ON article (ingested_at DESC, id DESC);
CREATE INDEX article_source_idx ON article (lower(source));
CREATE INDEX article_published_idx ON article (published_date);
CREATE INDEX article_status_idx ON article (status);
CREATE INDEX article_search_idx ON article USING GIN (search_vector);

-- LSH bands of each article's MinHash signature: equal keys make near-duplicate candidates.
CREATE TABLE article_band (
    article_id UUID     NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    band       SMALLINT NOT NULL,
    band_key   BIGINT   NOT NULL,
    PRIMARY KEY (article_id, band)
);
CREATE INDEX article_band_key_idx ON article_band (band, band_key);

-- Where each article is in each pipeline step.
CREATE TABLE article_step (
    id          BIGSERIAL PRIMARY KEY,
    article_id  UUID        NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    step        VARCHAR(16) NOT NULL,
    status      VARCHAR(16) NOT NULL,
    attempts    INTEGER     NOT NULL DEFAULT 0,
    last_error  TEXT,
    result      TEXT,
    updated_at  TIMESTAMPTZ NOT NULL,
    UNIQUE (article_id, step)
);

-- The outbox: written in the transaction that stores or deletes an article, drained by the
-- dispatcher. No foreign key: a DELETE task outlives its article.
CREATE TABLE pipeline_task (
    id              BIGSERIAL PRIMARY KEY,
    article_id      UUID        NOT NULL,
    kind            VARCHAR(16) NOT NULL,
    request_id      VARCHAR(128),
    tries           INTEGER     NOT NULL DEFAULT 0,
    failures        INTEGER     NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    lease_until     TIMESTAMPTZ,
    last_error      TEXT,
    mentions        JSONB,
    created_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX pipeline_task_due_idx ON pipeline_task (next_attempt_at, id);
CREATE INDEX pipeline_task_article_idx ON pipeline_task (article_id, id);
