#!/usr/bin/env python3
"""Differential check of Entente's query language against Kùzu.

Loads the hand-made graph of Tests/EntenteTestSupport/Fixtures/graph/facts.jsonl, and a
generated graph of 10,000 facts, into an Entente database (through `entente import triples`)
and into Kùzu, runs each query of the Cypher-compatible subset in both, and asserts the same
answers: row for row where the query orders its rows, as sets (multisets) where it does not.
A list (collect) is compared as a multiset of its items, since neither orders one.

With `--db postgres://user:password@host:port/database`, each graph is also imported into a
fresh schema of that server (made with psql and dropped at the end), and every query's answer
from PostgreSQL must equal Kùzu's and the SQLite store's.

Usage: python3 Tests/differential/kuzu_check.py [path/to/entente] [--db postgres://…]
Exit status 0 when every query agrees; 1 otherwise, with the differences.
"""
import argparse
import decimal
import json
import os
import secrets
import subprocess
import sys
import tempfile
import urllib.parse

import kuzu

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FACTS = os.path.join(ROOT, "Tests", "EntenteTestSupport", "Fixtures", "graph", "facts.jsonl")

# Each pair: an Entente query and the Cypher query that means the same.
# Relations in Kùzu carry the predicate as a property: Kùzu has one FACT table.
QUERIES = [
    (
        'MATCH ("United States")-[r:supports|arms]->(b) RETURN b, count(r) AS mentions',
        "MATCH (a:Entity {name: 'United States'})-[r:Fact]->(b:Entity) "
        "WHERE r.predicate IN ['supports', 'arms'] AND NOT r.negated RETURN b.name, count(r)",
    ),
    (
        "MATCH (a)-[r:attacks]->(b) RETURN DISTINCT a, b",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE r.predicate = 'attacks' AND NOT r.negated RETURN DISTINCT a.name, b.name",
    ),
    (
        'MATCH (a)-[r:meets_with]-("Iran") RETURN DISTINCT a',
        "MATCH (a:Entity)-[r:Fact]-(b:Entity {name: 'Iran'}) WHERE r.predicate = 'meets_with' AND NOT r.negated RETURN DISTINCT a.name",
    ),
    (
        'MATCH ("Russia")-[m:meets_with]->(x)-[s:supports|arms]->(y) RETURN x, s.predicate, y',
        "MATCH (a:Entity {name: 'Russia'})-[m:Fact]->(x:Entity)-[s:Fact]->(y:Entity) "
        "WHERE m.predicate = 'meets_with' AND s.predicate IN ['supports', 'arms'] AND NOT m.negated AND NOT s.negated "
        "RETURN x.name, s.predicate, y.name",
    ),
    (
        "MATCH (a)-[r]->(b) WHERE r.negated RETURN a, r.predicate, b",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE r.negated RETURN a.name, r.predicate, b.name",
    ),
    (
        "MATCH (a:organisation)-[r]->(b:actor) RETURN a, b, count(r) AS facts",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE a.kind = 'organisation' AND b.kind = 'actor' AND NOT r.negated "
        "RETURN a.name, b.name, count(r)",
    ),
    (
        'MATCH ("Turkey")-[:meets_with]-(x), ("Turkey")-[:attacks]->(x) RETURN DISTINCT x',
        "MATCH (t:Entity {name: 'Turkey'})-[m:Fact]-(x:Entity), (t2:Entity {name: 'Turkey'})-[a:Fact]->(x) "
        "WHERE m.predicate = 'meets_with' AND a.predicate = 'attacks' AND NOT m.negated AND NOT a.negated RETURN DISTINCT x.name",
    ),
    (
        "MATCH (a)-[r:supports]->(b) WHERE r.date >= 2016 AND r.date <= 2017 RETURN a, b",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE r.predicate = 'supports' AND NOT r.negated "
        "AND r.date_end >= '2016-01-01' AND r.date_start <= '2017-12-31' RETURN a.name, b.name",
    ),
    # Cypher's conveniences over MATCH: property maps, type(r), string predicates, IN, coalesce,
    # collect and count(DISTINCT), DISTINCT with ORDER BY, SKIP.
    (
        'MATCH ("Iran")-[r]->(b) RETURN b, type(r)',
        "MATCH (a:Entity {name: 'Iran'})-[r:Fact]->(b:Entity) WHERE NOT r.negated RETURN b.name, r.predicate",
    ),
    (
        'MATCH (a {name: "Russia"})-[r]->(b) RETURN DISTINCT b',
        "MATCH (a:Entity {name: 'Russia'})-[r:Fact]->(b:Entity) WHERE NOT r.negated RETURN DISTINCT b.name",
    ),
    (
        'MATCH (a {kind: "organisation"})-[r]->(b {kind: "actor"}) RETURN a, type(r), b',
        "MATCH (a:Entity {kind: 'organisation'})-[r:Fact]->(b:Entity {kind: 'actor'}) WHERE NOT r.negated RETURN a.name, r.predicate, b.name",
    ),
    (
        'MATCH (a {name: "Turkey", kind: "actor"})-[r:attacks]->(b {kind: "organisation"}) RETURN DISTINCT b',
        "MATCH (a:Entity {name: 'Turkey', kind: 'actor'})-[r:Fact]->(b:Entity {kind: 'organisation'}) "
        "WHERE r.predicate = 'attacks' AND NOT r.negated RETURN DISTINCT b.name",
    ),
    (
        "MATCH (a)-[r]->(b) RETURN DISTINCT a ORDER BY a SKIP 2 LIMIT 4",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE NOT r.negated RETURN DISTINCT a.name ORDER BY a.name SKIP 2 LIMIT 4",
        "ordered",
    ),
    (
        "MATCH (a)-[r]->(b) RETURN DISTINCT b ORDER BY b DESC",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE NOT r.negated RETURN DISTINCT b.name ORDER BY b.name DESC",
        "ordered",
    ),
    (
        "MATCH (a)-[r]->(b) RETURN DISTINCT a ORDER BY a SKIP 9",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE NOT r.negated RETURN DISTINCT a.name ORDER BY a.name SKIP 9",
        "ordered",
    ),
    (
        "MATCH (a)-[r]->(b) RETURN a, count(DISTINCT b) AS n",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE NOT r.negated RETURN a.name, count(DISTINCT b) AS n",
    ),
    (
        "MATCH (a)-[r]->(b) RETURN count(DISTINCT type(r)) AS predicates",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE NOT r.negated RETURN count(DISTINCT r.predicate)",
    ),
    (
        "MATCH (a)-[r:supports]->(b) RETURN a, collect(b) AS supported",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE r.predicate = 'supports' AND NOT r.negated RETURN a.name, collect(b.name)",
    ),
    (
        "MATCH (a)-[r]->(b) RETURN b, collect(DISTINCT a.name) AS subjects",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE NOT r.negated RETURN b.name, collect(DISTINCT a.name)",
    ),
    (
        "MATCH (a)-[r]->(b) RETURN a, collect(type(r)) AS predicates, count(r) AS facts",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE NOT r.negated RETURN a.name, collect(r.predicate), count(r)",
    ),
    (
        'MATCH (a)-[r]->(b) WHERE b.name STARTS WITH "Kurd" RETURN DISTINCT a, b',
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE b.name STARTS WITH 'Kurd' AND NOT r.negated RETURN DISTINCT a.name, b.name",
    ),
    (
        'MATCH (a)-[r]->(b) WHERE a.name ENDS WITH "ia" RETURN DISTINCT a, type(r)',
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE a.name ENDS WITH 'ia' AND NOT r.negated RETURN DISTINCT a.name, r.predicate",
    ),
    (
        'MATCH (a)-[r]->(b) WHERE b.name CONTAINS "Party" OR b.name CONTAINS "Units" RETURN a, type(r), b',
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE (b.name CONTAINS 'Party' OR b.name CONTAINS 'Units') AND NOT r.negated "
        "RETURN a.name, r.predicate, b.name",
    ),
    (
        'MATCH (a)-[r]->(b) WHERE NOT a.name CONTAINS "r" RETURN DISTINCT a',
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE NOT a.name CONTAINS 'r' AND NOT r.negated RETURN DISTINCT a.name",
    ),
    (
        'MATCH (a)-[r]->(b) WHERE a.name STARTS WITH "" AND b.name ENDS WITH "" RETURN count(*)',
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE NOT r.negated RETURN count(*)",
    ),
    (
        'MATCH (a)-[r]->(b) WHERE b.name STARTS WITH "kurd" RETURN count(*)',
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE b.name STARTS WITH 'kurd' AND NOT r.negated RETURN count(*)",
    ),
    (
        'MATCH (a)-[r]->(b) WHERE a.name IN ["Iran", "Iraq", "Israel"] RETURN a, type(r), b',
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE a.name IN ['Iran', 'Iraq', 'Israel'] AND NOT r.negated "
        "RETURN a.name, r.predicate, b.name",
    ),
    (
        'MATCH (a)-[r]->(b) WHERE type(r) IN ["attacks", "threatens"] AND b.kind = "organisation" RETURN a, count(r) AS facts',
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE r.predicate IN ['attacks', 'threatens'] AND b.kind = 'organisation' "
        "AND NOT r.negated RETURN a.name, count(r)",
    ),
    (
        'MATCH (a)-[r]->(b) RETURN DISTINCT coalesce(NULL, a.kind, "none") AS kind',
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE NOT r.negated RETURN DISTINCT coalesce(NULL, a.kind, 'none')",
    ),
    (
        'MATCH (a)-[r]->(b) RETURN DISTINCT upper(a.name), lower(b.kind)',
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE NOT r.negated RETURN DISTINCT upper(a.name), lower(b.kind)",
    ),
    (
        "MATCH (a)-[r]->(b) RETURN a, count(r) AS n ORDER BY n DESC, a LIMIT 5",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE NOT r.negated RETURN a.name, count(r) AS n ORDER BY n DESC, a.name LIMIT 5",
        "ordered",
    ),
    (
        "MATCH (a)-[r]->(b) RETURN type(r) AS t, count(*) AS n ORDER BY n DESC, t",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE NOT r.negated RETURN r.predicate AS t, count(*) AS n ORDER BY n DESC, t",
        "ordered",
    ),
    (
        "MATCH (a)-[r]->(b) RETURN a, b, type(r) ORDER BY a, b DESC, type(r) SKIP 3 LIMIT 6",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE NOT r.negated RETURN a.name, b.name, r.predicate "
        "ORDER BY a.name, b.name DESC, r.predicate SKIP 3 LIMIT 6",
        "ordered",
    ),
    # Patterns: directions, named ends, labels, several patterns, chains.
    (
        'MATCH (a)<-[r]-("Turkey") RETURN a, type(r)',
        "MATCH (a:Entity)<-[r:Fact]-(t:Entity {name: 'Turkey'}) WHERE NOT r.negated RETURN a.name, r.predicate",
    ),
    (
        'MATCH ("Russia")-[r]-("Turkey") RETURN type(r), r.date',
        "MATCH (a:Entity {name: 'Russia'})-[r:Fact]-(b:Entity {name: 'Turkey'}) WHERE NOT r.negated "
        "RETURN r.predicate, CASE WHEN r.date_start = r.date_end THEN r.date_start "
        "WHEN substring(r.date_start, 6, 5) = '01-01' AND substring(r.date_end, 6, 5) = '12-31' THEN substring(r.date_start, 1, 4) "
        "ELSE substring(r.date_start, 1, 7) END",
    ),
    (
        "MATCH (a:actor)-[r]-(b:actor) RETURN count(r) AS bindings",
        "MATCH (a:Entity)-[r:Fact]-(b:Entity) WHERE a.kind = 'actor' AND b.kind = 'actor' AND NOT r.negated RETURN count(r)",
    ),
    (
        "MATCH (a:actor)-[r]->(b:organisation) RETURN DISTINCT a, b",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE a.kind = 'actor' AND b.kind = 'organisation' AND NOT r.negated "
        "RETURN DISTINCT a.name, b.name",
    ),
    (
        "MATCH (a)-[r]->(a) RETURN count(r) AS loops",
        "MATCH (a:Entity)-[r:Fact]->(a) WHERE NOT r.negated RETURN count(r)",
    ),
    (
        "MATCH (a)-[:supports]->(b)-[:supports]->(c) RETURN DISTINCT a, b, c",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity)-[s:Fact]->(c:Entity) WHERE r.predicate = 'supports' AND s.predicate = 'supports' "
        "AND NOT r.negated AND NOT s.negated RETURN DISTINCT a.name, b.name, c.name",
    ),
    (
        'MATCH (a)-[r1:attacks]->(b), (a)-[r2:meets_with]->(c) RETURN DISTINCT a, b, c',
        "MATCH (a:Entity)-[r1:Fact]->(b:Entity), (a)-[r2:Fact]->(c:Entity) WHERE r1.predicate = 'attacks' "
        "AND r2.predicate = 'meets_with' AND NOT r1.negated AND NOT r2.negated RETURN DISTINCT a.name, b.name, c.name",
    ),
    (
        "MATCH (a)-[r]->(b)<-[s]-(c) WHERE a.name < c.name RETURN DISTINCT a, b, c",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity)<-[s:Fact]-(c:Entity) WHERE a.name < c.name AND NOT r.negated AND NOT s.negated "
        "RETURN DISTINCT a.name, b.name, c.name",
    ),
    (
        "MATCH (a)-[r]->(b) WHERE a.name <> b.name AND (type(r) = 'attacks' OR type(r) = 'sanctions') RETURN a, b",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE a.name <> b.name AND (r.predicate = 'attacks' OR r.predicate = 'sanctions') "
        "AND NOT r.negated RETURN a.name, b.name",
    ),
    (
        "MATCH (a)-[r]->(b) WHERE NOT (type(r) = 'attacks' OR type(r) = 'supports') RETURN type(r), count(*)",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE NOT (r.predicate = 'attacks' OR r.predicate = 'supports') AND NOT r.negated "
        "RETURN r.predicate, count(*)",
    ),
    (
        "MATCH (a)-[r]-(b) WHERE r.negated RETURN a, b",
        "MATCH (a:Entity)-[r:Fact]-(b:Entity) WHERE r.negated RETURN a.name, b.name",
    ),
    # Dates, by the precision rules: a month or a year overlaps its days.
    (
        "MATCH (a)-[r]->(b) WHERE r.date < 2016 RETURN a, type(r), b",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE r.date_end < '2016-01-01' AND NOT r.negated RETURN a.name, r.predicate, b.name",
    ),
    (
        "MATCH (a)-[r]->(b) WHERE r.date = 2017 RETURN a, type(r), b",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE r.date_start <= '2017-12-31' AND r.date_end >= '2017-01-01' AND NOT r.negated "
        "RETURN a.name, r.predicate, b.name",
    ),
    (
        "MATCH (a)-[r]->(b) WHERE r.date >= 2017-03 RETURN a, type(r), b",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE r.date_end >= '2017-03-01' AND NOT r.negated RETURN a.name, r.predicate, b.name",
    ),
    (
        "MATCH (a)-[r]->(b) WHERE r.date > 2017-01-23 RETURN a, type(r), b",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE r.date_start > '2017-01-23' AND NOT r.negated RETURN a.name, r.predicate, b.name",
    ),
    (
        "MATCH (a)-[r]->(b) DURING 2017 RETURN a, type(r), b",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE r.date_start <= '2017-12-31' AND r.date_end >= '2017-01-01' AND NOT r.negated "
        "RETURN a.name, r.predicate, b.name",
    ),
    (
        "MATCH (a)-[r]->(b) WITHIN 2015..2016 RETURN a, type(r), b",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE r.date_start >= '2015-01-01' AND r.date_end <= '2016-12-31' AND NOT r.negated "
        "RETURN a.name, r.predicate, b.name",
    ),
    (
        "MATCH (a)-[r]->(b) SINCE 2017-05 UNTIL 2019 RETURN a, b",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE r.date_end >= '2017-05-01' AND r.date_start <= '2019-12-31' AND NOT r.negated "
        "RETURN a.name, b.name",
    ),
    (
        "MATCH (a)-[r]->(b) RETURN a, first_seen(r) AS first, last_seen(r) AS last",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE NOT r.negated RETURN a.name, min(r.date_start), max(r.date_end)",
    ),
    (
        "MATCH (a)-[r]->(b) RETURN year(r) AS year, count(r) AS facts ORDER BY year",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE NOT r.negated RETURN substring(r.date_start, 1, 4) AS year, count(r) "
        "ORDER BY year",
        "ordered",
    ),
    (
        "MATCH (a)-[r]->(b) WHERE r.start STARTS WITH '2017-0' RETURN a, b",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE r.date_start STARTS WITH '2017-0' AND NOT r.negated RETURN a.name, b.name",
    ),
    # Variable-length relations: reach from a named end, acyclic as Entente's walks are (Kùzu's
    # ACYCLIC, which also lets a path close on its start: excluded where the walk could).
    (
        'MATCH ("Iran")-[r:supports|arms*1..2]->(b) RETURN DISTINCT b',
        "MATCH (a:Entity {name: 'Iran'})-[r:Fact* ACYCLIC 1..2 (e, n | WHERE e.predicate IN ['supports', 'arms'] AND NOT e.negated)]->"
        "(b:Entity) RETURN DISTINCT b.name",
    ),
    (
        'MATCH (a)-[:supports*2..2]->("Hezbollah") RETURN DISTINCT a',
        "MATCH (a:Entity)-[r:Fact* ACYCLIC 2..2 (e, n | WHERE e.predicate = 'supports' AND NOT e.negated)]->(b:Entity {name: 'Hezbollah'}) "
        "RETURN DISTINCT a.name",
    ),
    (
        'MATCH ("Egypt")-[r*1..3]-(b) RETURN DISTINCT b',
        # Kùzu's ACYCLIC lets a path close on its start; Entente's walks never enter an entity twice.
        "MATCH (a:Entity {name: 'Egypt'})-[r:Fact* ACYCLIC 1..3 (e, n | WHERE NOT e.negated)]-(b:Entity) WHERE b <> a "
        "RETURN DISTINCT b.name",
    ),
    (
        'MATCH ("Russia")-[r*1..2]->(b:organisation) RETURN DISTINCT b',
        "MATCH (a:Entity {name: 'Russia'})-[r:Fact* ACYCLIC 1..2 (e, n | WHERE NOT e.negated)]->(b:Entity) "
        "WHERE b.kind = 'organisation' RETURN DISTINCT b.name",
    ),
    (
        'MATCH ("Turkey")-[r*1..2]-(b {kind: "organisation"}) RETURN DISTINCT b',
        "MATCH (a:Entity {name: 'Turkey'})-[r:Fact* ACYCLIC 1..2 (e, n | WHERE NOT e.negated)]-(b:Entity {kind: 'organisation'}) "
        "RETURN DISTINCT b.name",
    ),
    (
        'MATCH ("Iran")-[:supports*1..2]->(b) RETURN DISTINCT b.name ORDER BY b.name',
        "MATCH (a:Entity {name: 'Iran'})-[r:Fact* ACYCLIC 1..2 (e, n | WHERE e.predicate = 'supports' AND NOT e.negated)]->(b:Entity) "
        "RETURN DISTINCT b.name ORDER BY b.name",
        "ordered",
    ),
    (
        'MATCH ("Russia")-[r*1..2]->(b) RETURN DISTINCT b ORDER BY b DESC SKIP 1 LIMIT 3',
        "MATCH (a:Entity {name: 'Russia'})-[r:Fact* ACYCLIC 1..2 (e, n | WHERE NOT e.negated)]->(b:Entity) WHERE b <> a "
        "RETURN DISTINCT b.name ORDER BY b.name DESC SKIP 1 LIMIT 3",
        "ordered",
    ),
    (
        'MATCH (a {name: "United States"})-[r:supports|arms*1..3]->(b) RETURN DISTINCT a, b',
        "MATCH (a:Entity {name: 'United States'})-[r:Fact* ACYCLIC 1..3 (e, n | WHERE e.predicate IN ['supports', 'arms'] AND NOT e.negated)]->"
        "(b:Entity) RETURN DISTINCT a.name, b.name",
    ),
    # Pattern predicates: Entente's `(a)-[:attacks]->()` is Kùzu's EXISTS { MATCH … }.
    (
        "MATCH (a)-[r]->(b) WHERE NOT (a)-[:attacks]->() RETURN DISTINCT a",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE NOT r.negated "
        "AND NOT EXISTS { MATCH (a)-[x:Fact]->(:Entity) WHERE x.predicate = 'attacks' AND NOT x.negated } RETURN DISTINCT a.name",
    ),
    (
        "MATCH (a)-[r:supports]->(b) WHERE (b)-[:supports]->(:organisation) RETURN a, b",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE r.predicate = 'supports' AND NOT r.negated "
        "AND EXISTS { MATCH (b)-[x:Fact]->(c:Entity) WHERE c.kind = 'organisation' AND x.predicate = 'supports' AND NOT x.negated } "
        "RETURN a.name, b.name",
    ),
    (
        "MATCH (a)-[r]-(b) WHERE (a)-[:meets_with]-(b) AND (a)-[:attacks]-(b) RETURN DISTINCT a, b",
        "MATCH (a:Entity)-[r:Fact]-(b:Entity) WHERE NOT r.negated "
        "AND EXISTS { MATCH (a)-[x:Fact]-(b) WHERE x.predicate = 'meets_with' AND NOT x.negated } "
        "AND EXISTS { MATCH (a)-[y:Fact]-(b) WHERE y.predicate = 'attacks' AND NOT y.negated } RETURN DISTINCT a.name, b.name",
    ),
    (
        'MATCH (a)-[r]->(b) WHERE NOT (a)<-[:attacks]-() AND NOT (a)-[:meets_with]-({name: "Iran"}) RETURN DISTINCT a',
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE NOT r.negated "
        "AND NOT EXISTS { MATCH (a)<-[x:Fact]-(:Entity) WHERE x.predicate = 'attacks' AND NOT x.negated } "
        "AND NOT EXISTS { MATCH (a)-[y:Fact]-(:Entity {name: 'Iran'}) WHERE y.predicate = 'meets_with' AND NOT y.negated } "
        "RETURN DISTINCT a.name",
    ),
    (
        "MATCH (a)-[r:attacks]->(b) WHERE (b)-[:affiliated_with]->()-[:attacks]->(a) RETURN a, b",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE r.predicate = 'attacks' AND NOT r.negated "
        "AND EXISTS { MATCH (b)-[x:Fact]->(:Entity)-[y:Fact]->(a) WHERE x.predicate = 'affiliated_with' AND y.predicate = 'attacks' "
        "AND NOT x.negated AND NOT y.negated } RETURN a.name, b.name",
    ),
    # UNION and UNION ALL.
    (
        "MATCH (a)-[:attacks]->(b) RETURN a.name AS name UNION MATCH (a)-[:supports]->(b) RETURN b.name AS name",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE r.predicate = 'attacks' AND NOT r.negated RETURN a.name AS name "
        "UNION MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE r.predicate = 'supports' AND NOT r.negated RETURN b.name AS name",
    ),
    (
        "MATCH (a)-[:attacks]->(b) RETURN a.name AS name UNION ALL MATCH (a)-[:supports]->(b) RETURN a.name AS name",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE r.predicate = 'attacks' AND NOT r.negated RETURN a.name AS name "
        "UNION ALL MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE r.predicate = 'supports' AND NOT r.negated RETURN a.name AS name",
    ),
    (
        'MATCH ("Egypt")-[r]->(x) RETURN x.name AS n, type(r) AS t UNION MATCH (y)-[r]->("Egypt") RETURN y.name AS n, type(r) AS t '
        'UNION MATCH ("Iraq")-[s]-(z) RETURN z.name AS n, type(s) AS t',
        "MATCH (e:Entity {name: 'Egypt'})-[r:Fact]->(x:Entity) WHERE NOT r.negated RETURN x.name AS n, r.predicate AS t "
        "UNION MATCH (y:Entity)-[r:Fact]->(e:Entity {name: 'Egypt'}) WHERE NOT r.negated RETURN y.name AS n, r.predicate AS t "
        "UNION MATCH (i:Entity {name: 'Iraq'})-[s:Fact]-(z:Entity) WHERE NOT s.negated RETURN z.name AS n, s.predicate AS t",
    ),
    # OPTIONAL MATCH: NULLs where the optional relation has no match.
    (
        "MATCH (a)-[:supports]->(b) OPTIONAL MATCH (b)-[r:arms]->(c) RETURN a.name, b.name, c.name",
        "MATCH (a:Entity)-[s:Fact]->(b:Entity) WHERE s.predicate = 'supports' AND NOT s.negated "
        "OPTIONAL MATCH (b)-[r:Fact]->(c:Entity) WHERE r.predicate = 'arms' AND NOT r.negated RETURN a.name, b.name, c.name",
    ),
    (
        "MATCH (a:actor)-[:meets_with]-(b) OPTIONAL MATCH (a)-[r:attacks]->(x:organisation) RETURN DISTINCT a.name, x.name",
        "MATCH (a:Entity)-[m:Fact]-(b:Entity) WHERE a.kind = 'actor' AND m.predicate = 'meets_with' AND NOT m.negated "
        "OPTIONAL MATCH (a)-[r:Fact]->(x:Entity) WHERE x.kind = 'organisation' AND r.predicate = 'attacks' AND NOT r.negated "
        "RETURN DISTINCT a.name, x.name",
    ),
    (
        'MATCH (a)-[:supports]->(b) OPTIONAL MATCH (c)-[r]->(b) WHERE type(r) = "arms" RETURN b.name, count(r) AS arms, count(DISTINCT c) AS c',
        "MATCH (a:Entity)-[s:Fact]->(b:Entity) WHERE s.predicate = 'supports' AND NOT s.negated "
        "OPTIONAL MATCH (c:Entity)-[r:Fact]->(b) WHERE r.predicate = 'arms' AND NOT r.negated RETURN b.name, count(r), count(DISTINCT c)",
    ),
    (
        'MATCH (a)-[:attacks]->(b) OPTIONAL MATCH (b)-[r]-(c {kind: "actor"}) WHERE c.name <> a.name RETURN a.name, b.name, type(r), c.name',
        "MATCH (a:Entity)-[s:Fact]->(b:Entity) WHERE s.predicate = 'attacks' AND NOT s.negated "
        "OPTIONAL MATCH (b)-[r:Fact]-(c:Entity {kind: 'actor'}) WHERE c.name <> a.name AND NOT r.negated "
        "RETURN a.name, b.name, r.predicate, c.name",
    ),
    # Path variables and length(p) over variable-length matches.
    (
        'MATCH p = ("Russia")-[*1..2]->(b:organisation) RETURN DISTINCT b.name, length(p) ORDER BY length(p), b.name',
        "MATCH p = (a:Entity {name: 'Russia'})-[r:Fact* ACYCLIC 1..2 (e, n | WHERE NOT e.negated)]->(b:Entity) "
        "WHERE b.kind = 'organisation' RETURN DISTINCT b.name, length(p) ORDER BY length(p), b.name",
        "ordered",
    ),
    (
        # Directed, so no walk can come back to Iran (Kùzu's ACYCLIC lets a walk pass its start again).
        'MATCH p = ("Iran")-[:supports|arms*1..3]->(b) RETURN DISTINCT b.name, length(p)',
        "MATCH p = (a:Entity {name: 'Iran'})-[r:Fact* ACYCLIC 1..3 (e, n | WHERE e.predicate IN ['supports', 'arms'] AND NOT e.negated)]->"
        "(b:Entity) RETURN DISTINCT b.name, length(p)",
    ),
    # shortestPath and allShortestPaths: Kùzu's SHORTEST and ALL SHORTEST recursive relations.
    (
        'MATCH p = shortestPath((a "Iraq")-[*..6]-(b "Hezbollah")) RETURN a.name, b.name, length(p)',
        "MATCH p = (a:Entity {name: 'Iraq'})-[r:Fact* SHORTEST 1..6 (e, n | WHERE NOT e.negated)]-(b:Entity {name: 'Hezbollah'}) "
        "RETURN a.name, b.name, length(p)",
    ),
    (
        'MATCH p = allShortestPaths((a {name: "Iran"})-[:supports|arms*1..3]->(b {name: "Hezbollah"})) RETURN length(p)',
        "MATCH p = (a:Entity {name: 'Iran'})-[r:Fact* ALL SHORTEST 1..3 (e, n | WHERE e.predicate IN ['supports', 'arms'] AND NOT e.negated)]->"
        "(b:Entity {name: 'Hezbollah'}) RETURN length(p)",
    ),
    (
        'MATCH p = shortestPath((a "Hezbollah")<-[*..3]-(b "Russia")) RETURN length(p)',
        "MATCH p = (a:Entity {name: 'Hezbollah'})<-[r:Fact* SHORTEST 1..3 (e, n | WHERE NOT e.negated)]-(b:Entity {name: 'Russia'}) "
        "RETURN length(p)",
    ),
    # WITH stages: aggregation, filtering and ORDER BY … LIMIT between MATCH and RETURN.
    (
        "MATCH (a)-[r]->(b) WITH a, count(r) AS n WHERE n > 2 RETURN a, n ORDER BY n DESC, a",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE NOT r.negated WITH a, count(r) AS n WHERE n > 2 RETURN a.name, n ORDER BY n DESC, a.name",
        "ordered",
    ),
    (
        "MATCH (a)-[r]->(b) WITH a, count(DISTINCT b) AS targets ORDER BY targets DESC, a LIMIT 3 RETURN a.name, targets",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE NOT r.negated WITH a, count(DISTINCT b) AS targets "
        "ORDER BY targets DESC, a.name LIMIT 3 RETURN a.name, targets",
        "ordered",
    ),
    (
        'MATCH (a)-[r]->(b) WITH b, count(*) AS n WHERE n >= 2 AND b.name STARTS WITH "P" RETURN b.name, n',
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE NOT r.negated WITH b, count(*) AS n WHERE n >= 2 AND b.name STARTS WITH 'P' "
        "RETURN b.name, n",
    ),
    (
        "MATCH (a)-[r]->(b) WITH a, count(r) AS n RETURN sum(n) AS facts, count(a) AS subjects",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE NOT r.negated WITH a, count(r) AS n RETURN sum(n), count(a)",
    ),
    (
        "MATCH (a)-[r]->(b) WITH type(r) AS t, count(DISTINCT a) AS subjects WHERE subjects > 1 RETURN t, subjects",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE NOT r.negated WITH r.predicate AS t, count(DISTINCT a) AS subjects "
        "WHERE subjects > 1 RETURN t, subjects",
    ),
    (
        "MATCH (a)-[r]->(b) WHERE NOT EXISTS { MATCH (a)-[:attacks]->() } AND EXISTS { (b)-[:supports]->() } RETURN DISTINCT a, b",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE NOT r.negated "
        "AND NOT EXISTS { MATCH (a)-[x:Fact]->(:Entity) WHERE x.predicate = 'attacks' AND NOT x.negated } "
        "AND EXISTS { MATCH (b)-[y:Fact]->(:Entity) WHERE y.predicate = 'supports' AND NOT y.negated } RETURN DISTINCT a.name, b.name",
    ),
    # Variable-length relations anywhere in a pattern (walk CTEs of the join): after fixed hops,
    # several per query, with aggregates, DISTINCT, ORDER BY, properties. One row per walk, as
    # Kùzu binds its recursive relation once per path; `c <> b` where a Kùzu walk could close on its start.
    (
        'MATCH (a {name: "Iran"})-[:supports]->(b)-[:supports*1..2]->(c) RETURN b, c',
        "MATCH (a:Entity {name: 'Iran'})-[s:Fact]->(b:Entity)-[r:Fact* ACYCLIC 1..2 (e, n | WHERE e.predicate = 'supports' AND NOT e.negated)]->"
        "(c:Entity) WHERE s.predicate = 'supports' AND NOT s.negated AND c <> b RETURN b.name, c.name",
    ),
    (
        "MATCH (a)-[s:supports]->(b)-[r*1..2]->(c) RETURN a, b, c.name, c.kind",
        "MATCH (a:Entity)-[s:Fact]->(b:Entity)-[r:Fact* ACYCLIC 1..2 (e, n | WHERE NOT e.negated)]->(c:Entity) "
        "WHERE s.predicate = 'supports' AND NOT s.negated AND c <> b RETURN a.name, b.name, c.name, c.kind",
    ),
    (
        "MATCH (a)-[r*2..2]->(b) RETURN count(*) AS walks, count(DISTINCT a) AS starts",
        "MATCH (a:Entity)-[r:Fact* ACYCLIC 2..2 (e, n | WHERE NOT e.negated)]->(b:Entity) WHERE b <> a RETURN count(*), count(DISTINCT a)",
    ),
    (
        'MATCH ("Iran")-[r*1..2]->(b) RETURN b, count(*) AS walks ORDER BY walks DESC, b',
        "MATCH (a:Entity {name: 'Iran'})-[r:Fact* ACYCLIC 1..2 (e, n | WHERE NOT e.negated)]->(b:Entity) WHERE b <> a "
        "RETURN b.name, count(*) AS walks ORDER BY walks DESC, b.name",
        "ordered",
    ),
    (
        'MATCH (a)-[:supports|arms*1..2]->("Hezbollah"), (a)-[:meets_with]-(m) RETURN DISTINCT a, m ORDER BY a, m',
        "MATCH (a:Entity)-[r:Fact* ACYCLIC 1..2 (e, n | WHERE e.predicate IN ['supports', 'arms'] AND NOT e.negated)]->(h:Entity {name: 'Hezbollah'}), "
        "(a)-[x:Fact]-(m:Entity) WHERE x.predicate = 'meets_with' AND NOT x.negated AND h <> a RETURN DISTINCT a.name, m.name ORDER BY a.name, m.name",
        "ordered",
    ),
    (
        "MATCH (a:actor)-[r:attacks*1..2]->(b)<-[s:attacks*1..2]-(c) WHERE a.name < c.name RETURN DISTINCT a, b, c",
        "MATCH (a:Entity)-[r:Fact* ACYCLIC 1..2 (e, n | WHERE e.predicate = 'attacks' AND NOT e.negated)]->(b:Entity)"
        "<-[s:Fact* ACYCLIC 1..2 (e2, n2 | WHERE e2.predicate = 'attacks' AND NOT e2.negated)]-(c:Entity) "
        "WHERE a.kind = 'actor' AND a.name < c.name AND b <> a AND b <> c RETURN DISTINCT a.name, b.name, c.name",
    ),
    (
        "MATCH (a)-[r*1..2]-(b:organisation) WHERE r.date >= 2017 RETURN a, count(DISTINCT b) AS groups ORDER BY groups DESC, a LIMIT 4",
        "MATCH (a:Entity)-[r:Fact* ACYCLIC 1..2 (e, n | WHERE NOT e.negated AND e.date_end >= '2017-01-01')]-(b:Entity) "
        "WHERE b.kind = 'organisation' AND b <> a RETURN a.name, count(DISTINCT b) AS groups ORDER BY groups DESC, a.name LIMIT 4",
        "ordered",
    ),
    (
        'MATCH (a)-[r:supports*1..3 {negated: false}]->(b {kind: "organisation"}) RETURN DISTINCT a.name, b.name',
        "MATCH (a:Entity)-[r:Fact* ACYCLIC 1..3 (e, n | WHERE e.predicate = 'supports' AND e.negated = false)]->(b:Entity {kind: 'organisation'}) "
        "WHERE b <> a RETURN DISTINCT a.name, b.name",
    ),
    # Path variables: length(p) in WHERE and ORDER BY, nodes(p) (Kùzu's list of node names).
    (
        "MATCH p = (a)-[s]->(b)-[r*1..2]->(c) WHERE length(p) = 3 RETURN a, c, length(p), nodes(p)",
        "MATCH p = (a:Entity)-[s:Fact]->(b:Entity)-[r:Fact* ACYCLIC 1..2 (e, n | WHERE NOT e.negated)]->(c:Entity) "
        "WHERE NOT s.negated AND c <> b AND length(p) = 3 RETURN a.name, c.name, length(p), list_transform(nodes(p), x -> x.name)",
    ),
    (
        'MATCH p = ("Iran")-[r*1..2]-(b) WHERE length(p) = 2 AND r.date >= 2017 RETURN DISTINCT b ORDER BY b',
        "MATCH p = (a:Entity {name: 'Iran'})-[r:Fact* ACYCLIC 1..2 (e, n | WHERE NOT e.negated AND e.date_end >= '2017-01-01')]-(b:Entity) "
        "WHERE b <> a AND length(p) = 2 RETURN DISTINCT b.name ORDER BY b.name",
        "ordered",
    ),
    (
        "MATCH p = (a)-[r:supports*1..3]->(b) RETURN a, b, length(p) AS hops ORDER BY hops DESC, a, b LIMIT 5",
        "MATCH p = (a:Entity)-[r:Fact* ACYCLIC 1..3 (e, n | WHERE e.predicate = 'supports' AND NOT e.negated)]->(b:Entity) WHERE b <> a "
        "RETURN a.name, b.name, length(p) AS hops ORDER BY hops DESC, a.name, b.name LIMIT 5",
        "ordered",
    ),
    (
        "MATCH p = (a {name: 'Iran'})-[r]->(b)-[s:supports]->(c) RETURN c, length(p), nodes(p)",
        "MATCH p = (a:Entity {name: 'Iran'})-[r:Fact]->(b:Entity)-[s:Fact]->(c:Entity) WHERE s.predicate = 'supports' "
        "AND NOT r.negated AND NOT s.negated RETURN c.name, length(p), list_transform(nodes(p), x -> x.name)",
    ),
    # Several WITH stages: aggregation, filtering, ORDER BY … LIMIT between them.
    (
        "MATCH (a)-[r]->(b) WITH a, count(r) AS n WHERE n > 1 WITH a, n ORDER BY n DESC, a LIMIT 3 RETURN a, n",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE NOT r.negated WITH a, count(r) AS n WHERE n > 1 "
        "WITH a, n ORDER BY n DESC, a.name LIMIT 3 RETURN a.name, n",
    ),
    (
        "MATCH (a)-[r]->(b) WITH a, b, count(r) AS facts WITH a, count(b) AS partners, sum(facts) AS facts WHERE partners > 1 "
        "RETURN partners, count(a) AS subjects, sum(facts) AS facts ORDER BY partners",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE NOT r.negated WITH a, b, count(r) AS facts "
        "WITH a, count(b) AS partners, sum(facts) AS facts WHERE partners > 1 RETURN partners, count(a), sum(facts) ORDER BY partners",
        "ordered",
    ),
    (
        'MATCH ("Iran")-[r*1..2]->(b) WITH b, count(*) AS walks WITH sum(walks) AS total, count(b) AS reached RETURN total, reached',
        "MATCH (a:Entity {name: 'Iran'})-[r:Fact* ACYCLIC 1..2 (e, n | WHERE NOT e.negated)]->(b:Entity) WHERE b <> a "
        "WITH b, count(*) AS walks WITH sum(walks) AS total, count(b) AS reached RETURN total, reached",
    ),
    # OPTIONAL MATCH of several relations: a whole match or NULL for all its variables.
    (
        "MATCH (a)-[:supports]->(b) OPTIONAL MATCH (b)-[r]->(c)-[s:attacks]->(d) RETURN a, b, type(r), c, d",
        "MATCH (a:Entity)-[x:Fact]->(b:Entity) WHERE x.predicate = 'supports' AND NOT x.negated "
        "OPTIONAL MATCH (b)-[r:Fact]->(c:Entity)-[s:Fact]->(d:Entity) WHERE s.predicate = 'attacks' AND NOT r.negated AND NOT s.negated "
        "RETURN a.name, b.name, r.predicate, c.name, d.name",
    ),
    (
        # Rows, not counts: Kùzu 0.11.3 counts count(q) and count(*) of this OPTIONAL MATCH wrongly
        # (count(*) is 0 for every group, count(q.predicate) 2 where q is NULL), its rows are right.
        "MATCH (a:actor)-[:meets_with]-(b) OPTIONAL MATCH (x)-[:supports]->(y)-[q:attacks]-(a) RETURN a, b, x, y, type(q)",
        "MATCH (a:Entity)-[m:Fact]-(b:Entity) WHERE a.kind = 'actor' AND m.predicate = 'meets_with' AND NOT m.negated "
        "OPTIONAL MATCH (x:Entity)-[s:Fact]->(y:Entity)-[q:Fact]-(a) WHERE s.predicate = 'supports' AND q.predicate = 'attacks' "
        "AND NOT s.negated AND NOT q.negated RETURN a.name, b.name, x.name, y.name, q.predicate",
    ),
    (
        'MATCH (a {name: "Russia"})-[r]->(b) OPTIONAL MATCH (b)-[s:supports]->(c)-[t:supports]->(d {kind: "organisation"}) WHERE d.name <> a.name '
        "RETURN b, type(r), c, d",
        "MATCH (a:Entity {name: 'Russia'})-[r:Fact]->(b:Entity) WHERE NOT r.negated "
        "OPTIONAL MATCH (b)-[s:Fact]->(c:Entity)-[t:Fact]->(d:Entity {kind: 'organisation'}) WHERE d.name <> a.name "
        "AND s.predicate = 'supports' AND t.predicate = 'supports' AND NOT s.negated AND NOT t.negated RETURN b.name, r.predicate, c.name, d.name",
    ),
    # Relation property maps and CASE.
    (
        "MATCH (a)-[r:clashes_with {negated: true}]-(b) RETURN a, b",
        "MATCH (a:Entity)-[r:Fact {negated: true}]-(b:Entity) WHERE r.predicate = 'clashes_with' RETURN a.name, b.name",
    ),
    (
        "MATCH (a)-[r]->(b) WHERE (a)-[{negated: true}]-() RETURN DISTINCT a",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE NOT r.negated AND EXISTS { MATCH (a)-[x:Fact {negated: true}]-(:Entity) } RETURN DISTINCT a.name",
    ),
    (
        "MATCH (a)-[:supports]->(b) OPTIONAL MATCH (b)-[r {predicate: 'supports'}]->(c) RETURN a, b, c",
        "MATCH (a:Entity)-[s:Fact]->(b:Entity) WHERE s.predicate = 'supports' AND NOT s.negated "
        "OPTIONAL MATCH (b)-[r:Fact {predicate: 'supports'}]->(c:Entity) WHERE NOT r.negated RETURN a.name, b.name, c.name",
    ),
    (
        "MATCH (a)-[r {predicate: 'supports'}]->(b {kind: 'organisation'}) RETURN a, b",
        "MATCH (a:Entity)-[r:Fact {predicate: 'supports'}]->(b:Entity {kind: 'organisation'}) WHERE NOT r.negated RETURN a.name, b.name",
    ),
    (
        'MATCH (a)-[r]->(b {name: "Hezbollah"}) RETURN a, CASE WHEN r.date < 2016 THEN "before 2016" ELSE "since" END AS era, '
        'CASE a.kind WHEN "actor" THEN 1 ELSE 0 END AS actor',
        "MATCH (a:Entity)-[r:Fact]->(b:Entity {name: 'Hezbollah'}) WHERE NOT r.negated RETURN a.name, "
        "CASE WHEN r.date_end < '2016-01-01' THEN 'before 2016' ELSE 'since' END, CASE a.kind WHEN 'actor' THEN 1 ELSE 0 END",
    ),
    (
        "MATCH (a)-[r]->(b) RETURN CASE b.kind WHEN 'actor' THEN 'state' WHEN 'organisation' THEN 'group' END AS k, count(*) AS n ORDER BY k",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE NOT r.negated "
        "RETURN CASE b.kind WHEN 'actor' THEN 'state' WHEN 'organisation' THEN 'group' END AS k, count(*) AS n ORDER BY k",
        "ordered",
    ),
    (
        "MATCH (a)-[r]->(b) WHERE CASE WHEN a.kind = 'actor' THEN b.kind = 'organisation' ELSE false END RETURN DISTINCT a, b",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE NOT r.negated AND CASE WHEN a.kind = 'actor' THEN b.kind = 'organisation' ELSE false END "
        "RETURN DISTINCT a.name, b.name",
    ),
]



