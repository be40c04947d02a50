#!/usr/bin/env python3
"""Run Entente's benchmark queries on other systems and compare answers and medians.

Loads the triples the Entente benchmark generated (facts-N.tsv: subject, predicate, object,
day) into plain SQLite, networkx, Kuzu and Oxigraph, runs the same queries on the entities the
benchmark chose, checks each answer against Entente's (from `--answers`), and prints each
system's median beside Entente's with the ratio (system / Entente; above 1 means Entente is faster).

    swift run -c release entente-benchmark graph --facts 200000 --answers /tmp/answers-200000.json
    pip install kuzu pyoxigraph networkx
    python3 Benchmarks/peers/run_peers.py --facts 200000 --answers /tmp/answers-200000.json
"""
import argparse
import json
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict, deque

WINDOW = ("2018-01-01", "2020-12-31")
YEAR = ("2019-01-01", "2019-12-31")


def median_ms(runs, body):
    start = time.perf_counter()
    answer = body()  # warm-up
    first = (time.perf_counter() - start) * 1000
    if first > 5000:
        return first, answer  # a query this slow is timed once, warm-up included
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        answer = body()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), answer


def load_triples(path):
    with open(path, encoding="utf-8") as f:
        return [tuple(line.rstrip("\n").split("\t")) for line in f if line.strip()]


# ---------------------------------------------------------------- plain SQLite (Python's sqlite3)
class SQLitePeer:
    name = "sqlite"

    def __init__(self, triples, directory):
        self.db = sqlite3.connect(os.path.join(directory, "peer.sqlite"))
        self.db.executescript("""
            DROP TABLE IF EXISTS fact; DROP TABLE IF EXISTS entity;
            CREATE TABLE entity (id INTEGER PRIMARY KEY, name TEXT UNIQUE);
            CREATE TABLE fact (s INTEGER, p TEXT, o INTEGER, d TEXT);
        """)
        ids = {}
        for s, _, o, _ in triples:
            for n in (s, o):
                if n not in ids:
                    ids[n] = len(ids) + 1
        self.db.executemany("INSERT INTO entity VALUES (?, ?)", [(i, n) for n, i in ids.items()])
        self.db.executemany("INSERT INTO fact VALUES (?, ?, ?, ?)", [(ids[s], p, ids[o], d) for s, p, o, d in triples])
        self.db.executescript("""
            CREATE INDEX fs ON fact(s, p, d); CREATE INDEX fo ON fact(o, p, d); CREATE INDEX fd ON fact(d);
        """)
        self.db.commit()
        self.ids = ids

    def one_hop(self, hub):
        return sorted(r[0] for r in self.db.execute(
            "SELECT DISTINCT e.name FROM fact f JOIN entity e ON e.id = f.o WHERE f.s = ? AND f.p = 'supports'", (self.ids[hub],)))

    def reach(self, start, depth, window=None):
        scope = "AND f.d BETWEEN ? AND ?" if window else ""
        args = [self.ids[start]] + (list(window) if window else []) * 2 + [self.ids[start]]
        sql = f"""
            WITH RECURSIVE reach(node, depth) AS (
                SELECT ?, 0
                UNION SELECT f.o, r.depth + 1 FROM reach r JOIN fact f ON f.s = r.node WHERE r.depth < {depth} {scope}
                UNION SELECT f.s, r.depth + 1 FROM reach r JOIN fact f ON f.o = r.node WHERE r.depth < {depth} {scope}
            )
            SELECT DISTINCT e.name FROM reach r JOIN entity e ON e.id = r.node WHERE r.node <> ?"""
        return set(r[0] for r in self.db.execute(sql, args))

    def shortest(self, a, b, limit=4):
        # Level by level from both ends would be the fast way; this is what one writes in SQL.
        frontier, seen, depth = {self.ids[a]}, {self.ids[a]}, 0
        target = self.ids[b]
        while frontier and depth < limit:
            depth += 1
            marks = ",".join("?" * len(frontier))
            rows = self.db.execute(f"SELECT o FROM fact WHERE s IN ({marks}) UNION SELECT s FROM fact WHERE o IN ({marks})",
                                   list(frontier) * 2)
            frontier = {r[0] for r in rows} - seen
            if target in frontier:
                return depth
            seen |= frontier
        return None

    def timeline(self, a, b):
        rows = self.db.execute("""
            SELECT substr(d, 1, 7), count(*) FROM fact
            WHERE (s = ? AND o = ?) OR (s = ? AND o = ?) GROUP BY 1""", (self.ids[a], self.ids[b], self.ids[b], self.ids[a]))
        return dict(rows)

    def who_supports(self, target):
        return sorted(r[0] for r in self.db.execute(
            "SELECT DISTINCT e.name FROM fact f JOIN entity e ON e.id = f.s WHERE f.o = ? AND f.p = 'supports' AND f.d BETWEEN ? AND ?",
            (self.ids[target],) + YEAR))


