-- Canonical entities: from the knowledge base (kb_id set) or discovered in articles.
CREATE TABLE entity (
    id          UUID PRIMARY KEY,
    kb_id       TEXT UNIQUE,
    name        TEXT        NOT NULL,
    type        VARCHAR(32) NOT NULL,
    kind        VARCHAR(32),
    wikidata    VARCHAR(32),
    iso         VARCHAR(8),
    part_of     UUID REFERENCES entity (id) ON DELETE SET NULL,
    -- false for a bare surname: it never joins another article's entity by name alone
    matchable   BOOLEAN     NOT NULL DEFAULT TRUE,
    merged_into UUID REFERENCES entity (id),
    origin      VARCHAR(16) NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX entity_type_idx ON entity (type);
CREATE INDEX entity_lower_name_idx ON entity (lower(name));

-- Names an entity goes by: its name, aliases, demonyms, descriptive phrases, roles.
CREATE TABLE entity_alias (
    id         BIGSERIAL PRIMARY KEY,
    entity_id  UUID        NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    alias      TEXT        NOT NULL,
    normalized TEXT        NOT NULL,
    kind       VARCHAR(16) NOT NULL,
    origin     VARCHAR(16) NOT NULL,
    UNIQUE (entity_id, normalized, kind)
);
CREATE INDEX entity_alias_normalized_idx ON entity_alias (normalized);

CREATE TABLE analysed_article (
    id            UUID PRIMARY KEY,
    language      VARCHAR(16),
    mention_count INTEGER     NOT NULL,
    analysed_at   TIMESTAMPTZ NOT NULL
);

CREATE TABLE mention (
    id             BIGSERIAL PRIMARY KEY,
    article_id     UUID             NOT NULL REFERENCES analysed_article (id) ON DELETE CASCADE,
    entity_id      UUID             NOT NULL REFERENCES entity (id),
    start_offset   INTEGER          NOT NULL,
    end_offset     INTEGER          NOT NULL,
    text           TEXT             NOT NULL,
    sentence_index INTEGER          NOT NULL,
    sentence_start INTEGER          NOT NULL,
    sentence_end   INTEGER          NOT NULL,
    sentence       TEXT             NOT NULL,
    resolution     VARCHAR(16)      NOT NULL,
    confidence     DOUBLE PRECISION NOT NULL,
    ner_type       VARCHAR(32),
    role           TEXT
);
CREATE INDEX mention_entity_idx ON mention (entity_id, article_id);
CREATE INDEX mention_article_idx ON mention (article_id);

-- Every administrative change to an entity: who, when, what.
CREATE TABLE entity_change (
    id         BIGSERIAL PRIMARY KEY,
    entity_id  UUID        NOT NULL,
    action     VARCHAR(32) NOT NULL,
    detail     TEXT        NOT NULL,
    actor      TEXT        NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX entity_change_entity_idx ON entity_change (entity_id);

CREATE TABLE kb_state (
    singleton BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    version   TEXT        NOT NULL,
    loaded_at TIMESTAMPTZ NOT NULL
);
