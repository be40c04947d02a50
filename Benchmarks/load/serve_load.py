#!/usr/bin/env python3
"""A bounded load run of `entente serve` with wrk on loopback: 32 connections against
/style.css (the baseline: an embedded file, the HTTP stack alone), /api/neighbourhood and
/api/query, each for a few seconds, several runs; medians of requests/s and p99 latency, the
ratio to the baseline, errors (non-2xx and socket errors) and the server's resident memory
before, between and after the runs.

    python3 Benchmarks/load/serve_load.py --entente .build/release/entente [--seconds 5] [--runs 3]

Use a release build. The graph is the example articles (`entente demo`).
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile

QUERY = '{"query": "MATCH (a)-[r]->(\\"Turkey\\") RETURN a, r.date ORDER BY r.date"}'


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))


def wrk(url, seconds, connections, script=None):
    command = ["wrk", "--latency", "-t2", f"-c{connections}", f"-d{seconds}s", url]
    if script:
        command[1:1] = ["-s", script]
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)\b", out)
    p99_ms = float(p99.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)]
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    errors = (int(bad.group(1)) if bad else 0) + (sum(map(int, socket.groups())) if socket else 0)
    return rate, p99_ms, errors


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--entente", required=True)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--connections", type=int, default=32)
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="entente-load-")
    db = os.path.join(work, "examples.sqlite")
    subprocess.run([args.entente, "demo", "--db", db], check=True, stdout=subprocess.DEVNULL)
    script = os.path.join(work, "query.lua")
    with open(script, "w") as lua:
        lua.write('wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = [[%s]]\n' % QUERY)
    server = subprocess.Popen([args.entente, "serve", "--db", db, "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    base = next(word for word in server.stdout.readline().split() if word.startswith("http://")).rstrip("/")
    endpoints = [
        ("GET /style.css (baseline)", base + "/style.css", None),
        ("GET /api/neighbourhood?around=Turkey&depth=2", base + "/api/neighbourhood?around=Turkey&depth=2", None),
        ("POST /api/query", base + "/api/query", script),
    ]
    memory = [("start", rss_kib(server.pid))]
    results = {name: [] for name, _, _ in endpoints}
    for run in range(args.runs):
        for name, url, lua in endpoints:
            results[name].append(wrk(url, args.seconds, args.connections, lua))
        memory.append((f"after run {run + 1}", rss_kib(server.pid)))
    server.terminate()
    server.wait(timeout=10)
    print(f"wrk, {args.connections} connections, 2 threads, {args.seconds} s per endpoint, {args.runs} runs, medians; example graph")
    baseline = statistics.median(rate for rate, _, _ in results[endpoints[0][0]])
    failed = 0
    for name, _, _ in endpoints:
        rate = statistics.median(r for r, _, _ in results[name])
        p99 = statistics.median(p for _, p, _ in results[name])
        errors = sum(e for _, _, e in results[name])
        failed += errors
        print(f"{name:48} {rate:9.0f} req/s  p99 {p99:7.2f} ms  {rate / baseline:5.2f}× baseline  errors {errors}")
    print("resident memory (MiB): " + ", ".join(f"{label} {kib / 1024:.1f}" for label, kib in memory))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