# ---------------------------------------------------------------- networkx
class NetworkXPeer:
    name = "networkx"

    def __init__(self, triples, directory):
        import networkx as nx
        self.nx = nx
        self.graph = nx.MultiDiGraph()
        # Its own undirected multigraph: an undirected view of the directed one merges the two
        # directions' parallel edges by key, and loses dates.
        self.undirected = nx.MultiGraph()
        for s, p, o, d in triples:
            self.graph.add_edge(s, o, p=p, d=d)
            self.undirected.add_edge(s, o, p=p, d=d)

    def one_hop(self, hub):
        return sorted({o for _, o, data in self.graph.out_edges(hub, data=True) if data["p"] == "supports"})

    def reach(self, start, depth, window=None):
        seen, frontier = {start}, [start]
        for _ in range(depth):
            nxt = []
            for node in frontier:
                for _, other, data in self.undirected.edges(node, data=True):
                    if window and not (window[0] <= data["d"] <= window[1]):
                        continue
                    if other not in seen:
                        seen.add(other)
                        nxt.append(other)
            frontier = nxt
        seen.discard(start)
        return seen

    def shortest(self, a, b, limit=4):
        try:
            length = self.nx.shortest_path_length(self.undirected, a, b)
        except self.nx.NetworkXNoPath:
            return None
        return length if length <= limit else None

    def timeline(self, a, b):
        counts = Counter()
        for x, y in ((a, b), (b, a)):
            for data in (self.graph.get_edge_data(x, y) or {}).values():
                counts[data["d"][:7]] += 1
        return dict(counts)

    def who_supports(self, target):
        return sorted({s for s, _, data in self.graph.in_edges(target, data=True)
                       if data["p"] == "supports" and YEAR[0] <= data["d"] <= YEAR[1]})


# ---------------------------------------------------------------- Kuzu
class KuzuPeer:
    name = "kuzu"

    def __init__(self, triples, directory):
        import kuzu
        path = os.path.join(directory, "peer.kuzu")
        shutil.rmtree(path, ignore_errors=True)
        if os.path.exists(path):
            os.remove(path)
        self.db = kuzu.Database(path)
        self.conn = kuzu.Connection(self.db)
        names = sorted({n for s, _, o, _ in triples for n in (s, o)})
        nodes = os.path.join(directory, "peer-nodes.csv")
        edges = os.path.join(directory, "peer-edges.csv")
        with open(nodes, "w", encoding="utf-8") as f:
            f.writelines(f'"{n}"\n' for n in names)
        with open(edges, "w", encoding="utf-8") as f:
            f.writelines(f'"{s}","{o}",{p},{d}\n' for s, p, o, d in triples)
        self.conn.execute("CREATE NODE TABLE Actor(name STRING, PRIMARY KEY(name))")
        self.conn.execute("CREATE REL TABLE Rel(FROM Actor TO Actor, p STRING, d DATE)")
        self.conn.execute(f'COPY Actor FROM "{nodes}" (HEADER=false)')
        self.conn.execute(f'COPY Rel FROM "{edges}" (HEADER=false)')

    def rows(self, query, parameters):
        result = self.conn.execute(query, parameters)
        out = []
        while result.has_next():
            out.append(result.get_next())
        return out

    def one_hop(self, hub):
        return sorted(r[0] for r in self.rows(
            "MATCH (a:Actor {name: $n})-[r:Rel]->(b:Actor) WHERE r.p = 'supports' RETURN DISTINCT b.name", {"n": hub}))

    def reach(self, start, depth, window=None):
        where = ""
        if window:
            where = f" (r, n | WHERE r.d >= date('{window[0]}') AND r.d <= date('{window[1]}'))"
        # SHORTEST walks breadth first, one path per entity reached; a plain *1..3 enumerates every walk.
        query = f"MATCH (a:Actor {{name: $n}})-[r:Rel* SHORTEST 1..{depth}{where}]-(b:Actor) WHERE b.name <> $n RETURN DISTINCT b.name"
        return {r[0] for r in self.rows(query, {"n": start})}

    def shortest(self, a, b, limit=4):
        rows = self.rows(
            f"MATCH p = (a:Actor {{name: $a}})-[r:Rel* SHORTEST 1..{limit}]-(b:Actor {{name: $b}}) RETURN length(r)", {"a": a, "b": b})
        return rows[0][0] if rows else None

    def timeline(self, a, b):
        rows = self.rows("""
            MATCH (x:Actor)-[r:Rel]->(y:Actor)
            WHERE (x.name = $a AND y.name = $b) OR (x.name = $b AND y.name = $a)
            RETURN substring(string(r.d), 1, 7) AS m, count(*)""", {"a": a, "b": b})
        return {m: c for m, c in rows}

    def who_supports(self, target):
        return sorted(r[0] for r in self.rows("""
            MATCH (a:Actor)-[r:Rel]->(b:Actor {name: $n}) WHERE r.p = 'supports' AND r.d >= date('2019-01-01') AND r.d <= date('2019-12-31')
            RETURN DISTINCT a.name""", {"n": target}))


