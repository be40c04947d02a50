-- index alias_by_entity on alias
CREATE INDEX alias_by_entity ON alias(entity_id);

-- index article_by_published on article
CREATE INDEX article_by_published ON article(published);

-- index entity_by_cameo on entity
CREATE INDEX entity_by_cameo ON entity(cameo) WHERE cameo IS NOT NULL;

-- index entity_by_iso3 on entity
CREATE INDEX entity_by_iso3 ON entity(iso3) WHERE iso3 IS NOT NULL;

-- index entity_merge_by_entity on entity_merge
CREATE INDEX entity_merge_by_entity ON entity_merge(entity_id);

-- index fact_by_date on fact
CREATE INDEX fact_by_date ON fact(date_start);

-- index fact_by_external_id on fact
CREATE UNIQUE INDEX fact_by_external_id ON fact(external_id) WHERE external_id IS NOT NULL;

-- index fact_by_object on fact
CREATE INDEX fact_by_object ON fact(object_id, predicate, date_start);

-- index fact_by_pair on fact
CREATE INDEX fact_by_pair ON fact(subject_id, object_id, date_start, negated, modality, predicate, goldstein, article_id);

-- index fact_by_place on fact
CREATE INDEX fact_by_place ON fact(place_id) WHERE place_id IS NOT NULL;

-- index fact_by_predicate on fact
CREATE INDEX fact_by_predicate ON fact(predicate, subject_id, object_id, date_start);

-- index fact_by_speaker on fact
CREATE INDEX fact_by_speaker ON fact(speaker_id) WHERE speaker_id IS NOT NULL;

-- index fact_by_subject on fact
CREATE INDEX fact_by_subject ON fact(subject_id, predicate, date_start);

-- table alias on alias
CREATE TABLE alias (
    key       TEXT NOT NULL CHECK (length(key) > 0),
    entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    text      TEXT NOT NULL CHECK (length(text) > 0),
    PRIMARY KEY (key, entity_id)
) WITHOUT ROWID;

-- table article on article
CREATE TABLE article (
    id           INTEGER PRIMARY KEY,
    -- SHA-256 of the article text, lower-case hex: the identity of an article.
    content_hash TEXT NOT NULL UNIQUE CHECK (length(content_hash) = 64 AND content_hash NOT GLOB '*[^0-9a-f]*'),
    origin       TEXT NOT NULL REFERENCES origin(name),
    source       TEXT,
    url          TEXT,
    title        TEXT,
    published    TEXT CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    text         TEXT NOT NULL,
    ingested_at  TEXT NOT NULL
);

-- table entity on entity
CREATE TABLE entity (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL CHECK (kind IN ('actor', 'place', 'organisation')),
    type      TEXT NOT NULL CHECK (length(type) > 0),
    name      TEXT NOT NULL CHECK (length(name) > 0),
    -- The folded canonical name; one entity per kind and folded name.
    name_key  TEXT NOT NULL CHECK (length(name_key) > 0),
    iso3      TEXT CHECK (iso3 IS NULL OR (length(iso3) = 3 AND iso3 NOT GLOB '*[^A-Z]*')),
    cameo     TEXT CHECK (cameo IS NULL OR (length(cameo) BETWEEN 3 AND 15 AND cameo NOT GLOB '*[^A-Z0-9]*')),
    latitude  REAL CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),
    longitude REAL CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),
    CHECK ((latitude IS NULL) = (longitude IS NULL)),
    UNIQUE (kind, name_key)
);

-- table entity_merge on entity_merge
CREATE TABLE entity_merge (
    kind      TEXT NOT NULL CHECK (kind IN ('actor', 'place', 'organisation')),
    name_key  TEXT NOT NULL CHECK (length(name_key) > 0),
    -- The merged entity's name as it was written, for the record.
    name      TEXT NOT NULL CHECK (length(name) > 0),
    entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    merged_at TEXT NOT NULL,
    PRIMARY KEY (kind, name_key)
) WITHOUT ROWID;

