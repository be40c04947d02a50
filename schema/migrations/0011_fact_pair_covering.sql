-- The dyad index of 0002 widened to hold every column a timeline reads from a fact (negation,
-- modality, predicate, Goldstein score, article), so a timeline between two busy entities reads
-- the index alone instead of one table row per fact scattered over the whole file. Its first three
-- columns are 0002's, so every statement that used it still can.
-- Shipped: never edit this file; add 0012_… instead.

DROP INDEX fact_by_pair;
CREATE INDEX fact_by_pair ON fact(subject_id, object_id, date_start, negated, modality, predicate, goldstein, article_id);
