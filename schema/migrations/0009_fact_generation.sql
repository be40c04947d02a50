-- What a copy of the facts kept outside the database (the adjacency index file beside it) checks
-- before it is trusted: a random identity given to each database once, and a generation that every
-- change to a fact already stored bumps. Appended facts do not bump it: a copy that knows the highest
-- fact id it holds reads those few from the database instead, and a rowid is never reused without a
-- DELETE first (which bumps the generation). Triggers rather than application code, so that every
-- writing path, an entente command or a plain sqlite3 session, keeps it.
-- Shipped: never edit this file; add 0010_… instead.

CREATE TABLE fact_generation (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    identity   BLOB NOT NULL CHECK (length(identity) = 8),
    generation INTEGER NOT NULL CHECK (generation >= 0)
);
INSERT INTO fact_generation (id, identity, generation) VALUES (1, randomblob(8), 0);

-- Only the columns an adjacency index holds: a fact's ends, predicate, dates, negation and modality.
CREATE TRIGGER fact_generation_on_update
AFTER UPDATE OF subject_id, object_id, predicate, date_start, date_end, negated, modality ON fact
BEGIN
    UPDATE fact_generation SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER fact_generation_on_delete
AFTER DELETE ON fact
BEGIN
    UPDATE fact_generation SET generation = generation + 1 WHERE id = 1;
END;

-- A predicate's class decides which searches follow its facts.
CREATE TRIGGER fact_generation_on_predicate_class
AFTER UPDATE OF class ON predicate
BEGIN
    UPDATE fact_generation SET generation = generation + 1 WHERE id = 1;
END;
