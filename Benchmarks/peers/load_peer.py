#!/usr/bin/env python3
"""Time the plain sqlite3 bulk load of run_peers.py on the benchmark's triples, once.

`entente-benchmark load` runs this between its own imports, so both rates come from the same run:
the triples (facts-N.tsv) are read first, untimed; then the same SQLitePeer that run_peers.py
measures (entity ids, executemany into a fresh file, three indexes, commit) is built and timed.
Prints the seconds (and the CPU seconds of this process meanwhile) and facts/s as JSON.

With `--schema entente` it times instead the same kind of plain bulk insert into Entente's own
schema (every migration in schema/migrations, foreign keys on): one entity per name, one article
per 50 facts as the synthetic export has, the fact rows Entente stores for coded events (every
column, CHECK constraints and the unique event id included), the fact table's secondary indexes
dropped first and created again at the end, all in one transaction. That is what SQLite itself
needs for Entente's rows, before any parsing or entity resolution: a floor for `entente import`.

    python3 Benchmarks/peers/load_peer.py --facts 200000 --dir /tmp/entente-benchmark
    python3 Benchmarks/peers/load_peer.py --facts 200000 --schema entente
"""
import argparse
import glob
import json
import os
import tempfile
import sqlite3
import time

from run_peers import SQLitePeer, load_triples


ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FACT_COLUMNS = """subject_id, predicate, object_id, date_start, date_end, date_precision, date_reason, modality, role, confidence,
    event_code, goldstein, article_id, sentence_index, evidence, recorded_at, external_id, place_id, num_mentions, num_sources,
    num_articles, object_role"""


def load_into_entente_schema(triples, directory):
    """Entente's rows for the triples, by plain sqlite3, into a new database with Entente's schema."""
    path = os.path.join(directory, "peer-entente-schema.sqlite")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA cache_size = -65536")
    for migration in sorted(glob.glob(os.path.join(ROOT, "schema", "migrations", "*.sql"))):
        db.executescript(open(migration, encoding="utf-8").read())
    db.execute("BEGIN")
    secondary = db.execute("""
        SELECT m.name, m.sql FROM sqlite_master AS m JOIN pragma_index_list('fact') AS l ON l.name = m.name
        WHERE m.type = 'index' AND m.tbl_name = 'fact' AND m.sql IS NOT NULL AND l."unique" = 0""").fetchall()
    for name, _ in secondary:
        db.execute(f"DROP INDEX {name}")
    ids = {}
    for s, _, o, _ in triples:
        for n in (s, o):
            if n not in ids:
                ids[n] = len(ids) + 1
    db.executemany("INSERT INTO entity (id, kind, type, name, name_key) VALUES (?, 'actor', 'actor', ?, lower(?))",
                   [(i, n, n) for n, i in ids.items()])
    db.executemany("INSERT INTO predicate (name, class, description) VALUES (?, 'neutral', ?)",
                   [(p, p) for p in sorted({p for _, p, _, _ in triples})])
    articles = (len(triples) + 49) // 50
    db.executemany("INSERT INTO article (id, content_hash, origin, source, url, text, ingested_at) VALUES (?, ?, 'gdelt', ?, ?, '', ?)",
                   [(a + 1, f"{a:064x}", "synthetic.example", f"https://synthetic.example/{a}", "2026-12-05T00:00:00Z")
                    for a in range(articles)])
    db.executemany(f"""INSERT INTO fact ({FACT_COLUMNS}) VALUES (?, ?, ?, ?, ?, 'day', 'coded', 'reported', NULL, 0.5, '040', 1.0,
                       ?, NULL, 'Consult', '2026-12-05T00:00:00Z', ?, NULL, 1, 1, 1, NULL)
                       ON CONFLICT (external_id) WHERE external_id IS NOT NULL DO NOTHING""",
                   [(ids[s], p, ids[o], d, d, index // 50 + 1, f"gdelt:{index + 1}") for index, (s, p, o, d) in enumerate(triples)])
    for _, sql in secondary:
        db.execute(sql)
    db.execute("COMMIT")
    return db


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--facts", type=int, default=200000)
    parser.add_argument("--dir", default=os.path.join(tempfile.gettempdir(), "entente-benchmark"))
    parser.add_argument("--schema", choices=["peer", "entente"], default="peer",
                        help="the peer's table of four columns (run_peers.py), or Entente's schema")
    arguments = parser.parse_args()
    triples = load_triples(os.path.join(arguments.dir, f"facts-{arguments.facts}.tsv"))
    start = time.perf_counter()
    cpu_start = time.process_time()
    if arguments.schema == "peer":
        db = SQLitePeer(triples, arguments.dir).db
    else:
        db = load_into_entente_schema(triples, arguments.dir)
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu_start
    db.close()
    print(json.dumps({"facts": len(triples), "seconds": seconds, "cpu_seconds": cpu_seconds, "facts_per_second": len(triples) / seconds}))


if __name__ == "__main__":
    main()
