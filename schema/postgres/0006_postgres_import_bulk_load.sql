-- A large import into an empty or small graph (entente import gdelt or icews) drops the fact
-- table's secondary indexes and foreign keys once, before its first batch, and makes them again
-- once, after its last: the way SQLite's bulk import drops its fact indexes (SQLite's migration
-- 0008, pending_index). Migrations 0004 and 0005 did it inside each batch, so every batch of an
-- import rebuilt the indexes of what the batches before it had stored.
--
-- Each batch is still its own transaction (a killed import leaves whole batches only) and an
-- event is still stored once (event_id keeps its primary key). What an import has dropped is
-- written in entente_pending_rebuild in the transaction that drops it, so a database whose
-- importer was killed says so, and the next writable open (or import) makes them again: the
-- importer holds a session advisory lock (shared, for this schema) while it runs, so an opener
-- that can take that lock exclusively knows no import is still loading.
--
-- Without the foreign keys a batch checks the entities and articles it refers to itself (see
-- PostgresEventWriter); making the keys again at the end checks every row.
--
-- fact_by_article goes, as SQLite's 0013 dropped it: no statement of the store reads it (every
-- query reaches a fact's article from the fact; nothing deletes articles), and it was one index
-- more to keep on every insert and to rebuild after a bulk import.
-- Shipped: never edit this file; add 0007_postgres_… instead.
DROP INDEX fact_by_article;

CREATE TABLE entente_pending_rebuild (
    position   serial PRIMARY KEY,
    name       text COLLATE "C" NOT NULL UNIQUE,
    -- The index's or key's own definition, as the catalog gave it when it was dropped.
    statement  text NOT NULL CHECK (statement LIKE 'CREATE INDEX %' OR statement LIKE 'ALTER TABLE fact ADD CONSTRAINT %'),
    dropped_at timestamptz NOT NULL DEFAULT now()
);

-- Drops the fact table's secondary indexes and foreign keys and records them, in the caller's
-- transaction; returns the names pending afterwards (those an earlier import left as well), or
-- NULL when the tables could not be had (a reader held them for five seconds): the import then
-- goes batch by batch as before. The locks are 0004's, taken 0004's way, by a function of their own
-- that later migrations can call (0004 and 0005, shipped, keep their own copies of the loop).
CREATE FUNCTION entente_lock_graph_tables() RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
    waited text := current_setting('lock_timeout');
    locked boolean := false;
BEGIN
    PERFORM set_config('lock_timeout', '100ms', true);
    FOR attempt IN 1 .. 50 LOOP
        BEGIN
            LOCK TABLE entity, predicate, article, fact IN ACCESS EXCLUSIVE MODE;
            locked := true;
            EXIT;
        EXCEPTION WHEN lock_not_available THEN
            PERFORM pg_sleep(random() / 20);
        END;
    END LOOP;
    PERFORM set_config('lock_timeout', waited, true);
    RETURN locked;
END
$$;

CREATE FUNCTION entente_fact_bulk_unindex() RETURNS text[] LANGUAGE plpgsql AS $$
DECLARE
    d record;
BEGIN
    IF NOT entente_lock_graph_tables() THEN
        RETURN NULL;
    END IF;
    FOR d IN SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
             FROM pg_index AS i WHERE i.indrelid = 'fact'::regclass AND NOT i.indisprimary ORDER BY i.indexrelid LOOP
        -- The catalog writes a partitioned table's index ON ONLY the table; made again, it must
        -- be made on every partition as well.
        INSERT INTO entente_pending_rebuild (name, statement) VALUES (d.name, replace(d.definition, ' ON ONLY ', ' ON '))
        ON CONFLICT (name) DO NOTHING;
        EXECUTE format('DROP INDEX %s', d.name);
    END LOOP;
    FOR d IN SELECT c.conname::text AS name, pg_get_constraintdef(c.oid) AS definition
             FROM pg_constraint AS c WHERE c.conrelid = 'fact'::regclass AND c.contype = 'f' ORDER BY c.oid LOOP
        INSERT INTO entente_pending_rebuild (name, statement)
        VALUES (d.name, format('ALTER TABLE fact ADD CONSTRAINT %I %s', d.name, d.definition))
        ON CONFLICT (name) DO NOTHING;
        EXECUTE format('ALTER TABLE fact DROP CONSTRAINT %I', d.name);
    END LOOP;
    RETURN ARRAY(SELECT name FROM entente_pending_rebuild ORDER BY position);
END
$$;

-- Makes again, in the caller's transaction, what entente_fact_bulk_unindex dropped, indexes
-- first (the keys' checks then read them), and strikes each off; returns their names. The fact
-- table is taken first, so writers wait for the rebuild rather than deadlock with it; readers
-- go on. A name made meanwhile (by hand) is only struck off.
CREATE FUNCTION entente_fact_bulk_reindex() RETURNS text[] LANGUAGE plpgsql AS $$
DECLARE
    d record;
    made text[] := ARRAY[]::text[];
BEGIN
    LOCK TABLE fact IN SHARE ROW EXCLUSIVE MODE;
    FOR d IN SELECT position, name, statement FROM entente_pending_rebuild ORDER BY position FOR UPDATE LOOP
        IF to_regclass(d.name) IS NULL AND NOT EXISTS (
            SELECT FROM pg_constraint AS c WHERE c.conrelid = 'fact'::regclass AND c.conname = d.name) THEN
            EXECUTE d.statement;
            made := made || d.name;
        END IF;
        DELETE FROM entente_pending_rebuild WHERE position = d.position;
    END LOOP;
    RETURN made;
END
$$;
