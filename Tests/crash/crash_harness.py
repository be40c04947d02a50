#!/usr/bin/env python3
"""Kill `entente ingest`, `entente import gdelt` and a bulk `entente import gdelt` (fact indexes
dropped and rebuilt once at the end) with SIGKILL at random moments, and check after every kill
that the database is whole: PRAGMA integrity_check passes, every article has all of its facts or
none, no fact is stored twice, every fact index is either in place or recorded as pending (never
lost), the next writable open rebuilds the pending ones, and running the commands again completes
the work exactly (the database then equals one built without interruption). Every command also
writes the adjacency index file beside the database as it finishes, and `entente index build` is
killed too: after every kill the file is whole or absent, never damaged, a dyad timeline read
from it (as `entente timeline` does when the file is current or behind) equals the one read from
SQL with the file dropped, and a new build makes it current. A fifth of the kills aim at the bulk import's last phase: the process is killed a random
moment after it says on stderr that it is rebuilding the fact indexes, while SQLite creates them.

    python3 Tests/crash/crash_harness.py --entente .build/debug/entente --kills 100

With `--db postgres://user:password@host:port/database`, ingest and imports are killed on that
server instead, each graph in a schema of its own (see postgres_crash.py):

    python3 Tests/crash/crash_harness.py --db "$ENTENTE_TEST_POSTGRES" --kills 20 --copies 6 --rows 6000
"""
import argparse
import json
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


def make_events(path, rows, first=10_000_000):
    """GDELT 2.0 rows from the test fixture, renumbered from `first` so every row is a new event."""
    fixture = os.path.join(ROOT, "Tests", "EntenteTests", "Fixtures", "events", "gdelt2-slice.tsv")
    lines = [l.rstrip("\n").split("\t") for l in open(fixture, encoding="utf-8")]
    usable = [f for f in lines if (f[5] or f[6]) and (f[15] or f[16])]
    with open(path, "w", encoding="utf-8") as out:
        for index in range(rows):
            fields = list(usable[index % len(usable)])
            fields[0] = str(first + index)
            out.write("\t".join(fields) + "\n")


def run(entente, arguments, timeout=600):
    return subprocess.run([entente] + arguments, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout, text=True)


def indexes(db):
    """The indexes in place and the ones a bulk import recorded as pending, by name with their SQL."""
    connection = sqlite3.connect(db)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        present = dict(connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))
        pending = dict(connection.execute("SELECT name, sql FROM pending_index")) if "pending_index" in tables else {}
    finally:
        connection.close()
    return present, pending


