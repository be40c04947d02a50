-- Entities merged by hand (`entente merge A B`): the kind and folded name of every entity merged
-- away, and the entity it became, so a later import naming it again finds the one it was merged
-- into instead of splitting it off anew.
-- Shipped: never edit this file; add 0007_… instead.

CREATE TABLE entity_merge (
    kind      TEXT NOT NULL CHECK (kind IN ('actor', 'place', 'organisation')),
    name_key  TEXT NOT NULL CHECK (length(name_key) > 0),
    -- The merged entity's name as it was written, for the record.
    name      TEXT NOT NULL CHECK (length(name) > 0),
    entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    merged_at TEXT NOT NULL,
    PRIMARY KEY (kind, name_key)
) WITHOUT ROWID;
CREATE INDEX entity_merge_by_entity ON entity_merge(entity_id);
