-- Facts between two given entities (a dyad), in either direction, by date:
-- timelines and MATCH patterns whose two ends are named look them up here.
CREATE INDEX fact_by_pair ON fact(subject_id, object_id, date_start);
