-- A bulk batch (migration 0004) rebuilt the indexes and keys of the whole fact table, every
-- partition of it, however few of them it wrote into: with batches of 50,000 into a table of
-- 150,000 it indexed 200,000 rows for 50,000 new ones. These two functions take out of the fact
-- table only the partitions a batch writes into: the first detaches each (its indexes and keys
-- then belong to it alone), drops its secondary indexes and foreign keys, and notes how to attach
-- it again; the second attaches them again, which makes each index of the fact table on the
-- partition from its rows at once, checks the partition's rows against each foreign key in one
-- join, and checks that they lie in the partition's years. Both run inside the batch's transaction,
-- as 0004's do: a batch that fails or an importer killed midway rolls back the detaching and the
-- drops with everything else, so no one ever sees a partition detached or without its indexes.
--
-- The locks are 0004's (detaching needs the fact table for itself, dropping a key both of its
-- ends), taken the same way: a tenth of a second at a time, none held between tries, and after
-- 50 tries the function returns false and the batch is loaded row by row. The partitions are
-- named from their years, numbers, as entente_fact_partition names them.
-- Shipped: never edit this file; add 0006_postgres_… instead.
CREATE FUNCTION entente_fact_partitions_unindex(years integer[]) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
    d record;
    year integer;
    part regclass;
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
    CREATE TEMPORARY TABLE entente_partition_rebuild (position serial, statement text NOT NULL) ON COMMIT DROP;
    FOR year IN SELECT DISTINCT y FROM unnest(years) AS y ORDER BY y LOOP
        IF year < 0 OR year > 9999 THEN
            RAISE EXCEPTION 'no fact partition for the year %', year;
        END IF;
        part := to_regclass(CASE WHEN year = 0 THEN 'fact_undated' ELSE format('fact_y%s', lpad(year::text, 4, '0')) END);
        -- Only a partition of the fact table (made by entente_fact_partition) is taken out.
        CONTINUE WHEN part IS NULL OR NOT EXISTS (SELECT FROM pg_inherits AS i WHERE i.inhrelid = part AND i.inhparent = 'fact'::regclass);
        INSERT INTO entente_partition_rebuild (statement)
        SELECT format('ALTER TABLE fact ATTACH PARTITION %s %s', part, pg_get_expr(c.relpartbound, c.oid)) FROM pg_class AS c WHERE c.oid = part;
        EXECUTE format('ALTER TABLE fact DETACH PARTITION %s', part);
        FOR d IN SELECT i.indexrelid::regclass AS name FROM pg_index AS i WHERE i.indrelid = part AND NOT i.indisprimary ORDER BY i.indexrelid LOOP
            EXECUTE format('DROP INDEX %s', d.name);
        END LOOP;
        FOR d IN SELECT c.conname FROM pg_constraint AS c WHERE c.conrelid = part AND c.contype = 'f' ORDER BY c.oid LOOP
            EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', part, d.conname);
        END LOOP;
    END LOOP;
    RETURN true;
END
$$;

CREATE FUNCTION entente_fact_partitions_reindex() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    d record;
BEGIN
    FOR d IN SELECT statement FROM entente_partition_rebuild ORDER BY position LOOP
        EXECUTE d.statement;
    END LOOP;
    DROP TABLE entente_partition_rebuild;
END
$$;