def write_generated(path, facts=10_000, entities=200, seed=14):
    """A graph of `facts` distinct facts among `entities` entities, the first twenty far busier
    than the rest, dated 2015 to 2020 at day, month or year precision, a few negated."""
    import random
    chance = random.Random(seed)
    names = [f"E{i:03d}" for i in range(entities)]
    weights = [10 if i < 20 else 1 for i in range(entities)]
    predicates = ["attacks", "supports", "meets_with", "arms", "mediates", "criticises", "sanctions"]
    seen = set()
    with open(path, "w", encoding="utf-8") as file:
        while len(seen) < facts:
            subject, object_ = chance.choices(names, weights, k=2)
            if subject == object_:
                continue
            year, month, day = chance.randint(2015, 2020), chance.randint(1, 12), chance.randint(1, 28)
            precision = chance.random()
            date = f"{year}-{month:02d}-{day:02d}" if precision < 0.7 else f"{year}-{month:02d}" if precision < 0.9 else f"{year}"
            fact = (subject, chance.choice(predicates), object_, date, chance.random() < 0.03)
            # Entente stores a repeated line once; Kùzu would store it twice.
            if fact in seen:
                continue
            seen.add(fact)
            kind = lambda name: "actor" if int(name[1:]) < 150 else "organisation"
            line = {"subject": fact[0], "subject_kind": kind(fact[0]), "predicate": fact[1], "object": fact[2],
                    "object_kind": kind(fact[2]), "date": fact[3]}
            if fact[4]:
                line["negated"] = True
            file.write(json.dumps(line) + "\n")


