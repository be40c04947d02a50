-- Facts by predicate: the lasting (structural) relations are found without reading every
-- fact, and the validity view is rebuilt to walk from those predicates through this index
-- (CROSS JOIN keeps SQLite to that order even before ANALYZE has run).
-- Shipped: never edit this file; add 0006_… instead.

CREATE INDEX fact_by_predicate ON fact(predicate, subject_id, object_id, date_start);

DROP VIEW relation_validity;

CREATE VIEW relation_validity AS
WITH marked AS (
    SELECT f.id,
           f.subject_id,
           f.predicate,
           f.object_id,
           f.date_start,
           f.negated,
           lag(f.negated) OVER (
               PARTITION BY f.subject_id, f.predicate, f.object_id
               ORDER BY f.date_start, f.negated DESC, f.id
           ) AS previous_negated
    FROM predicate AS p
    CROSS JOIN fact AS f ON f.predicate = p.name
    WHERE p.class = 'structural'
      AND f.date_start IS NOT NULL
      AND f.modality IN ('asserted', 'reported')
)
SELECT m.subject_id,
       m.predicate,
       m.object_id,
       m.id         AS opened_by,
       m.date_start AS valid_from,
       -- The first day it no longer holds; NULL while it still does.
       (SELECT min(c.date_start)
        FROM fact AS c
        WHERE c.subject_id = m.subject_id
          AND c.predicate = m.predicate
          AND c.object_id = m.object_id
          AND c.negated = 1
          AND c.modality IN ('asserted', 'reported')
          AND c.date_start > m.date_start) AS valid_to
FROM marked AS m
WHERE m.negated = 0
  AND (m.previous_negated IS NULL OR m.previous_negated = 1);
