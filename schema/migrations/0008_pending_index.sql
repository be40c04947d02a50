-- Indexes a bulk import dropped to load faster and has not rebuilt yet: the import writes a row here
-- in the transaction that drops an index, and deletes it in the one that creates the index again.
-- A row left behind (the import was killed) is rebuilt by the next writable open or import, so a
-- database is never left without its indexes.
-- Shipped: never edit this file; add 0009_… instead.

CREATE TABLE pending_index (
    name       TEXT PRIMARY KEY NOT NULL CHECK (length(name) > 0),
    -- The index's own CREATE INDEX statement, as sqlite_master had it when it was dropped.
    sql        TEXT NOT NULL CHECK (sql LIKE 'CREATE INDEX %'),
    dropped_at TEXT NOT NULL
) WITHOUT ROWID;
