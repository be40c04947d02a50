-- The statistics of the fact table that take a scan of it to count (relations, facts by class,
-- negated and undated facts, the date range), kept by the writing commands when they finish, so
-- that `entente stats` reads one row instead of scanning a large graph. A row is used only while
-- `fact_generation` has the identity and generation it was counted under and the highest fact id
-- is the one it counted to; otherwise the statistics are counted again from the facts.
-- Shipped: never edit this file; add 0011_… instead.

CREATE TABLE fact_statistics (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    identity        BLOB NOT NULL,
    generation      INTEGER NOT NULL,
    max_fact_id     INTEGER NOT NULL,
    facts           INTEGER NOT NULL CHECK (facts >= 0),
    negated         INTEGER NOT NULL CHECK (negated >= 0),
    undated         INTEGER NOT NULL CHECK (undated >= 0),
    relations       INTEGER NOT NULL CHECK (relations >= 0),
    predicates_used INTEGER NOT NULL CHECK (predicates_used >= 0),
    first_date      TEXT,
    last_date       TEXT,
    -- Facts by relation class, as a JSON object: {"material-conflict": 120, …}.
    by_class        TEXT NOT NULL CHECK (json_valid(by_class))
);
