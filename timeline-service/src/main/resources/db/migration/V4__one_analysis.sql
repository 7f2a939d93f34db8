-- One analysis per article (issue 15). timeline-service keeps entity-service's annotation of an article
-- to read it again against the day it is placed on, never the text to parse again; and the resolved
-- mentions as rows, not as JSON read again for every candidate event. Articles analysed before this
-- version keep their events but cannot be placed until they are analysed again.
ALTER TABLE article DROP COLUMN mentions;

-- Apart from the article row, which candidate events load by the hundred: 0.1-0.3 MB each.
CREATE TABLE article_annotation (
    article_id UUID    PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    version    INTEGER NOT NULL,
    data       BYTEA   NOT NULL
);

CREATE TABLE article_mention (
    id            BIGSERIAL PRIMARY KEY,
    article_id    UUID        NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    start_offset  INTEGER     NOT NULL,
    end_offset    INTEGER     NOT NULL,
    text          TEXT        NOT NULL,
    entity_id     UUID        NOT NULL,
    entity_name   TEXT        NOT NULL,
    entity_type   VARCHAR(32) NOT NULL,
    entity_kind   VARCHAR(64),
    entity_within TEXT        NOT NULL DEFAULT ''
);
CREATE INDEX article_mention_article_idx ON article_mention (article_id, start_offset);
CREATE INDEX article_mention_entity_idx ON article_mention (entity_id);

-- Undated articles an event now dates, waiting to be read again from that day: a queue, so that
-- placing one article never runs inside the request that analysed another.
CREATE TABLE placement_task (
    article_id      UUID        PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    placed_date     DATE        NOT NULL,
    placed_by_event UUID        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    lease_until     TIMESTAMPTZ
);
CREATE INDEX placement_task_due_idx ON placement_task (lease_until, created_at);
