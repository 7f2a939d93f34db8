-- Search by name is a prefix match (LIKE 'abc%'); under a non-C collation only a pattern_ops index
-- serves it, and without one every alias was read on each search.
CREATE INDEX entity_alias_prefix_idx ON entity_alias (normalized text_pattern_ops);