# On the generated graph: the same constructs at the size of a real corpus.
GENERATED_QUERIES = [
    (
        "MATCH (a)-[r]->(b) RETURN type(r) AS t, count(*) AS n ORDER BY t",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE NOT r.negated RETURN r.predicate AS t, count(*) AS n ORDER BY t",
        "ordered",
    ),
    (
        'MATCH (a {name: "E001"})-[r]->(b) RETURN b, type(r), r.start',
        "MATCH (a:Entity {name: 'E001'})-[r:Fact]->(b:Entity) WHERE NOT r.negated RETURN b.name, r.predicate, r.date_start",
    ),
    (
        'MATCH (a {name: "E002"})-[r]->(b)-[s]->(c) RETURN count(*)',
        "MATCH (a:Entity {name: 'E002'})-[r:Fact]->(b:Entity)-[s:Fact]->(c:Entity) WHERE NOT r.negated AND NOT s.negated RETURN count(*)",
    ),
    (
        "MATCH (a)-[r:attacks]->(b) RETURN a, count(DISTINCT b) AS n ORDER BY n DESC, a LIMIT 10",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE r.predicate = 'attacks' AND NOT r.negated "
        "RETURN a.name, count(DISTINCT b) AS n ORDER BY n DESC, a.name LIMIT 10",
        "ordered",
    ),
    (
        "MATCH (a)-[r]->(b) DURING 2017-03 RETURN a, type(r), b",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE r.date_start <= '2017-03-31' AND r.date_end >= '2017-03-01' AND NOT r.negated "
        "RETURN a.name, r.predicate, b.name",
    ),
    (
        'MATCH (a)-[r]->(b) WHERE a.name STARTS WITH "E01" AND b.name ENDS WITH "7" RETURN a, b, type(r)',
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE a.name STARTS WITH 'E01' AND b.name ENDS WITH '7' AND NOT r.negated "
        "RETURN a.name, b.name, r.predicate",
    ),
    (
        "MATCH (a:organisation)-[r:supports]->(b) RETURN b, collect(DISTINCT a.name) AS subjects",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE a.kind = 'organisation' AND r.predicate = 'supports' AND NOT r.negated "
        "RETURN b.name, collect(DISTINCT a.name)",
    ),
    (
        'MATCH ("E150")-[r:supports|arms*1..2]->(b) RETURN DISTINCT b',
        "MATCH (a:Entity {name: 'E150'})-[r:Fact* ACYCLIC 1..2 (e, n | WHERE e.predicate IN ['supports', 'arms'] AND NOT e.negated)]->"
        "(b:Entity) RETURN DISTINCT b.name",
    ),
    (
        'MATCH ("E007")-[r:supports|arms*1..2]-(b) RETURN DISTINCT b.name ORDER BY b.name DESC LIMIT 20',
        "MATCH (a:Entity {name: 'E007'})-[r:Fact* ACYCLIC 1..2 (e, n | WHERE e.predicate IN ['supports', 'arms'] AND NOT e.negated)]-"
        "(b:Entity) WHERE b <> a RETURN DISTINCT b.name ORDER BY b.name DESC LIMIT 20",
        "ordered",
    ),
    (
        "MATCH (a)-[r]->(b) RETURN DISTINCT a ORDER BY a SKIP 40 LIMIT 15",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE NOT r.negated RETURN DISTINCT a.name ORDER BY a.name SKIP 40 LIMIT 15",
        "ordered",
    ),
    (
        'MATCH ("E004")-[r]-("E005") RETURN type(r), r.start',
        "MATCH (a:Entity {name: 'E004'})-[r:Fact]-(b:Entity {name: 'E005'}) WHERE NOT r.negated RETURN r.predicate, r.date_start",
    ),
    (
        "MATCH (a)-[r]->(b) WHERE r.negated RETURN count(*)",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE r.negated RETURN count(*)",
    ),
    (
        'MATCH (a)-[r]->(b) WHERE r.date >= 2020-06 AND type(r) IN ["arms", "sanctions"] RETURN a, b',
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE r.date_end >= '2020-06-01' AND r.predicate IN ['arms', 'sanctions'] "
        "AND NOT r.negated RETURN a.name, b.name",
    ),
    (
        "MATCH (a)-[r]->(b) RETURN year(r) AS y, count(r) AS n ORDER BY y",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE NOT r.negated RETURN substring(r.date_start, 1, 4) AS y, count(r) ORDER BY y",
        "ordered",
    ),
    (
        "MATCH (a:organisation)-[r:attacks]->(b) WHERE NOT (b)-[:attacks]->(a) RETURN count(*)",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE a.kind = 'organisation' AND r.predicate = 'attacks' AND NOT r.negated "
        "AND NOT EXISTS { MATCH (b)-[x:Fact]->(a) WHERE x.predicate = 'attacks' AND NOT x.negated } RETURN count(*)",
    ),
    (
        "MATCH (a)-[:arms]->(b {name: \"E001\"}) RETURN a.name AS who UNION MATCH (a {name: \"E001\"})-[:supports]->(b) RETURN b.name AS who",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity {name: 'E001'}) WHERE r.predicate = 'arms' AND NOT r.negated RETURN a.name AS who "
        "UNION MATCH (a:Entity {name: 'E001'})-[r:Fact]->(b:Entity) WHERE r.predicate = 'supports' AND NOT r.negated RETURN b.name AS who",
    ),
    (
        'MATCH (a {name: "E001"})-[:supports]->(b) OPTIONAL MATCH (b)-[r:arms]->(c:organisation) RETURN b.name, count(c) AS n',
        "MATCH (a:Entity {name: 'E001'})-[s:Fact]->(b:Entity) WHERE s.predicate = 'supports' AND NOT s.negated "
        "OPTIONAL MATCH (b)-[r:Fact]->(c:Entity {kind: 'organisation'}) WHERE r.predicate = 'arms' AND NOT r.negated "
        "RETURN b.name, count(c)",
    ),
    (
        'MATCH p = shortestPath((a "E150")-[:mediates*..4]-(b "E199")) RETURN length(p)',
        "MATCH p = (a:Entity {name: 'E150'})-[r:Fact* SHORTEST 1..4 (e, n | WHERE e.predicate = 'mediates' AND NOT e.negated)]-"
        "(b:Entity {name: 'E199'}) RETURN length(p)",
    ),
    (
        "MATCH (a)-[r:attacks]->(b) WITH a, count(DISTINCT b) AS n WHERE n >= 20 RETURN a, n ORDER BY n DESC, a",
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE r.predicate = 'attacks' AND NOT r.negated WITH a, count(DISTINCT b) AS n "
        "WHERE n >= 20 RETURN a.name, n ORDER BY n DESC, a.name",
        "ordered",
    ),
    (
        'MATCH (a {name: "E150"})-[:supports]->(b)-[:attacks*1..2]->(c) RETURN b, c.name, count(*) AS walks',
        "MATCH (a:Entity {name: 'E150'})-[s:Fact]->(b:Entity)-[r:Fact* ACYCLIC 1..2 (e, n | WHERE e.predicate = 'attacks' AND NOT e.negated)]->"
        "(c:Entity) WHERE s.predicate = 'supports' AND NOT s.negated AND c <> b RETURN b.name, c.name, count(*)",
    ),
    (
        "MATCH (a:organisation)-[:mediates*2..2]->(b:organisation) RETURN a, count(DISTINCT b) AS n ORDER BY n DESC, a LIMIT 10",
        "MATCH (a:Entity)-[r:Fact* ACYCLIC 2..2 (e, n | WHERE e.predicate = 'mediates' AND NOT e.negated)]->(b:Entity) "
        "WHERE a.kind = 'organisation' AND b.kind = 'organisation' AND b <> a RETURN a.name, count(DISTINCT b) AS n ORDER BY n DESC, a.name LIMIT 10",
        "ordered",
    ),
    (
        'MATCH p = ("E160")-[r:arms*1..2]-(b) WHERE r.date >= 2019 RETURN length(p) AS hops, count(*) AS walks ORDER BY hops',
        "MATCH p = (a:Entity {name: 'E160'})-[r:Fact* ACYCLIC 1..2 (e, n | WHERE e.predicate = 'arms' AND NOT e.negated AND e.date_end >= '2019-01-01')]-"
        "(b:Entity) WHERE b <> a RETURN length(p) AS hops, count(*) AS walks ORDER BY hops",
        "ordered",
    ),
    (
        'MATCH (a)-[:sanctions]->(b) WITH b, count(*) AS n WHERE n >= 3 WITH n, count(b) AS targets RETURN n, targets ORDER BY n',
        "MATCH (a:Entity)-[r:Fact]->(b:Entity) WHERE r.predicate = 'sanctions' AND NOT r.negated WITH b, count(*) AS n WHERE n >= 3 "
        "WITH n, count(b) AS targets RETURN n, targets ORDER BY n",
        "ordered",
    ),
    (
        'MATCH (a {name: "E170"})-[:meets_with]-(b) OPTIONAL MATCH (b)-[r:arms]->(c)-[s:attacks]->(d:organisation) RETURN b, count(d) AS n',
        "MATCH (a:Entity {name: 'E170'})-[m:Fact]-(b:Entity) WHERE m.predicate = 'meets_with' AND NOT m.negated "
        "OPTIONAL MATCH (b)-[r:Fact]->(c:Entity)-[s:Fact]->(d:Entity {kind: 'organisation'}) WHERE r.predicate = 'arms' AND s.predicate = 'attacks' "
        "AND NOT r.negated AND NOT s.negated RETURN b.name, count(d)",
    ),
    (
        'MATCH (a {name: "E001"})-[:arms*1..2]->(b)<-[:arms*1..2]-(c {name: "E002"}) RETURN count(*) AS walks, count(DISTINCT b) AS meeting',
        "MATCH (a:Entity {name: 'E001'})-[r:Fact* ACYCLIC 1..2 (e, n | WHERE e.predicate = 'arms' AND NOT e.negated)]->(b:Entity)"
        "<-[s:Fact* ACYCLIC 1..2 (e2, n2 | WHERE e2.predicate = 'arms' AND NOT e2.negated)]-(c:Entity {name: 'E002'}) "
        "WHERE b <> a AND b <> c RETURN count(*), count(DISTINCT b)",
    ),
    (
        'MATCH p = ("E199")-[:supports|mediates*1..3]->(b) WITH b, min(length(p)) AS d WITH d, count(b) AS n RETURN d, n ORDER BY d',
        "MATCH p = (a:Entity {name: 'E199'})-[r:Fact* ACYCLIC 1..3 (e, n | WHERE e.predicate IN ['supports', 'mediates'] AND NOT e.negated)]->"
        "(b:Entity) WHERE b <> a WITH b, min(length(p)) AS d WITH d, count(b) AS n RETURN d, n ORDER BY d",
        "ordered",
    ),
    (
        "MATCH (a)-[r:criticises {negated: true}]->(b) RETURN CASE WHEN r.date < 2018 THEN 'early' ELSE 'late' END AS era, count(*) AS n ORDER BY era",
        "MATCH (a:Entity)-[r:Fact {negated: true}]->(b:Entity) WHERE r.predicate = 'criticises' "
        "RETURN CASE WHEN r.date_end < '2018-01-01' THEN 'early' ELSE 'late' END AS era, count(*) AS n ORDER BY era",
        "ordered",
    ),
]


