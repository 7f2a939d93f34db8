-- entity-service now answers its annotation of the article with the mentions (issue 15): the task keeps
-- the whole answer, so that a retry of the timeline step does not read the article again.
ALTER TABLE pipeline_task RENAME COLUMN mentions TO entity_analysis;