def migrations(db):
    """The migrations applied: a database killed while it was being created has only some."""
    connection = sqlite3.connect(db)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        return {row[0] for row in connection.execute("SELECT identifier FROM grdb_migrations")} if "grdb_migrations" in tables else set()
    finally:
        connection.close()


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
    parser.add_argument("--rows", type=int, default=40000, help="GDELT rows to import, and as many again in bulk")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--db", help="a PostgreSQL server (postgres://…): kill the commands there, in fresh schemas")
    arguments = parser.parse_args()
    random.seed(arguments.seed)
    work = tempfile.mkdtemp(prefix="entente-crash-")
    corpus = os.path.join(work, "corpus")
    events = os.path.join(work, "events.tsv")
    bulk_events = os.path.join(work, "bulk-events.tsv")
    make_corpus(corpus, arguments.copies)
    make_events(events, arguments.rows)
    make_events(bulk_events, arguments.rows, first=20_000_000)
    if arguments.db:
        import postgres_crash
        # PostgreSQL has no adjacency index file: an ingest and two imports of other batch sizes,
        # the second a bulk import (the fact table's indexes and keys dropped, made at the end).
        postgres_crash.run_on_postgres(arguments, {
            "ingest": ["ingest", corpus],
            "import": ["import", "gdelt", events, "--batch-size", "500"],
            "import-2000": ["import", "gdelt", bulk_events, "--batch-size", "2000", "--rebuild-indexes", "always"],
        }, [(10_000_000, 10_000_000 + arguments.rows - 1, 500), (20_000_000, 20_000_000 + arguments.rows - 1, 2000)],
            [events, bulk_events], work)
        shutil.rmtree(work, ignore_errors=True)
        return
    commands = {
        "ingest": ["ingest", corpus],
        "import": ["import", "gdelt", events, "--batch-size", "500"],
        "bulk": ["import", "gdelt", bulk_events, "--batch-size", "500", "--rebuild-indexes", "always"],
        "index": ["index", "build"],
    }

    # The reference: the same work, never interrupted. Its durations set the range of kill moments;
    # the bulk import's rebuild, from its notice to the end, the range of the kills aimed at it.
    reference_db = os.path.join(work, "reference.sqlite")
    durations = {}
    for name, command in commands.items():
        start = time.monotonic()
        if name == "bulk":
            process = subprocess.Popen([arguments.entente] + command + ["--db", reference_db],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            rebuild_started = wait_for_rebuild(process)
            stderr = process.stderr.read()
            returncode = process.wait()
            if rebuild_started is None:
                sys.exit(f"the reference bulk import never said it was rebuilding the fact indexes: {stderr}")
            durations["rebuild"] = time.monotonic() - rebuild_started
        else:
            result = run(arguments.entente, command + ["--db", reference_db])
            returncode, stderr = result.returncode, result.stderr
        durations[name] = time.monotonic() - start
        if returncode != 0:
            sys.exit(f"reference {name} failed: {stderr}")
    _, reference_articles, reference_events, _ = state(reference_db)
    reference_events = set(reference_events)
    reference_indexes, reference_pending = indexes(reference_db)
    reference_migrations = migrations(reference_db)
    if reference_pending:
        sys.exit(f"the reference bulk import left indexes pending: {sorted(reference_pending)}")
    print(f"reference: {len(reference_articles)} articles, {sum(reference_articles.values())} facts, "
          f"{len(reference_events)} events, {len(reference_indexes)} indexes; ingest {durations['ingest']:.1f} s, "
          f"import {durations['import']:.1f} s, bulk import {durations['bulk']:.1f} s (rebuilding its indexes {durations['rebuild']:.2f} s)")

    db = os.path.join(work, "work.sqlite")
    failures = []
    # "rebuild" is the bulk import again, killed while it rebuilds the fact indexes.
    targets = list(commands) + ["rebuild"]
    landed = {name: 0 for name in targets}
    repairs = 0
    # Kills aimed at the rebuild that left the indexes pending: the rebuild's transaction was cut short.
    rebuild_interrupted = 0
    completions = 0
    attempts = 0
    kill = 0
    # Only a kill that lands while the command runs counts; one that comes after it finished is retried.
    while kill < arguments.kills and attempts < arguments.kills * 4:
        attempts += 1
        name = targets[attempts % len(targets)]
        if name == "rebuild":
            process = subprocess.Popen([arguments.entente] + commands["bulk"] + ["--db", db],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            if wait_for_rebuild(process) is None:
                process.wait()
                continue
            # Within the rebuild: the reference's rebuild took durations["rebuild"], the rest of the
            # command after it (statistics, the index file) is short.
            time.sleep(random.uniform(0, durations["rebuild"] * 0.6))
        else:
            process = subprocess.Popen([arguments.entente] + commands[name] + ["--db", db],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(random.uniform(0.02, durations[name] * 0.9))
        if process.poll() is not None:
            continue
        process.send_signal(signal.SIGKILL)
        process.wait()
        if process.stderr:
            process.stderr.close()
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
        present, pending = indexes(db)
        # Killed while the schema was being created, a database lacks the indexes of the migrations still to run.
        if migrations(db) == reference_migrations:
            if set(present) & set(pending):
                problems.append(f"indexes both in place and pending: {sorted(set(present) & set(pending))}")
            elif {**present, **pending} != reference_indexes:
                missing = sorted(set(reference_indexes) - set(present) - set(pending))
                problems.append(f"indexes lost: {missing}" if missing else "index definitions differ from the reference")
        if pending and name == "rebuild":
            rebuild_interrupted += 1
        if pending:
            # The next writable open rebuilds them, whatever command it is for.
            result = run(arguments.entente, ["migrate", "--db", db])
            present, pending = indexes(db)
            if result.returncode != 0 or pending or present != reference_indexes:
                problems.append(f"the next writable open did not rebuild the pending indexes: {result.stderr.strip()}")
            repairs += 1
        if migrations(db) == reference_migrations:
            problems += adjacency_problems(arguments.entente, db)
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
                    or len(stored_events) != len(reference_events) or duplicates or indexes(db) != (reference_indexes, {}):
                failures.append(f"after kill {kill}, re-running did not give the reference database")
            completions += 1
            os.remove(db)
            for suffix in ("-wal", "-shm"):
                if os.path.exists(db + suffix):
                    os.remove(db + suffix)
    print(f"{kill} kills while the command ran ({landed['ingest']} during ingest, {landed['import']} during import, "
          f"{landed['bulk']} during a bulk import, {landed['rebuild']} while a bulk import rebuilt its indexes, "
          f"{landed['index']} during an index build) in {attempts} attempts; {repairs} times indexes were left pending and "
          f"the next writable open rebuilt them; {completions} re-runs to completion")
    print(f"{rebuild_interrupted} of the {landed['rebuild']} kills aimed at the rebuild cut it short (its indexes left pending)")
    if landed["rebuild"] and not rebuild_interrupted:
        failures.append("no kill aimed at the bulk import's rebuild landed while it was rebuilding")
    if kill < arguments.kills:
        failures.append(f"only {kill} of {arguments.kills} kills landed while a command ran")
    shutil.rmtree(work, ignore_errors=True)
    if failures:
        print("\n".join(failures))
        sys.exit(1)
    print("after every kill: integrity_check ok, no half-stored article, no duplicate, no index lost, the adjacency "
          "index file whole or absent and its busiest dyad's timeline SQL's; every re-run gave the reference database")


def wait_for_rebuild(process):
    """Reads the command's stderr until it says it is rebuilding the fact indexes; the moment it
    did, or None when it ended without saying so."""
    for line in process.stderr:
        if line.startswith("Rebuilding the "):
            return time.monotonic()
    return None


def adjacency_problems(entente, db):
    """The adjacency index file after a kill: absent, or whole (current, behind or stale), never
    damaged, since it is written to a temporary file and renamed; a new build makes it current."""
    problems = []
    result = subprocess.run([entente, "index", "status", "--db", db, "--format", "json"], capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        return [f"index status failed: {result.stderr.strip()}"]
    state = json.loads(result.stdout)["state"]
    if state not in ("absent", "current", "behind", "stale"):
        problems.append(f"the adjacency index file is {state}: {json.loads(result.stdout)['detail']}")
    pair = busiest_dyad(db)
    if pair is not None:
        # The busiest dyad's timeline, from the file when it is usable, then from SQL without it.
        timeline = [entente, "timeline", pair[0], pair[1], "--by", "month", "--format", "json", "--db", db]
        from_file = subprocess.run(timeline, capture_output=True, text=True, timeout=600)
        subprocess.run([entente, "index", "drop", "--db", db], capture_output=True, text=True, timeout=600)
        from_sql = subprocess.run(timeline, capture_output=True, text=True, timeout=600)
        if (from_file.returncode, from_file.stdout) != (from_sql.returncode, from_sql.stdout):
            problems.append(f"the timeline of {pair} from the index file ({state}) differs from SQL's")
    result = subprocess.run([entente, "index", "build", "--db", db], capture_output=True, text=True, timeout=600)
    status = subprocess.run([entente, "index", "status", "--db", db, "--format", "json"], capture_output=True, text=True, timeout=600)
    if result.returncode != 0 or status.returncode != 0 or json.loads(status.stdout)["state"] != "current":
        problems.append(f"index build after the kill did not make the file current: {result.stderr.strip()}")
    return problems


def busiest_dyad(db):
    """The names of the two actors with the most facts between them, or None."""
    connection = sqlite3.connect(db)
    try:
        return connection.execute("""
            SELECT s.name, o.name FROM fact AS f JOIN entity AS s ON s.id = f.subject_id JOIN entity AS o ON o.id = f.object_id
            WHERE f.subject_id <> f.object_id GROUP BY f.subject_id, f.object_id ORDER BY count(*) DESC, f.subject_id LIMIT 1""").fetchone()
    except sqlite3.Error:
        return None
    finally:
        connection.close()


def origins(db):
    connection = sqlite3.connect(db)
    try:
        return dict(connection.execute("SELECT content_hash, origin FROM article"))
    finally:
        connection.close()


if __name__ == "__main__":
    main()
