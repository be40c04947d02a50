-- Coded event data (GDELT, ICEWS) beside extracted facts: each imported event keeps the id
-- its dataset gives it, so importing a file twice adds nothing; the place where it happened;
-- and GDELT's counts of the coverage it had.
-- Shipped: never edit this file; add 0005_… instead.

ALTER TABLE fact ADD COLUMN external_id TEXT CHECK (external_id IS NULL OR length(external_id) > 0);
ALTER TABLE fact ADD COLUMN place_id INTEGER REFERENCES entity(id);
ALTER TABLE fact ADD COLUMN num_mentions INTEGER CHECK (num_mentions IS NULL OR num_mentions >= 0);
ALTER TABLE fact ADD COLUMN num_sources INTEGER CHECK (num_sources IS NULL OR num_sources >= 0);
ALTER TABLE fact ADD COLUMN num_articles INTEGER CHECK (num_articles IS NULL OR num_articles >= 0);

CREATE UNIQUE INDEX fact_by_external_id ON fact(external_id) WHERE external_id IS NOT NULL;
CREATE INDEX fact_by_place ON fact(place_id) WHERE place_id IS NOT NULL;
