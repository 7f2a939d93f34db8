-- Undated articles are analysed again once one of their events places them in time: keep what that needs.
ALTER TABLE article ADD COLUMN text TEXT;
ALTER TABLE article ADD COLUMN mentions TEXT;
-- The day an undated article is taken to be from, and the event whose dated report placed it there.
ALTER TABLE article ADD COLUMN placed_date DATE;
ALTER TABLE article ADD COLUMN placed_by_event UUID;

-- Related events: shared participants or places, close in time.
CREATE TABLE story (
    id          UUID PRIMARY KEY,
    title       TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);

-- One real-world event, with what its evidence says of it (recomputed whenever its evidence changes).
CREATE TABLE event (
    id                 UUID PRIMARY KEY,
    kind               VARCHAR(32) NOT NULL,
    cameo              VARCHAR(8),
    summary            TEXT        NOT NULL,
    date_value         TEXT,
    date_start         DATE,
    date_end           DATE,
    date_granularity   VARCHAR(16) NOT NULL,
    date_origin        VARCHAR(24) NOT NULL,
    certainty          VARCHAR(16) NOT NULL,
    location_entity_id UUID,
    location_name      TEXT,
    story_id           UUID REFERENCES story (id) ON DELETE SET NULL,
    source_count       INTEGER     NOT NULL,
    article_count      INTEGER     NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL,
    updated_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX event_date_idx ON event (date_start, id);
CREATE INDEX event_kind_idx ON event (kind, date_start);
CREATE INDEX event_story_idx ON event (story_id);

-- A mention of an event in one article: the evidence, with what that source claims.
CREATE TABLE event_mention (
    id                 BIGSERIAL PRIMARY KEY,
    event_id           UUID        NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    article_id         UUID        NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    kind               VARCHAR(32) NOT NULL,
    trigger_start      INTEGER     NOT NULL,
    trigger_end        INTEGER     NOT NULL,
    trigger_text       TEXT        NOT NULL,
    sentence_start     INTEGER     NOT NULL,
    sentence_end       INTEGER     NOT NULL,
    sentence           TEXT        NOT NULL,
    certainty          VARCHAR(16) NOT NULL,
    claimant_entity_id UUID,
    claimant_name      TEXT,
    outlet             TEXT,
    date_text          TEXT,
    date_value         TEXT,
    date_start         DATE,
    date_end           DATE,
    date_granularity   VARCHAR(16) NOT NULL,
    date_origin        VARCHAR(24) NOT NULL,
    location_entity_id UUID,
    location_name      TEXT,
    location_within    TEXT,
    about_event_id     UUID
);
CREATE INDEX event_mention_event_idx ON event_mention (event_id);
CREATE INDEX event_mention_article_idx ON event_mention (article_id);

-- Who took part in an event according to one mention, in which role, and how surely.
CREATE TABLE event_participant (
    id          BIGSERIAL PRIMARY KEY,
    mention_id  BIGINT      NOT NULL REFERENCES event_mention (id) ON DELETE CASCADE,
    event_id    UUID        NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    entity_id   UUID        NOT NULL,
    entity_name TEXT        NOT NULL,
    entity_type VARCHAR(32),
    -- What the entity is part of (comma-separated ids): the Pentagon is part of the United States.
    entity_within TEXT,
    role        VARCHAR(16) NOT NULL,
    certainty   VARCHAR(16) NOT NULL
);
CREATE INDEX event_participant_entity_idx ON event_participant (entity_id, event_id);
CREATE INDEX event_participant_event_idx ON event_participant (event_id);
