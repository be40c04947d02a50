-- When a lasting relation holds. Structural relations (member of, ally of, leader of,
-- part of, located in, …) are states: a dated, asserted or reported fact opens one, and it
-- stays open until a later negated fact of the same relation closes it. Every other
-- predicate is a point event and is alive only around its date (see `entente snapshot`).
-- Computed from the facts rather than stored, so it can never drift from them.
-- Shipped: never edit this file; add 0004_… instead.

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
    FROM fact AS f
    JOIN predicate AS p ON p.name = f.predicate
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
