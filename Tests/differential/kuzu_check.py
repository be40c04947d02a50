#!/usr/bin/env python3
"""Differential check of Entente's query language against Kùzu.

Loads the hand-made graph of Tests/EntenteTestSupport/Fixtures/graph/facts.jsonl into
an Entente database (through `entente import triples`) and into Kùzu, runs each
query of the Cypher-compatible subset in both, and asserts identical rows.

Usage: python3 Tests/differential/kuzu_check.py [path/to/entente]
Exit status 0 when every query agrees; 1 otherwise, with the differences.
"""
import json
import os
import subprocess
import sys
import tempfile

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
]


def rows_of_entente(entente, database, query):
    output = subprocess.run(
        [entente, "query", "--db", database, "--format", "json", query], check=True, capture_output=True, text=True
    ).stdout
    return sorted(json.dumps(row) for row in json.loads(output)["rows"])


def load_kuzu(directory):
    database = kuzu.Database(os.path.join(directory, "kuzu"))
    connection = kuzu.Connection(database)
    connection.execute("CREATE NODE TABLE Entity(name STRING, kind STRING, PRIMARY KEY (name))")
    connection.execute(
        "CREATE REL TABLE Fact(FROM Entity TO Entity, predicate STRING, date_start STRING, date_end STRING, negated BOOLEAN)"
    )
    kinds = {}
    facts = []
    for line in open(FACTS, encoding="utf-8"):
        fact = json.loads(line)
        kinds[fact["subject"]] = fact["subject_kind"]
        kinds[fact["object"]] = fact["object_kind"]
        facts.append(fact)
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


def rows_of_kuzu(connection, query):
    result = connection.execute(query)
    rows = []
    while result.has_next():
        rows.append(json.dumps(result.get_next()))
    return sorted(rows)


def main():
    entente = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "debug", "entente")
    with tempfile.TemporaryDirectory() as directory:
        database = os.path.join(directory, "graph.sqlite")
        subprocess.run([entente, "import", "triples", "--db", database, FACTS], check=True, capture_output=True)
        connection = load_kuzu(directory)
        failures = 0
        for entente_query, cypher in QUERIES:
            ours = rows_of_entente(entente, database, entente_query)
            theirs = rows_of_kuzu(connection, cypher)
            if ours == theirs:
                print(f"agree ({len(ours)} rows): {entente_query}")
            else:
                failures += 1
                print(f"DIFFER: {entente_query}\n  entente: {ours}\n  kuzu:    {theirs}")
        print(f"{len(QUERIES) - failures} passed, {failures} failed")
        return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
