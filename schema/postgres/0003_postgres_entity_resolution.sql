-- Finds or creates the entities a batch names, in one call: the rules of SQLite's
-- `GraphWriter.existingID`, in their order, applied to each entity in turn (so an entity the
-- batch created is found by the ones after it), then the entity's codes it lacked and its
-- aliases. One round trip for a batch, where a statement per rule took several per new name.
-- The arrays run in parallel, one element per entity ('' for an absent code or coordinate);
-- an entity's aliases are alias_count[i] keys and texts from alias_first[i] (from 1) of
-- alias_keys and alias_texts, in the order they are added.
-- Returns one row per entity, in order: its id and whether this call created it.
-- Two writers creating the same new names (or articles) in different orders would each wait for
-- a row the other inserted (a deadlock): an advisory lock, held to the end of the transaction,
-- lets one writer at a time create them; the other waits for its commit, then finds them. The
-- writers take it themselves first thing (after the fact table's lock); here it is taken again
-- for any caller that did not.
-- Shipped: never edit this file; add 0004_postgres_… instead.
CREATE FUNCTION entente_resolve_entities(
    kinds text[], types text[], names text[], name_keys text[], iso3s text[], cameos text[],
    latitudes text[], longitudes text[], alias_first integer[], alias_count integer[], alias_keys text[], alias_texts text[]
) RETURNS TABLE (resolved_id bigint, created boolean) LANGUAGE plpgsql AS $$
DECLARE
    i integer;
    wanted_kind text;
    wanted_key text;
    code text;
    found_id bigint;
    found_type text;
    matches integer;
BEGIN
    IF coalesce(array_length(kinds, 1), 0) > 0 THEN
        PERFORM pg_advisory_xact_lock(hashtext('entente_new_rows'));
    END IF;
    FOR i IN 1 .. coalesce(array_length(kinds, 1), 0) LOOP
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
        resolved_id := found_id;
        RETURN NEXT;
    END LOOP;
END
$$;
