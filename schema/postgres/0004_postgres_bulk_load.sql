-- A batch imported into an empty or small fact table is faster loaded without the fact table's
-- secondary indexes and foreign keys, then indexed and checked once, set-based, than entering
-- each row into nine indexes and checking it against five keys one row at a time. These two
-- functions run inside the batch's transaction, so the table is never seen without them: the
-- first takes the fact table and the tables its keys refer to for itself (ACCESS EXCLUSIVE, which
-- dropping a key needs on both ends: other writers and readers wait for the batch), notes each
-- index's and key's definition as the catalog gives it and drops them; the second makes them
-- again from those notes, which checks every row against each key. A batch that fails or an
-- importer killed midway rolls back the drops with everything else.
--
-- A reader holds its tables' locks in whatever order its plan opened them, so the first function
-- waits for the four tables a tenth of a second at a time, holding none of them between tries,
-- rather than hold one while a reader holds another (a deadlock); after 50 tries it gives up and
-- returns false, and the batch is loaded row by row.
-- Shipped: never edit this file; add 0005_postgres_… instead.
CREATE FUNCTION entente_fact_unindex() RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
    d record;
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
            -- The tables locked before the one that timed out are released with the attempt.
            PERFORM pg_sleep(random() / 20);
        END;
    END LOOP;
    PERFORM set_config('lock_timeout', waited, true);
    IF NOT locked THEN
        RETURN false;
    END IF;
    CREATE TEMPORARY TABLE entente_fact_rebuild (position serial, statement text NOT NULL) ON COMMIT DROP;
    FOR d IN SELECT i.indexrelid::regclass AS name, pg_get_indexdef(i.indexrelid) AS definition
             FROM pg_index AS i WHERE i.indrelid = 'fact'::regclass AND NOT i.indisprimary ORDER BY i.indexrelid LOOP
        -- The catalog writes a partitioned table's index ON ONLY the table; made again, it must
        -- be made on every partition as well.
        INSERT INTO entente_fact_rebuild (statement) VALUES (replace(d.definition, ' ON ONLY ', ' ON '));
        EXECUTE format('DROP INDEX %s', d.name);
    END LOOP;
    FOR d IN SELECT c.conname, pg_get_constraintdef(c.oid) AS definition
             FROM pg_constraint AS c WHERE c.conrelid = 'fact'::regclass AND c.contype = 'f' ORDER BY c.oid LOOP
        INSERT INTO entente_fact_rebuild (statement) VALUES (format('ALTER TABLE fact ADD CONSTRAINT %I %s', d.conname, d.definition));
        EXECUTE format('ALTER TABLE fact DROP CONSTRAINT %I', d.conname);
    END LOOP;
    RETURN true;
END
$$;

CREATE FUNCTION entente_fact_reindex() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    d record;
BEGIN
    FOR d IN SELECT statement FROM entente_fact_rebuild ORDER BY position LOOP
        EXECUTE d.statement;
    END LOOP;
    DROP TABLE entente_fact_rebuild;
END
$$;