# ---------------------------------------------------------------- Oxigraph (SPARQL; facts reified as nodes)
class OxigraphPeer:
    name = "oxigraph"
    E = "http://entente.example/"

    def __init__(self, triples, directory):
        import pyoxigraph as ox
        self.ox = ox
        self.store = ox.Store()
        E = self.E
        actor = {}

        def node(name):
            if name not in actor:
                actor[name] = ox.NamedNode(f"{E}a{len(actor)}")
            return actor[name]

        quads = []
        label, s, p, o, d = (ox.NamedNode(E + x) for x in ("name", "s", "p", "o", "d"))
        xsd_date = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
        for index, (subj, pred, obj, day) in enumerate(triples):
            fact = ox.NamedNode(f"{E}f{index}")
            quads += [ox.Quad(fact, s, node(subj)), ox.Quad(fact, p, ox.Literal(pred)), ox.Quad(fact, o, node(obj)),
                      ox.Quad(fact, d, ox.Literal(day, datatype=xsd_date)),
                      # a direct link for path queries without dates
                      ox.Quad(node(subj), ox.NamedNode(E + "rel"), node(obj))]
        for name, n in actor.items():
            quads.append(ox.Quad(n, label, ox.Literal(name)))
        self.store.bulk_extend(quads)

    def select(self, query):
        return [tuple(term.value if term is not None else None for term in row) for row in self.store.query(query)]

    def one_hop(self, hub):
        return sorted(r[0] for r in self.select(f"""
            PREFIX e: <{self.E}>
            SELECT DISTINCT ?bn WHERE {{ ?a e:name "{hub}" . ?f e:s ?a ; e:p "supports" ; e:o ?b . ?b e:name ?bn }}"""))

    def reach(self, start, depth, window=None):
        if window:
            hop = lambda x, y: (f"{{ ?f{x}{y} e:s ?{x} ; e:o ?{y} ; e:d ?d{x}{y} }} UNION {{ ?f{x}{y} e:o ?{x} ; e:s ?{y} ; e:d ?d{x}{y} }} "
                                f"FILTER(?d{x}{y} >= \"{window[0]}\"^^<http://www.w3.org/2001/XMLSchema#date> && "
                                f"?d{x}{y} <= \"{window[1]}\"^^<http://www.w3.org/2001/XMLSchema#date>)")
        else:
            hop = lambda x, y: f"?{x} (e:rel|^e:rel) ?{y} ."
        branches = []
        for k in range(1, depth + 1):
            chain = " ".join(hop(f"n{i}", f"n{i + 1}") for i in range(k))
            branches.append(f"{{ {chain} BIND(?n{k} AS ?b) }}")
        query = f"""PREFIX e: <{self.E}>
            SELECT DISTINCT ?bn WHERE {{ ?n0 e:name "{start}" . {{ {" UNION ".join(branches)} }} ?b e:name ?bn FILTER(?bn != "{start}") }}"""
        return {r[0] for r in self.select(query)}

    def shortest(self, a, b, limit=4):
        for k in range(1, limit + 1):
            chain = " ".join(f"?n{i} (e:rel|^e:rel) ?n{i + 1} ." for i in range(k))
            if self.select(f"""PREFIX e: <{self.E}> SELECT ?n0 WHERE {{ ?n0 e:name "{a}" . ?n{k} e:name "{b}" . {chain} }} LIMIT 1"""):
                return k
        return None

    def timeline(self, a, b):
        rows = self.select(f"""PREFIX e: <{self.E}>
            SELECT ?m (COUNT(*) AS ?c) WHERE {{
              ?x e:name "{a}" . ?y e:name "{b}" .
              {{ ?f e:s ?x ; e:o ?y }} UNION {{ ?f e:s ?y ; e:o ?x }}
              ?f e:d ?d BIND(SUBSTR(STR(?d), 1, 7) AS ?m) }} GROUP BY ?m""")
        return {m: int(c) for m, c in rows}

    def who_supports(self, target):
        return sorted(r[0] for r in self.select(f"""PREFIX e: <{self.E}>
            SELECT DISTINCT ?an WHERE {{ ?b e:name "{target}" . ?f e:o ?b ; e:p "supports" ; e:s ?a ; e:d ?d . ?a e:name ?an
              FILTER(?d >= "2019-01-01"^^<http://www.w3.org/2001/XMLSchema#date> && ?d <= "2019-12-31"^^<http://www.w3.org/2001/XMLSchema#date>) }}"""))


