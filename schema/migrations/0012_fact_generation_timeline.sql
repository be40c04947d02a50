-- The adjacency index file (see 0009) now also holds what a dyad timeline reads from each fact: its
-- Goldstein score (its own, else its predicate's), its source (its article's publisher, else the
-- article's content hash) and its modality. A change to any of those to a fact already stored must
-- make the file stale, as 0009's triggers do for the columns a search follows. Entente itself never
-- changes these columns; the triggers keep the file honest against a plain sqlite3 session too.
-- Shipped: never edit this file; add 0013_… instead.

CREATE TRIGGER fact_generation_on_timeline_columns
AFTER UPDATE OF goldstein, article_id ON fact
BEGIN
    UPDATE fact_generation SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER fact_generation_on_predicate_goldstein
AFTER UPDATE OF goldstein ON predicate
BEGIN
    UPDATE fact_generation SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER fact_generation_on_article_source
AFTER UPDATE OF source, content_hash ON article
BEGIN
    UPDATE fact_generation SET generation = generation + 1 WHERE id = 1;
END;