def normalised(cell):
    """A cell as both sides can be compared: a list (collect, a JSON array in Entente) as its items in
    order, since neither database orders a list; a whole float or decimal as an integer."""
    if isinstance(cell, str) and cell.startswith("[") and cell.endswith("]"):
        try:
            cell = json.loads(cell)
        except ValueError:
            return cell
    if isinstance(cell, list):
        return sorted((normalised(item) for item in cell), key=json.dumps)
    if isinstance(cell, decimal.Decimal):
        # Kùzu sums integers as a 128-bit integer, which Python reads as a Decimal.
        return int(cell) if cell == cell.to_integral_value() else float(cell)
    if isinstance(cell, float) and cell.is_integer():
        return int(cell)
    return cell


def answer(rows, ordered):
    """Rows as compared: in their order when the query asks for one, else sorted (a multiset)."""
    rows = [json.dumps([normalised(cell) for cell in row]) for row in rows]
    return rows if ordered else sorted(rows)


def rows_of_entente(entente, database, query, ordered=False):
    run = subprocess.run([entente, "query", "--db", database, "--format", "json", query], capture_output=True, text=True)
    if run.returncode != 0:
        # A refused query is a difference to show, not a reason to stop the others.
        return [f"exit {run.returncode}: {run.stderr.strip()}"]
    return answer(json.loads(run.stdout)["rows"], ordered)


