-- An entity's timeline reads the events it took part in and the events placed in it; without this
-- index the second half read every event.
CREATE INDEX event_location_idx ON event (location_entity_id);
