-- Prepares an Entente graph on PostgreSQL for Citus (docs/scale-out.md, "Distributing with Citus").
-- Opt-in: not a migration, `entente migrate` never applies it; run it once, after `entente migrate`
-- and before `create_distributed_table`, on the coordinator:
--
--     PGOPTIONS='-c search_path=graph' psql "postgres://user@coordinator/news" -v ON_ERROR_STOP=1 -f scripts/citus-prepare.sql
--
-- (PGOPTIONS only when the graph lives in a schema of its own, `?schema=graph` in Entente's URL.)
-- It changes no row and is one transaction: all of it or nothing. Running it again changes nothing.
BEGIN;

-- 1. Citus requires a distributed table's unique constraints to hold the distribution column: the
--    fact table, distributed on subject_id, is keyed by (id, start_year, subject_id). The id alone
--    stays unique by its sequence.
DO $$
BEGIN
    IF (SELECT array_agg(a.attname::text ORDER BY k.ordinality)
        FROM pg_constraint AS c
        CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, ordinality)
        JOIN pg_attribute AS a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
        WHERE c.conrelid = 'fact'::regclass AND c.contype = 'p') <> ARRAY['id', 'start_year', 'subject_id'] THEN
        ALTER TABLE fact DROP CONSTRAINT fact_pkey;
        ALTER TABLE fact ADD CONSTRAINT fact_pkey PRIMARY KEY (id, start_year, subject_id);
    END IF;
END
$$;

-- 2. Citus forbids triggers on distributed tables that write other tables: the fact generation is
--    no longer bumped by triggers. Entente's own change of stored facts (`entente merge`) bumps it
--    itself; a change made by other tools is then not seen by the kept statistics, which still
--    compare the highest fact id (so imports are seen).
DROP TRIGGER IF EXISTS fact_generation_on_update ON fact;
DROP TRIGGER IF EXISTS fact_generation_on_delete ON fact;
DROP TRIGGER IF EXISTS fact_generation_on_predicate_class ON predicate;

COMMIT;