-- table fact on fact
CREATE TABLE fact (
    id             INTEGER PRIMARY KEY,
    subject_id     INTEGER NOT NULL REFERENCES entity(id),
    predicate      TEXT NOT NULL REFERENCES predicate(name),
    object_id      INTEGER NOT NULL REFERENCES entity(id),
    -- A dated fact covers the days date_start..date_end (inclusive):
    -- one day, a calendar month or a calendar year, as precise as the source.
    date_start     TEXT CHECK (date_start GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    date_end       TEXT CHECK (date_end GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    date_precision TEXT CHECK (date_precision IN ('day', 'month', 'year')),
    date_reason    TEXT,
    negated        INTEGER NOT NULL DEFAULT 0 CHECK (negated IN (0, 1)),
    modality       TEXT NOT NULL DEFAULT 'asserted'
                   CHECK (modality IN ('asserted', 'reported', 'hypothetical', 'future', 'advocated', 'hedged')),
    speaker_id     INTEGER REFERENCES entity(id),
    role           TEXT CHECK (role IS NULL OR length(role) > 0),
    confidence     REAL NOT NULL CHECK (confidence > 0 AND confidence <= 1),
    -- The source's own event code and intensity, where it has them (CAMEO).
    event_code     TEXT CHECK (event_code IS NULL OR event_code NOT GLOB '*[^0-9]*'),
    goldstein      REAL CHECK (goldstein IS NULL OR goldstein BETWEEN -10 AND 10),
    article_id     INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    sentence_index INTEGER CHECK (sentence_index >= 0),
    span_start     INTEGER CHECK (span_start >= 0),
    span_end       INTEGER,
    evidence       TEXT,
    recorded_at    TEXT NOT NULL, external_id TEXT CHECK (external_id IS NULL OR length(external_id) > 0), place_id INTEGER REFERENCES entity(id), num_mentions INTEGER CHECK (num_mentions IS NULL OR num_mentions >= 0), num_sources INTEGER CHECK (num_sources IS NULL OR num_sources >= 0), num_articles INTEGER CHECK (num_articles IS NULL OR num_articles >= 0), object_role TEXT CHECK (object_role IS NULL OR length(object_role) > 0),
    CHECK ((date_start IS NULL AND date_end IS NULL AND date_precision IS NULL)
        OR (date_start IS NOT NULL AND date_end IS NOT NULL AND date_precision IS NOT NULL AND date_start <= date_end)),
    CHECK (date_reason IS NULL OR date_start IS NOT NULL),
    CHECK ((span_start IS NULL) = (span_end IS NULL)),
    CHECK (span_end IS NULL OR span_end >= span_start)
);

-- table fact_generation on fact_generation
CREATE TABLE fact_generation (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    identity   BLOB NOT NULL CHECK (length(identity) = 8),
    generation INTEGER NOT NULL CHECK (generation >= 0)
);

-- table fact_statistics on fact_statistics
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

-- table origin on origin
CREATE TABLE origin (
    name        TEXT PRIMARY KEY NOT NULL,
    description TEXT NOT NULL
) WITHOUT ROWID;

-- table pending_index on pending_index
CREATE TABLE pending_index (
    name       TEXT PRIMARY KEY NOT NULL CHECK (length(name) > 0),
    -- The index's own CREATE INDEX statement, as sqlite_master had it when it was dropped.
    sql        TEXT NOT NULL CHECK (sql LIKE 'CREATE INDEX %'),
    dropped_at TEXT NOT NULL
) WITHOUT ROWID;

-- table predicate on predicate
CREATE TABLE predicate (
    name        TEXT PRIMARY KEY NOT NULL CHECK (length(name) > 0 AND name NOT GLOB '*[^a-z_]*'),
    class       TEXT NOT NULL CHECK (class IN ('verbal-cooperation', 'material-cooperation', 'verbal-conflict',
                                               'material-conflict', 'neutral', 'structural')),
    cameo       TEXT CHECK (cameo IS NULL OR (length(cameo) BETWEEN 2 AND 4 AND cameo NOT GLOB '*[^0-9]*')),
    plover      TEXT CHECK (plover IS NULL OR plover NOT GLOB '*[^A-Z]*'),
    goldstein   REAL CHECK (goldstein IS NULL OR goldstein BETWEEN -10 AND 10),
    -- Symmetric predicates (clashes_with, meets_with) read the same both ways.
    symmetric   INTEGER NOT NULL DEFAULT 0 CHECK (symmetric IN (0, 1)),
    description TEXT NOT NULL
) WITHOUT ROWID;

-- trigger fact_generation_on_article_source on article
CREATE TRIGGER fact_generation_on_article_source
AFTER UPDATE OF source, content_hash ON article
BEGIN
    UPDATE fact_generation SET generation = generation + 1 WHERE id = 1;
END;

-- trigger fact_generation_on_delete on fact
CREATE TRIGGER fact_generation_on_delete
AFTER DELETE ON fact
BEGIN
    UPDATE fact_generation SET generation = generation + 1 WHERE id = 1;
END;

-- trigger fact_generation_on_predicate_class on predicate
CREATE TRIGGER fact_generation_on_predicate_class
AFTER UPDATE OF class ON predicate
BEGIN
    UPDATE fact_generation SET generation = generation + 1 WHERE id = 1;
END;

-- trigger fact_generation_on_predicate_goldstein on predicate
CREATE TRIGGER fact_generation_on_predicate_goldstein
AFTER UPDATE OF goldstein ON predicate
BEGIN
    UPDATE fact_generation SET generation = generation + 1 WHERE id = 1;
END;

-- trigger fact_generation_on_timeline_columns on fact
CREATE TRIGGER fact_generation_on_timeline_columns
AFTER UPDATE OF goldstein, article_id ON fact
BEGIN
    UPDATE fact_generation SET generation = generation + 1 WHERE id = 1;
END;

-- trigger fact_generation_on_update on fact
CREATE TRIGGER fact_generation_on_update
AFTER UPDATE OF subject_id, object_id, predicate, date_start, date_end, negated, modality ON fact
BEGIN
    UPDATE fact_generation SET generation = generation + 1 WHERE id = 1;
END;

-- view relation on relation
CREATE VIEW relation AS
SELECT f.subject_id,
       f.predicate,
       f.object_id,
       f.negated,
       count(*)                                        AS mentions,
       count(DISTINCT coalesce(a.source, a.content_hash)) AS sources,
       min(f.date_start)                               AS first_seen,
       max(f.date_end)                                 AS last_seen,
       max(f.confidence)                               AS confidence
FROM fact AS f
JOIN article AS a ON a.id = f.article_id
GROUP BY f.subject_id, f.predicate, f.object_id, f.negated;

-- view relation_validity on relation_validity
CREATE VIEW relation_validity AS
WITH marked AS (
    SELECT f.id,
           f.subject_id,
           f.predicate,
           f.object_id,
           f.date_start,
           f.negated,
           lag(f.negated) OVER (
               PARTITION BY f.subject_id, f.predicate, f.object_id
               ORDER BY f.date_start, f.negated DESC, f.id
           ) AS previous_negated
    FROM predicate AS p
    CROSS JOIN fact AS f ON f.predicate = p.name
    WHERE p.class = 'structural'
      AND f.date_start IS NOT NULL
      AND f.modality IN ('asserted', 'reported')
)
SELECT m.subject_id,
       m.predicate,
       m.object_id,
       m.id         AS opened_by,
       m.date_start AS valid_from,
       -- The first day it no longer holds; NULL while it still does.
       (SELECT min(c.date_start)
        FROM fact AS c
        WHERE c.subject_id = m.subject_id
          AND c.predicate = m.predicate
          AND c.object_id = m.object_id
          AND c.negated = 1
          AND c.modality IN ('asserted', 'reported')
          AND c.date_start > m.date_start) AS valid_to
FROM marked AS m
WHERE m.negated = 0
  AND (m.previous_negated IS NULL OR m.previous_negated = 1);
