"""The crash harness on a PostgreSQL server (`crash_harness.py --db postgres://…`).

`entente ingest` and two `entente import gdelt` runs (batches of 500 and of 2,000 rows, the second
a bulk import that drops the fact table's indexes and keys and makes them again at its end) are
killed with SIGKILL at random moments, each run into a schema of its own on the server. After
every kill the server must hold: a schema whole or absent (its migrations committed together),
every article with all of its facts or none, every event once (one fact per claimed id in
`event_id`, no id claimed without its fact), each of the fact table's indexes and keys on the table
or recorded as pending (the next writable open makes them again), and of each events file whole batches only: the
events stored are the first n of the file, n a multiple of the batch size (the importer reads the
file in order, and a re-run skips what is stored). Every tenth kill, running the commands again
must complete the work exactly: the schema then holds what one built without interruption does.
The schemas are named here, made and dropped with psql, the server's own client.
"""
import os
import random
import secrets
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.parse


class Server:
    """psql on the server of a `postgres://user[:password]@host:port/database` URL."""

    def __init__(self, url):
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("postgres", "postgresql") or not parts.hostname or parts.query:
            sys.exit(f"--db: expected postgres://user[:password]@host:port/database with no options, got {url!r}")
        self.url = url

    def psql(self, sql, schema=None):
        """The rows of one statement of this harness's own, each a tuple of texts."""
        environment = dict(os.environ)
        if schema:
            # The schema's name travels as a connection option, never inside the statement.
            environment["PGOPTIONS"] = f"-c search_path={schema}"
        run = subprocess.run(["psql", "--no-psqlrc", "-X", "-At", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-d", self.url, "-c", sql],
                             capture_output=True, text=True, env=environment)
        if run.returncode != 0:
            raise RuntimeError(f"psql failed on {sql!r}: {run.stderr.strip()}")
        return [tuple(line.split("\t")) for line in run.stdout.splitlines()]

    def fresh_schema(self):
        name = "entente_crash_" + secrets.token_hex(6)
        self.psql(f"CREATE SCHEMA {name}")
        return name

    def drop_schema(self, name):
        self.psql(f"DROP SCHEMA IF EXISTS {name} CASCADE")

    def graph_url(self, schema):
        return f"{self.url}?schema={schema}"


def state(server, schema):
    """What the schema holds: its migrations, per article (by content hash) its origin and fact
    count, the event ids of its facts (with repeats) and of `event_id`, and the extracted facts
    stored twice. A schema without the migrations table must hold no table at all."""
    tables = {row[0] for row in server.psql(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()", schema)}
    if "entente_migrations" not in tables:
        return {"problem": f"half a schema: {sorted(tables)}" if tables else None, "migrations": set(),
                "articles": {}, "events": [], "claimed": set(), "duplicates": 0, "indexes": None, "pending": set()}
    migrations = {row[0] for row in server.psql("SELECT identifier FROM entente_migrations", schema)}
    articles = {row[0]: (row[1], int(row[2])) for row in server.psql(
        "SELECT a.content_hash, a.origin, count(f.id) FROM article a LEFT JOIN fact f ON f.article_id = a.id GROUP BY a.id", schema)}
    events = [row[0] for row in server.psql("SELECT external_id FROM fact WHERE external_id IS NOT NULL", schema)]
    claimed = {row[0] for row in server.psql("SELECT external_id FROM event_id", schema)}
    duplicates = int(server.psql("""
        SELECT count(*) FROM (SELECT 1 FROM fact WHERE external_id IS NULL
        GROUP BY article_id, subject_id, predicate, object_id, sentence_index, span_start, span_end, negated, date_start
        HAVING count(*) > 1) AS twice""", schema)[0][0])
    # The fact table's own indexes and foreign keys, and those a bulk import recorded as dropped.
    present = {row[0] for row in server.psql("""
        SELECT c.relname FROM pg_index AS i JOIN pg_class AS c ON c.oid = i.indexrelid WHERE i.indrelid = 'fact'::regclass
        UNION ALL SELECT conname FROM pg_constraint WHERE conrelid = 'fact'::regclass AND contype = 'f'""", schema)}
    pending = {row[0] for row in server.psql("SELECT name FROM entente_pending_rebuild", schema)} \
        if "entente_pending_rebuild" in tables else set()
    return {"problem": None, "migrations": migrations, "articles": articles, "events": events, "claimed": claimed,
            "duplicates": duplicates, "indexes": present, "pending": pending}


def keep_events_only(entente, path, work):
    """Rewrites an events file with only its rows that make an event (an SQLite import tells
    which): a skipped row adds its entities to a batch, which would move the batches' bounds."""
    probe = os.path.join(work, "probe.sqlite")
    result = subprocess.run([entente, "import", "gdelt", path, "--db", probe], capture_output=True, text=True, timeout=1200)
    if result.returncode != 0:
        sys.exit(f"probing {path} failed: {result.stderr.strip()}")
    connection = sqlite3.connect(probe)
    try:
        events = {event_number(row[0]) for row in connection.execute("SELECT external_id FROM fact WHERE external_id IS NOT NULL")}
    finally:
        connection.close()
    os.remove(probe)
    lines = [line for line in open(path, encoding="utf-8") if int(line.split("\t", 1)[0]) in events]
    with open(path, "w", encoding="utf-8") as out:
        out.writelines(lines)
    return len(lines)


def event_number(external_id):
    """The row's number in its file: the digits of the id (`gdelt:10000123` is 10000123)."""
    return int("".join(character for character in external_id if character.isdigit()))


def problems_after_kill(now, reference, files):
    """What is wrong with the schema's state `now` against the reference's, `files` being each
    events file's (first event number, last event number, batch size)."""
    problems = []
    if now["problem"]:
        return [now["problem"]]
    if now["migrations"] and now["migrations"] != reference["migrations"]:
        problems.append(f"some migrations only: {sorted(now['migrations'])}")
    for content_hash, (origin, count) in now["articles"].items():
        expected = reference["articles"].get(content_hash)
        if expected is None:
            problems.append(f"article {content_hash[:12]} is not in the reference")
        elif origin in ("gdelt", "icews"):
            # An event source's facts arrive batch by batch: never more than all of them.
            if count > expected[1]:
                problems.append(f"event article {content_hash[:12]} has {count} facts, more than {expected[1]}")
        elif count != expected[1]:
            problems.append(f"article {content_hash[:12]} is half-stored: {count} of {expected[1]} facts")
    events = now["events"]
    if len(events) != len(set(events)):
        problems.append("an event is stored twice")
    if set(events) != now["claimed"]:
        problems.append(f"{len(now['claimed'] - set(events))} ids claimed without their fact, "
                        f"{len(set(events) - now['claimed'])} facts without their claim")
    if not set(events) <= set(reference["events"]):
        problems.append("an event not in the files is stored")
    if now["duplicates"]:
        problems.append(f"{now['duplicates']} extracted facts stored twice")
    # A bulk import's indexes and keys are on the table or recorded for the next writable open.
    if now["indexes"] is not None and (now["indexes"] | now["pending"] != reference["indexes"] or now["indexes"] & now["pending"]):
        problems.append(f"fact indexes and keys: {sorted(now['indexes'])} present, {sorted(now['pending'])} pending, "
                        f"{sorted(reference['indexes'])} expected")
    for first, last, batch in files:
        # The file's events in its order (ids grow down the file).
        expected = sorted(n for n in map(event_number, reference["events"]) if first <= n <= last)
        stored = sorted(n for n in map(event_number, events) if first <= n <= last)
        if stored != expected[:len(stored)] or (len(stored) % batch and len(stored) != len(expected)):
            problems.append(f"of the events {first}–{last}, {len(stored)} are stored: not whole batches of {batch} from the start")
    return problems


def run_on_postgres(arguments, commands, files, event_files, work):
    """The harness's loop on a server: `commands` by name, each without `--db`; `files` each events
    file's (first id, last id, batch size), `event_files` their paths."""
    server = Server(arguments.db)
    event_rows = [keep_events_only(arguments.entente, path, work) for path in event_files]
    made = []

    def fresh():
        made.append(server.fresh_schema())
        return made[-1]

    try:
        reference_schema = fresh()
        durations = {}
        for name, command in commands.items():
            start = time.monotonic()
            result = subprocess.run([arguments.entente] + command + ["--db", server.graph_url(reference_schema)],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, timeout=1200)
            durations[name] = time.monotonic() - start
            if result.returncode != 0:
                sys.exit(f"reference {name} failed: {result.stderr.strip()}")
        reference = state(server, reference_schema)
        reference_events = [n for n in map(event_number, reference["events"])]
        for (first, last, _), rows in zip(files, event_rows):
            stored = sum(1 for n in reference_events if first <= n <= last)
            if stored != rows:
                sys.exit(f"the reference stored {stored} of the {rows} events {first}–{last}: the batch check needs every row an event")
        print(f"reference: {len(reference['articles'])} articles, {sum(c for _, c in reference['articles'].values())} facts, "
              f"{len(reference['events'])} events; " + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in durations.items()))

        schema = fresh()
        failures = []
        landed = {name: 0 for name in commands}
        attempts = kill = completions = 0
        names = list(commands)
        while kill < arguments.kills and attempts < arguments.kills * 4:
            attempts += 1
            name = names[attempts % len(names)]
            process = subprocess.Popen([arguments.entente] + commands[name] + ["--db", server.graph_url(schema)],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(random.uniform(0.02, durations[name] * 0.9))
            if process.poll() is not None:
                continue
            process.send_signal(signal.SIGKILL)
            process.wait()
            kill += 1
            landed[name] += 1
            problems = problems_after_kill(state(server, schema), reference, files)
            if problems:
                failures.append(f"kill {kill} ({name}): " + "; ".join(problems))
            if kill % 10 == 0:
                # Running the commands again completes the work, exactly.
                for command in commands.values():
                    result = subprocess.run([arguments.entente] + command + ["--db", server.graph_url(schema)],
                                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, timeout=1200)
                    if result.returncode != 0:
                        failures.append(f"re-run after kill {kill} failed: {result.stderr.strip()}")
                now = state(server, schema)
                if now["articles"] != reference["articles"] or sorted(now["events"]) != sorted(reference["events"]) \
                        or now["claimed"] != reference["claimed"] or now["duplicates"] \
                        or now["indexes"] != reference["indexes"] or now["pending"]:
                    failures.append(f"after kill {kill}, re-running did not give the reference graph")
                completions += 1
                server.drop_schema(schema)
                made.remove(schema)
                schema = fresh()
        print(f"{kill} kills while the command ran (" + ", ".join(f"{landed[n]} during {n}" for n in names)
              + f") in {attempts} attempts; {completions} re-runs to completion")
        if kill < arguments.kills:
            failures.append(f"only {kill} of {arguments.kills} kills landed while a command ran")
        if failures:
            print("\n".join(failures))
            sys.exit(1)
        print("after every kill: the schema whole or absent, no half-stored article, each event once with its claim, "
              "whole batches only; every re-run gave the reference graph")
    finally:
        for name in made:
            server.drop_schema(name)