def load_kuzu(directory, facts_path=FACTS, bulk=False):
    database = kuzu.Database(os.path.join(directory, "kuzu"))
    connection = kuzu.Connection(database)
    connection.execute("CREATE NODE TABLE Entity(name STRING, kind STRING, PRIMARY KEY (name))")
    connection.execute(
        "CREATE REL TABLE Fact(FROM Entity TO Entity, predicate STRING, date_start STRING, date_end STRING, negated BOOLEAN)"
    )
    kinds = {}
    facts = []
    for line in open(facts_path, encoding="utf-8"):
        fact = json.loads(line)
        kinds[fact["subject"]] = fact["subject_kind"]
        kinds[fact["object"]] = fact["object_kind"]
        facts.append(fact)
    if bulk:
        # Ten thousand CREATEs one by one take minutes; COPY reads CSV files at once.
        import csv
        nodes, edges = os.path.join(directory, "entities.csv"), os.path.join(directory, "facts.csv")
        with open(nodes, "w", newline="", encoding="utf-8") as file:
            csv.writer(file).writerows(kinds.items())
        with open(edges, "w", newline="", encoding="utf-8") as file:
            writer = csv.writer(file)
            for fact in facts:
                start, end = date_range(fact["date"])
                writer.writerow([fact["subject"], fact["object"], fact["predicate"], start, end, str(bool(fact.get("negated", False))).lower()])
        connection.execute(f"COPY Entity FROM '{nodes}' (header=false)")
        connection.execute(f"COPY Fact FROM '{edges}' (header=false)")
        return connection
    for name, kind in kinds.items():
        connection.execute("CREATE (:Entity {name: $name, kind: $kind})", {"name": name, "kind": kind})
    for fact in facts:
        start, end = date_range(fact["date"])
        connection.execute(
            "MATCH (a:Entity {name: $s}), (b:Entity {name: $o}) "
            "CREATE (a)-[:Fact {predicate: $p, date_start: $ds, date_end: $de, negated: $n}]->(b)",
            {"s": fact["subject"], "o": fact["object"], "p": fact["predicate"], "ds": start, "de": end,
             "n": bool(fact.get("negated", False))},
        )
    return connection