def entente_answers(report):
    answers = report["answers"]
    months = {}
    for row in answers["timeline"]:
        fields = row.split("\t")
        if int(fields[1]) > 0:
            months[fields[0]] = int(fields[1])
    return {
        "one_hop": sorted(answers["one_hop"]),
        "two_hop": set(answers["two_hop"]),
        "three_hop": set(answers["three_hop"]),
        "three_hop_window": set(answers["three_hop_window"]),
        "shortest": answers["shortest"][0].count(" · ") + 1 if answers["shortest"] else None,
        "timeline": months,
        "who_supports": sorted(answers["who_supports"]),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--facts", type=int, default=200000)
    parser.add_argument("--dir", default=os.path.join(tempfile.gettempdir(), "entente-benchmark"))
    parser.add_argument("--answers", required=True, help="the JSON written by entente-benchmark graph --answers")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--systems", default="sqlite,networkx,kuzu,oxigraph")
    arguments = parser.parse_args()

    report = json.load(open(arguments.answers))
    chosen = report["entities"]
    ours = {m["name"]: m["entente"] for m in report["measurements"]}
    expected = entente_answers(report)
    triples = load_triples(os.path.join(arguments.dir, f"facts-{arguments.facts}.tsv"))
    classes = {"sqlite": SQLitePeer, "networkx": NetworkXPeer, "kuzu": KuzuPeer, "oxigraph": OxigraphPeer}
    queries = [
        ("1-hop: whom the hub supports", "one_hop", lambda s: s.one_hop(chosen["hub"])),
        ("2-hop reachable set (mid-degree)", "two_hop", lambda s: s.reach(chosen["middle"], 2)),
        ("3-hop reachable set (mid-degree)", "three_hop", lambda s: s.reach(chosen["middle"], 3)),
        ("3-hop reachable, 2018–2020 only", "three_hop_window", lambda s: s.reach(chosen["middle"], 3, WINDOW)),
        ("shortest path (low-degree pair)", "shortest", lambda s: s.shortest(chosen["low_a"], chosen["low_b"])),
        ("dyad timeline by month (two hubs)", "timeline", lambda s: s.timeline(chosen["hub"], chosen["partner"])),
        ("who supports X in 2019", "who_supports", lambda s: s.who_supports(chosen["target"])),
    ]
    table = defaultdict(dict)
    disagreements = []
    for system in arguments.systems.split(","):
        start = time.perf_counter()
        try:
            peer = classes[system](triples, arguments.dir)
        except ImportError as error:
            print(f"{system}: not installed ({error}); pip install kuzu pyoxigraph networkx", file=sys.stderr)
            continue
        load = time.perf_counter() - start
        table["load (facts/s)"][system] = len(triples) / load
        for title, key, body in queries:
            if system == "oxigraph" and key.startswith("three_hop") and len(triples) > 100000:
                table[title][system] = None  # unions of chains over reified facts: 20 s to minutes a run at 200,000
                continue
            median, answer = median_ms(arguments.runs, lambda: body(peer))
            table[title][system] = median
            if answer != expected[key]:
                disagreements.append(f"{system} disagrees with Entente on '{title}'")
        print(f"{system}: loaded in {load:.1f} s", file=sys.stderr)

    systems = [s for s in arguments.systems.split(",") if any(s in row for row in table.values())]
    print(f"{len(triples)} facts; medians of {arguments.runs} runs after a warm-up, milliseconds; "
          "(×) = system / Entente, above 1 means Entente is faster")
    print("query".ljust(36) + "entente".rjust(10) + "".join(s.rjust(22) for s in systems))
    load = report.get("loadFactsPerSecond")
    print("load (facts/s)".ljust(36) + (f"{load:10.0f}" if load else "         –")
          + "".join((f"{table['load (facts/s)'][s]:22.0f}" if s in table["load (facts/s)"] else "–".rjust(22)) for s in systems))
    for title, key, _ in queries:
        line = title.ljust(36) + f"{ours[title]:10.2f}"
        for s in systems:
            value = table[title].get(s)
            line += ("not run".rjust(22) if value is None else f"{value:12.2f} ({value / ours[title]:7.1f}×)")
        print(line)
    if disagreements:
        print("\n".join(disagreements))
        sys.exit(1)
    print("every system returned the same answers as Entente")


if __name__ == "__main__":
    main()
