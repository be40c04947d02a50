#!/usr/bin/env python3
"""Kill `entente ingest` and `entente import gdelt` with SIGKILL at random moments, and check
after every kill that the database is whole: PRAGMA integrity_check passes, every article has
all of its facts or none, no fact is stored twice, and running the command again completes the
work exactly (the database then equals one built without interruption).

    python3 Tests/crash/crash_harness.py --entente .build/debug/entente --kills 100
"""
import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def make_corpus(directory, copies):
    """Distinct articles: each example article with a numbered title and closing line."""
    source = os.path.join(ROOT, "Examples", "articles")
    os.makedirs(directory)
    names = sorted(n for n in os.listdir(source) if n.endswith(".txt"))
    for copy in range(copies):
        for name in names:
            text = open(os.path.join(source, name), encoding="utf-8").read()
            title, _, rest = text.partition("\n")
            with open(os.path.join(directory, f"{copy:03d}-{name}"), "w", encoding="utf-8") as f:
                f.write(f"{title} (copy {copy})\n{rest}\nThis is copy {copy} of the report.\n")


def make_events(path, rows):
    """GDELT 2.0 rows from the test fixture, renumbered so every row is a new event."""
    fixture = os.path.join(ROOT, "Tests", "EntenteTests", "Fixtures", "events", "gdelt2-slice.tsv")
    lines = [l.rstrip("\n").split("\t") for l in open(fixture, encoding="utf-8")]
    usable = [f for f in lines if (f[5] or f[6]) and (f[15] or f[16])]
    with open(path, "w", encoding="utf-8") as out:
        for index in range(rows):
            fields = list(usable[index % len(usable)])
            fields[0] = str(10_000_000 + index)
            out.write("\t".join(fields) + "\n")


def run(entente, arguments, timeout=600):
    return subprocess.run([entente] + arguments, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout, text=True)


def state(db):
    """Per article (by content hash) its fact count, and the set of imported event ids."""
    connection = sqlite3.connect(db)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "article" not in tables:
            # Killed while the database was being created, before its first migration committed:
            # an empty file stores nothing. Tables without the article table would be half a schema.
            if tables - {"grdb_migrations", "sqlite_sequence"}:
                integrity = f"half a schema: {sorted(tables)}"
            return integrity, {}, [], 0
        articles = dict(connection.execute(
            "SELECT a.content_hash, count(f.id) FROM article a LEFT JOIN fact f ON f.article_id = a.id GROUP BY a.id"))
        events = [r[0] for r in connection.execute("SELECT external_id FROM fact WHERE external_id IS NOT NULL")]
        duplicates = connection.execute("""
            SELECT count(*) FROM (SELECT 1 FROM fact WHERE external_id IS NULL
            GROUP BY article_id, subject_id, predicate, object_id, sentence_index, span_start, span_end, negated, date_start
            HAVING count(*) > 1)""").fetchone()[0]
    finally:
        connection.close()
    return integrity, articles, events, duplicates


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entente", default=os.path.join(ROOT, ".build", "debug", "entente"))
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--copies", type=int, default=24, help="copies of the example articles to ingest")
    parser.add_argument("--rows", type=int, default=40000, help="GDELT rows to import")
    parser.add_argument("--seed", type=int, default=7)
    arguments = parser.parse_args()
    random.seed(arguments.seed)
    work = tempfile.mkdtemp(prefix="entente-crash-")
    corpus = os.path.join(work, "corpus")
    events = os.path.join(work, "events.tsv")
    make_corpus(corpus, arguments.copies)
    make_events(events, arguments.rows)
    commands = {
        "ingest": ["ingest", corpus],
        "import": ["import", "gdelt", events, "--batch-size", "500"],
    }

    # The reference: the same work, never interrupted. Its durations set the range of kill moments.
    reference_db = os.path.join(work, "reference.sqlite")
    durations = {}
    for name, command in commands.items():
        start = time.monotonic()
        result = run(arguments.entente, command + ["--db", reference_db])
        durations[name] = time.monotonic() - start
        if result.returncode != 0:
            sys.exit(f"reference {name} failed: {result.stderr}")
    _, reference_articles, reference_events, _ = state(reference_db)
    reference_events = set(reference_events)
    print(f"reference: {len(reference_articles)} articles, {sum(reference_articles.values())} facts, "
          f"{len(reference_events)} events; ingest {durations['ingest']:.1f} s, import {durations['import']:.1f} s")

    db = os.path.join(work, "work.sqlite")
    failures = []
    landed = {"ingest": 0, "import": 0}
    completions = 0
    attempts = 0
    kill = 0
    # Only a kill that lands while the command runs counts; one that comes after it finished is retried.
    while kill < arguments.kills and attempts < arguments.kills * 4:
        attempts += 1
        name = "ingest" if attempts % 2 else "import"
        process = subprocess.Popen([arguments.entente] + commands[name] + ["--db", db],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(random.uniform(0.02, durations[name] * 0.9))
        if process.poll() is not None:
            continue
        process.send_signal(signal.SIGKILL)
        process.wait()
        kill += 1
        landed[name] += 1
        if not os.path.exists(db):
            continue
        integrity, articles, stored_events, duplicates = state(db)
        problems = []
        if integrity != "ok":
            problems.append(f"integrity_check: {integrity}")
        for content_hash, count in articles.items():
            expected = reference_articles.get(content_hash)
            if expected is None:
                problems.append(f"article {content_hash[:12]} is not in the reference")
            elif origins(db).get(content_hash) in ("gdelt", "icews"):
                # An event source's facts arrive batch by batch: never more than all of them.
                if count > expected:
                    problems.append(f"event article {content_hash[:12]} has {count} facts, more than {expected}")
            elif count != expected:
                problems.append(f"article {content_hash[:12]} is half-stored: {count} of {expected} facts")
        if len(stored_events) != len(set(stored_events)):
            problems.append("an event is stored twice")
        if not set(stored_events) <= reference_events:
            problems.append("an event not in the file is stored")
        if duplicates:
            problems.append(f"{duplicates} extracted facts stored twice")
        if problems:
            failures.append(f"kill {kill} ({name}): " + "; ".join(problems))
        if kill % 10 == 0:
            # Running the commands again completes the work, exactly.
            for command in commands.values():
                result = run(arguments.entente, command + ["--db", db])
                if result.returncode != 0:
                    failures.append(f"re-run after kill {kill} failed: {result.stderr.strip()}")
            integrity, articles, stored_events, duplicates = state(db)
            if integrity != "ok" or articles != reference_articles or set(stored_events) != reference_events \
                    or len(stored_events) != len(reference_events) or duplicates:
                failures.append(f"after kill {kill}, re-running did not give the reference database")
            completions += 1
            os.remove(db)
            for suffix in ("-wal", "-shm"):
                if os.path.exists(db + suffix):
                    os.remove(db + suffix)
    print(f"{kill} kills while the command ran ({landed['ingest']} during ingest, {landed['import']} during import) "
          f"in {attempts} attempts; {completions} re-runs to completion")
    if kill < arguments.kills:
        failures.append(f"only {kill} of {arguments.kills} kills landed while a command ran")
    shutil.rmtree(work, ignore_errors=True)
    if failures:
        print("\n".join(failures))
        sys.exit(1)
    print("after every kill: integrity_check ok, no half-stored article, no duplicate; every re-run gave the reference database")


def origins(db):
    connection = sqlite3.connect(db)
    try:
        return dict(connection.execute("SELECT content_hash, origin FROM article"))
    finally:
        connection.close()


if __name__ == "__main__":
    main()