def date_range(text):
    """The first and last day a YYYY, YYYY-MM or YYYY-MM-DD date covers, as Entente stores them."""
    import calendar
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 1:
        return f"{parts[0]:04d}-01-01", f"{parts[0]:04d}-12-31"
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return f"{parts[0]:04d}-{parts[1]:02d}-01", f"{parts[0]:04d}-{parts[1]:02d}-{last:02d}"
    return text, text


def rows_of_kuzu(connection, query, ordered=False):
    result = connection.execute(query)
    rows = []
    while result.has_next():
        rows.append(result.get_next())
    return answer(rows, ordered)


def compare(entente, databases, connection, queries, label):
    """Runs each pair on Kùzu and on each Entente database (SQLite first, then PostgreSQL when
    given): every store's answer must equal Kùzu's, which makes them equal to each other as well.
    Prints agreements and differences, returns the failures."""
    failures = 0
    for entente_query, cypher, *flags in queries:
        ordered = "ordered" in flags
        theirs = rows_of_kuzu(connection, cypher, ordered)
        answers = {store: rows_of_entente(entente, database, entente_query, ordered) for store, database in databases.items()}
        differing = {store: ours for store, ours in answers.items() if ours != theirs}
        stores = "+".join(databases)
        if not differing:
            print(f"agree ({label}, {stores}, {len(theirs)} rows{', in order' if ordered else ''}): {entente_query}")
        else:
            failures += 1
            shown = "".join(f"\n  {store}: {ours}" for store, ours in differing.items())
            print(f"DIFFER ({label}): {entente_query}{shown}\n  kuzu:    {theirs}")
    return failures


