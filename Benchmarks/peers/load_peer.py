#!/usr/bin/env python3
"""Time the plain sqlite3 bulk load of run_peers.py on the benchmark's triples, once.

`entente-benchmark load` runs this between its own imports, so both rates come from the same run:
the triples (facts-N.tsv) are read first, untimed; then the same SQLitePeer that run_peers.py
measures (entity ids, executemany into a fresh file, three indexes, commit) is built and timed.
Prints the seconds and facts/s as JSON.

    python3 Benchmarks/peers/load_peer.py --facts 200000 --dir /tmp/entente-benchmark
"""
import argparse
import json
import os
import tempfile
import time

from run_peers import SQLitePeer, load_triples


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--facts", type=int, default=200000)
    parser.add_argument("--dir", default=os.path.join(tempfile.gettempdir(), "entente-benchmark"))
    arguments = parser.parse_args()
    triples = load_triples(os.path.join(arguments.dir, f"facts-{arguments.facts}.tsv"))
    start = time.perf_counter()
    peer = SQLitePeer(triples, arguments.dir)
    seconds = time.perf_counter() - start
    peer.db.close()
    print(json.dumps({"facts": len(triples), "seconds": seconds, "facts_per_second": len(triples) / seconds}))


if __name__ == "__main__":
    main()
