-- Migration 0003's entente_resolve_entities, the same rules in the same order, with one step
-- before them: one set-based statement finds the batch's entities that no rule can find (no
-- stored entity, merged name or alias has their key, no stored entity their country code, and no
-- entity before them in the batch has their key as a name or alias, or their code), and each run
-- of such entities (in the batch's order) is created without the six lookups, by one INSERT of
-- the entities and one of their aliases, their ids drawn in the batch's order as before. An import into an empty graph is almost all such entities,
-- and the lookups were its slowest part: planned when the tables were empty (a batch's first
-- rows), they went on scanning them as the batch filled them, which made a batch's resolution
-- grow with the square of its new names (10,000 new actors took 9 to 10 s; measured in
-- Benchmarks/README.md, "Fourth round").
-- Shipped: never edit this file; add 0008_postgres_… instead.
CREATE OR REPLACE FUNCTION entente_resolve_entities(
    kinds text[], types text[], names text[], name_keys text[], iso3s text[], cameos text[],
    latitudes text[], longitudes text[], alias_first integer[], alias_count integer[], alias_keys text[], alias_texts text[]
) RETURNS TABLE (resolved_id bigint, created boolean) LANGUAGE plpgsql AS $$
DECLARE
    total integer := coalesce(array_length(kinds, 1), 0);
    i integer;
    run_end integer;
    alias_low integer;
    alias_high integer;
    inserted_row record;
    wanted_kind text;
    wanted_key text;
    code text;
    found_id bigint;
    found_type text;
    matches integer;
    -- Whether an entity may be found by one of the rules; those that cannot are created at once.
    needs_rules boolean[] := array_fill(false, ARRAY[total]);
    -- Each entity's id and whether this call created it, returned in order at the end.
    ids bigint[] := array_fill(NULL::bigint, ARRAY[total]);
    made boolean[] := array_fill(false, ARRAY[total]);
BEGIN
    IF total > 0 THEN
        PERFORM pg_advisory_xact_lock(hashtext('entente_new_rows'));
    END IF;
    -- Every rule looks a name up by its key (among names, merged names and aliases) or a country
    -- code among the stored entities': one whose key and code no stored entity has, and no entity
    -- before it in the batch has (as name, alias or code, which that one may give an entity), is
    -- found by none of them. Under the advisory lock no other writer adds names meanwhile.
    FOR i IN
        -- The arrays are read by unnest, in one pass each: a subscript in a statement reads its
        -- array from the start, which made this step grow with the square of the batch.
        WITH b AS (
            SELECT u.slot::integer AS slot, u.folded, nullif(u.country, '') AS country
            FROM unnest(name_keys, iso3s) WITH ORDINALITY AS u(folded, country, slot)
        ), owners AS (
            SELECT o.slot::integer AS slot, generate_series(o.first, o.first + o.count - 1) AS position
            FROM unnest(alias_first, alias_count) WITH ORDINALITY AS o(first, count, slot)
        ), named AS (
            SELECT b.slot, b.folded FROM b
            UNION ALL
            SELECT w.slot, k.folded FROM owners AS w JOIN unnest(alias_keys) WITH ORDINALITY AS k(folded, position) ON k.position = w.position
        ), first_named AS (
            SELECT n.folded, min(n.slot) AS slot FROM named AS n GROUP BY n.folded
        ), first_coded AS (
            SELECT b.country, min(b.slot) AS slot FROM b WHERE b.country IS NOT NULL GROUP BY b.country
        )
        -- Joins, not correlated subqueries: a batch's own names are matched by hashing, once.
        SELECT b.slot FROM b
        LEFT JOIN first_named AS f ON f.folded = b.folded
        LEFT JOIN first_coded AS c ON c.country = b.country
        WHERE f.slot < b.slot OR c.slot < b.slot
           OR EXISTS (SELECT FROM entity AS e WHERE e.kind = ANY(ARRAY['actor', 'place', 'organisation']) AND e.name_key = b.folded)
           OR EXISTS (SELECT FROM entity_merge AS m WHERE m.kind = ANY(ARRAY['actor', 'place', 'organisation']) AND m.name_key = b.folded)
           OR EXISTS (SELECT FROM alias AS a WHERE a.key = b.folded)
           OR EXISTS (SELECT FROM entity AS e WHERE e.iso3 = b.country)
    LOOP
        needs_rules[i] := true;
    END LOOP;
    i := 1;
    WHILE i <= total LOOP
        IF NOT needs_rules[i] AND ids[i] IS NULL THEN
            -- The run of entities from here that no rule can find: created in one statement, in
            -- order, then their aliases in another.
            run_end := i;
            WHILE run_end < total AND NOT needs_rules[run_end + 1] LOOP
                run_end := run_end + 1;
            END LOOP;
            FOR inserted_row IN
                WITH run AS (
                    SELECT i - 1 + r.position::integer AS slot, r.kind, r.type, r.name, r.name_key, r.iso3, r.cameo, r.latitude, r.longitude
                    FROM unnest(kinds[i:run_end], types[i:run_end], names[i:run_end], name_keys[i:run_end], iso3s[i:run_end],
                                cameos[i:run_end], latitudes[i:run_end], longitudes[i:run_end])
                         WITH ORDINALITY AS r(kind, type, name, name_key, iso3, cameo, latitude, longitude, position)
                ), inserted AS (
                    INSERT INTO entity (kind, type, name, name_key, iso3, cameo, latitude, longitude)
                    SELECT r.kind, r.type, r.name, r.name_key, nullif(r.iso3, ''), nullif(r.cameo, ''),
                           nullif(r.latitude, '')::double precision, nullif(r.longitude, '')::double precision
                    FROM run AS r ORDER BY r.slot
                    ON CONFLICT (kind, name_key) DO NOTHING RETURNING id, kind, name_key
                )
                SELECT r.slot, n.id FROM run AS r JOIN inserted AS n ON n.kind = r.kind AND n.name_key = r.name_key
            LOOP
                ids[inserted_row.slot] := inserted_row.id;
                made[inserted_row.slot] := true;
            END LOOP;
            -- Another process may create the same entity at once: the unique (kind, name_key) decides.
            FOR s IN i .. run_end LOOP
                IF ids[s] IS NULL THEN
                    SELECT e.id INTO found_id FROM entity AS e WHERE e.kind = kinds[s] AND e.name_key = name_keys[s];
                    ids[s] := found_id;
                END IF;
            END LOOP;
            -- Each entity's aliases in order: the first text of a key stays. The run's aliases lie
            -- together in the alias arrays, from its first entity's first to its last's last.
            alias_low := alias_first[i];
            alias_high := alias_first[run_end] + alias_count[run_end] - 1;
            INSERT INTO alias (key, entity_id, text)
            SELECT k.key, w.id, k.text
            FROM (SELECT e.position, e.id, generate_series(e.first, e.first + e.count - 1) AS alias_position
                  FROM unnest(alias_first[i:run_end], alias_count[i:run_end], ids[i:run_end]) WITH ORDINALITY AS e(first, count, id, position)) AS w
            JOIN (SELECT alias_low - 1 + a.position AS alias_position, a.key, a.text
                  FROM unnest(alias_keys[alias_low:alias_high], alias_texts[alias_low:alias_high]) WITH ORDINALITY AS a(key, text, position)) AS k
              ON k.alias_position = w.alias_position
            ORDER BY w.position, w.alias_position
            ON CONFLICT DO NOTHING;
            i := run_end + 1;
            CONTINUE;
        END IF;
        wanted_kind := kinds[i];
        wanted_key := name_keys[i];
        code := nullif(iso3s[i], '');
        found_id := NULL;
        created := false;
        -- 1. The same kind and folded name; 2. a name merged into an entity by hand.
        SELECT e.id INTO found_id FROM entity AS e WHERE e.kind = wanted_kind AND e.name_key = wanted_key;
        IF found_id IS NULL THEN
            SELECT m.entity_id INTO found_id FROM entity_merge AS m WHERE m.kind = wanted_kind AND m.name_key = wanted_key;
        END IF;
        -- 3. One entity of the kind that goes by the name.
        IF found_id IS NULL THEN
            SELECT count(*), min(d.id) INTO matches, found_id FROM (
                SELECT DISTINCT e.id FROM alias AS a JOIN entity AS e ON e.id = a.entity_id
                WHERE a.key = wanted_key AND e.kind = wanted_kind LIMIT 2) AS d;
            IF matches <> 1 THEN found_id := NULL; END IF;
        END IF;
        -- 4. The same country code.
        IF found_id IS NULL AND code IS NOT NULL THEN
            SELECT e.id INTO found_id FROM entity AS e WHERE e.kind = wanted_kind AND e.iso3 = code ORDER BY e.id LIMIT 1;
        END IF;
        -- A region or city sharing a state's name is another place (Georgia, the US state).
        IF found_id IS NULL AND NOT (wanted_kind = 'place' AND types[i] <> 'country') THEN
            -- 5. The only entity of another kind by the name; two or more: none.
            SELECT count(*), min(d.id) INTO matches, found_id FROM (
                SELECT e.id FROM entity AS e WHERE e.kind <> wanted_kind AND e.kind = ANY(ARRAY['actor', 'place', 'organisation'])
                AND e.name_key = wanted_key LIMIT 2) AS d;
            IF matches <> 1 THEN found_id := NULL; END IF;
            -- 6. The only entity of another kind (not a place) that goes by the name.
            IF matches = 0 THEN
                SELECT count(*), min(d.id), min(d.type) INTO matches, found_id, found_type FROM (
                    SELECT DISTINCT e.id, e.type FROM alias AS a JOIN entity AS e ON e.id = a.entity_id
                    WHERE a.key = wanted_key AND e.kind <> wanted_kind AND e.kind <> 'place' LIMIT 2) AS d;
                IF matches <> 1 OR (wanted_kind = 'place' AND found_type <> 'state') THEN found_id := NULL; END IF;
            END IF;
        END IF;
        IF found_id IS NOT NULL THEN
            UPDATE entity AS e SET iso3 = coalesce(e.iso3, code), cameo = coalesce(e.cameo, nullif(cameos[i], '')),
                latitude = coalesce(e.latitude, nullif(latitudes[i], '')::double precision),
                longitude = coalesce(e.longitude, nullif(longitudes[i], '')::double precision)
            WHERE e.id = found_id;
        ELSE
            -- Another process may create the same entity at once: the unique (kind, name_key) decides.
            INSERT INTO entity (kind, type, name, name_key, iso3, cameo, latitude, longitude)
            VALUES (wanted_kind, types[i], names[i], wanted_key, code, nullif(cameos[i], ''),
                    nullif(latitudes[i], '')::double precision, nullif(longitudes[i], '')::double precision)
            ON CONFLICT (kind, name_key) DO NOTHING RETURNING id INTO found_id;
            IF found_id IS NOT NULL THEN
                created := true;
            ELSE
                SELECT e.id INTO found_id FROM entity AS e WHERE e.kind = wanted_kind AND e.name_key = wanted_key;
            END IF;
        END IF;
        -- The entity's aliases in order: the first text of a key stays.
        INSERT INTO alias (key, entity_id, text)
        SELECT a.key, found_id, a.text
        FROM unnest(alias_keys[alias_first[i] : alias_first[i] + alias_count[i] - 1],
                    alias_texts[alias_first[i] : alias_first[i] + alias_count[i] - 1]) WITH ORDINALITY AS a(key, text, position)
        ORDER BY a.position
        ON CONFLICT DO NOTHING;
        ids[i] := found_id;
        made[i] := created;
        i := i + 1;
    END LOOP;
    RETURN QUERY SELECT r.id, r.made FROM unnest(ids, made) WITH ORDINALITY AS r(id, made, position) ORDER BY r.position;
END
$$;
