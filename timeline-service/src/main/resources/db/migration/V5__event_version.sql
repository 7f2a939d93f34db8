-- Writers no longer queue on one lock (issue 15): an event reached by two writers through different
-- entities is updated by the first, and the second, seeing another version, writes again.
ALTER TABLE event ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
