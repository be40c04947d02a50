#!/usr/bin/env python3
"""Which fact index each statement of the query corpus uses, by SQLite's EXPLAIN QUERY PLAN.

    python3 Benchmarks/peers/index_users.py [--schema Tests/EntenteSQLiteTests/Snapshots/schema.sql]
        [--corpus Tests/EntenteQueryTests/Snapshots/sqlite-corpus.txt] [--database FILE] [--extra FILE]

Builds an empty database from the schema snapshot (or opens --database, e.g. a 200,000-event
import, to see the plans SQLite picks on real data), explains every statement of the corpus that
`SQLCorpusTests` records (bound with the corpus's own arguments) and, with --extra, every statement
of a file of `-- name` headed SQL statements, and prints for each fact index how many statements
use it and the first few queries that do. An index no statement uses is a candidate to drop; one
used only as a prefix of another is a candidate to narrow. The store runs no ANALYZE, so SQLite
chooses by its own rules, and the plans on an empty database are the plans on a full one.
"""

import argparse
import ast
import collections
import re
import sqlite3
import sys

INDEX = re.compile(r"(?:COVERING )?INDEX (\w+)")


def schema_statements(path):
    """The snapshot's statements, tables first: it lists them by type and name (`-- index x on t`)."""
    blocks = collections.defaultdict(list)
    kind, lines = None, []
    with open(path, encoding="utf-8") as schema:
        for line in list(schema) + ["-- end"]:
            if line.startswith("-- "):
                if kind and "".join(lines).strip():
                    blocks[kind].append("".join(lines))
                kind, lines = line.split()[1], []
            else:
                lines.append(line)
    return [sql for kind in ("table", "index", "view", "trigger") for sql in blocks[kind]]


def corpus_statements(path):
    """(query title, SQL text, arguments) for every statement in the snapshot."""
    title, lines, reading = None, [], False
    with open(path, encoding="utf-8") as corpus:
        for line in corpus:
            line = line.rstrip("\n")
            if line.startswith("### "):
                title, reading = line[4:], False
            elif line == "statement:":
                lines, reading = [], True
            elif reading and line.startswith("arguments:"):
                reading = False
                text = line[len("arguments:"):].strip()
                try:
                    arguments = list(ast.literal_eval("(" + text + ",)")) if text else []
                except (ValueError, SyntaxError):
                    arguments = None
                yield title, "\n".join(lines), arguments
            elif reading:
                lines.append(line)


def extra_statements(path):
    """(name, SQL text, None) for each `-- name` headed statement of a file."""
    name, lines = None, []
    with open(path, encoding="utf-8") as extra:
        for line in extra:
            if line.startswith("-- "):
                if name and "".join(lines).strip():
                    yield name, "".join(lines), None
                name, lines = line[3:].strip(), []
            else:
                lines.append(line)
    if name and "".join(lines).strip():
        yield name, "".join(lines), None


def explain(db, sql, arguments):
    """The index names in the statement's plan; arguments that do not fit are replaced by NULLs."""
    for attempt in (arguments, None):
        if attempt is None:
            attempt = [None] * sql.count("?")
        try:
            rows = db.execute("EXPLAIN QUERY PLAN " + sql, attempt).fetchall()
            return {match for row in rows for match in INDEX.findall(row[3])}
        except sqlite3.ProgrammingError:
            continue
    raise RuntimeError("could not bind: " + sql[:200])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--schema", default="Tests/EntenteSQLiteTests/Snapshots/schema.sql")
    parser.add_argument("--corpus", default="Tests/EntenteQueryTests/Snapshots/sqlite-corpus.txt")
    parser.add_argument("--database")
    parser.add_argument("--extra")
    arguments = parser.parse_args()
    if arguments.database:
        db = sqlite3.connect(arguments.database)
    else:
        db = sqlite3.connect(":memory:")
        for sql in schema_statements(arguments.schema):
            db.execute(sql)
    fact_indexes = [row[0] for row in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'fact' AND sql IS NOT NULL ORDER BY name")]
    users = collections.defaultdict(list)
    statements = list(corpus_statements(arguments.corpus))
    if arguments.extra:
        statements += list(extra_statements(arguments.extra))
    for title, sql, bound in statements:
        for index in explain(db, sql, bound):
            users[index].append(title)
    print(f"{len(statements)} statements explained")
    for index in fact_indexes:
        titles = users.get(index, [])
        distinct = sorted(set(titles))
        print(f"{index}: {len(titles)} statements, {len(distinct)} queries")
        for title in distinct[:4]:
            print(f"    {title}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