class PostgresSchemas:
    """Fresh schemas for the graphs on the server of a `postgres://` URL, each named by this script
    (never by input) and dropped at the end, with psql, the server's own client."""

    def __init__(self, url):
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("postgres", "postgresql") or not parts.hostname or parts.query:
            sys.exit(f"--db: expected postgres://user[:password]@host:port/database with no options, got {url!r}")
        self.url = url
        self.made = []

    def psql(self, sql):
        run = subprocess.run(["psql", "--no-psqlrc", "--quiet", "-v", "ON_ERROR_STOP=1", "-d", self.url, "-c", sql],
                             capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit(f"psql failed on {sql!r}: {run.stderr.strip()}")

    def fresh(self):
        """The URL of a new, empty schema for one graph."""
        name = "entente_kuzu_" + secrets.token_hex(6)
        self.psql(f"CREATE SCHEMA {name}")
        self.made.append(name)
        return f"{self.url}?schema={name}"

    def drop(self):
        for name in self.made:
            self.psql(f"DROP SCHEMA {name} CASCADE")
        self.made = []


def load_entente(entente, facts, directory, name, schemas):
    """The facts imported into an SQLite file, and into a fresh PostgreSQL schema when `schemas`."""
    databases = {"sqlite": os.path.join(directory, name + ".sqlite")}
    if schemas:
        databases["postgres"] = schemas.fresh()
    for store, database in databases.items():
        run = subprocess.run([entente, "import", "triples", "--db", database, facts], capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit(f"importing {facts} into {store} failed: {run.stderr.strip()}")
    return databases


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("entente", nargs="?", default=os.path.join(ROOT, ".build", "debug", "entente"))
    parser.add_argument("--db", help="a PostgreSQL server (postgres://…) to check beside SQLite, in fresh schemas")
    arguments = parser.parse_args()
    entente = arguments.entente
    schemas = PostgresSchemas(arguments.db) if arguments.db else None
    failures = 0
    try:
        with tempfile.TemporaryDirectory() as directory:
            databases = load_entente(entente, FACTS, directory, "graph", schemas)
            connection = load_kuzu(directory)
            failures += compare(entente, databases, connection, QUERIES, "hand-made")
        with tempfile.TemporaryDirectory() as directory:
            facts = os.path.join(directory, "generated.jsonl")
            write_generated(facts)
            databases = load_entente(entente, facts, directory, "generated", schemas)
            connection = load_kuzu(directory, facts, bulk=True)
            failures += compare(entente, databases, connection, GENERATED_QUERIES, "generated")
    finally:
        if schemas:
            schemas.drop()
    total = len(QUERIES) + len(GENERATED_QUERIES)
    stores = "SQLite and PostgreSQL" if schemas else "SQLite"
    print(f"{total - failures} passed, {failures} failed on {stores} "
          f"({len(QUERIES)} on the hand-made graph, {len(GENERATED_QUERIES)} on the generated one)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
