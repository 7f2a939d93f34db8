-- Articles known to timeline-service, with what it was told of their date.
CREATE TABLE article (
    id                    UUID PRIMARY KEY,
    title                 TEXT,
    source                TEXT,
    published_date        DATE,
    published_granularity VARCHAR(8)  NOT NULL,
    analysed_at           TIMESTAMPTZ NOT NULL
);

-- The time expressions of each article: offsets into its stored text, TIMEX3 type and value, anchoring.
CREATE TABLE timex (
    id           BIGSERIAL PRIMARY KEY,
    article_id   UUID        NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    start_offset INTEGER     NOT NULL,
    end_offset   INTEGER     NOT NULL,
    text         TEXT        NOT NULL,
    type         VARCHAR(16) NOT NULL,
    value        TEXT,
    anchoring    VARCHAR(24) NOT NULL
);
CREATE INDEX timex_article_idx ON timex (article_id, start_offset);
