#!/usr/bin/env python3
"""Would a learned fallback find the relations the coding rules miss? Leave-one-set-out check.

For every development article (the gold and dev2026* sets under Tests/EntenteTests/Fixtures), runs
`entente extract` and `entente parse`, pairs the entities that share a sentence, describes each pair
by its dependency path (lemmas, labels, the two ends' roles, words between), and labels it with the
gold relation class and direction that sentence states. A softmax classifier (NumPy, Adam, L2) is
trained on all sets but one and applied to the held-back set's pairs the extractor related in no
way; a prediction is right when the sentence states that class between the pair.

    python3 scripts/relation-classifier-cv.py --entente .build/debug/entente

Prints, per threshold, the new right and wrong relations summed over the held-back sets. (Twelfth
round, 2026-12-06, fourteen sets: 14 right for 57 wrong at 0.5, 11 for 33 at 0.6, 4 for 9 at 0.8, so
no model ships.)
"""
import argparse
import collections
import glob
import json
import os
import subprocess
import unicodedata

import numpy as np

FIXTURES = os.path.join(os.path.dirname(__file__), "..", "Tests", "EntenteTests", "Fixtures")
CLASSES = ["verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict", "neutral", "structural"]
LABELS = ["none"] + [d + ":" + c for d in "FB" for c in CLASSES]


def fold(text):
    return " ".join(unicodedata.normalize("NFC", text).lower().replace("\u2019", "'").split())


def run(entente, command, path):
    return json.loads(subprocess.run([entente, command, path], capture_output=True, text=True, check=True).stdout)


def head_of(tokens, start, end):
    ids = [t["i"] for t in tokens if t["start"] < end and t["end"] > start]
    inside = set(ids)
    for i in ids:
        if tokens[i]["head"] not in inside or tokens[i]["head"] == i:
            return i
    return ids[-1] if ids else None


def ancestors(tokens, i):
    out, seen = [], set()
    while tokens[i]["head"] != i and i not in seen:
        seen.add(i)
        i = tokens[i]["head"]
        out.append(i)
    return out


def features(tokens, a, b, kind_a, kind_b):
    up, down = [a] + ancestors(tokens, a), [b] + ancestors(tokens, b)
    common = next((x for x in up if x in down), None)
    if common is None:
        return ["nopath"]
    rising, falling = up[: up.index(common)], down[: down.index(common)]
    lemma = lambda i: tokens[i]["lemma"].lower()
    dep = lambda i: tokens[i]["dep"]
    top = lemma(common) if common not in (a, b) else ("<A>" if common == a else "<B>")
    path = "/".join(dep(i) + "^" for i in rising) + "|" + "/".join(dep(i) + "v" for i in reversed(falling))
    inner = [lemma(i) for i in rising[1:]] + [top] + [lemma(i) for i in reversed(falling[1:])]
    found = ["lca=" + top, "lcapos=" + tokens[common]["pos"], "path=" + path, "path@" + path + "@" + top,
             "inner=" + " ".join(inner), "adep=" + dep(a), "bdep=" + dep(b), "adep@" + dep(a) + "@" + top,
             "bdep@" + dep(b) + "@" + top, "kinds=" + kind_a + "-" + kind_b, "len=%d" % min(len(rising) + len(falling), 6),
             "order=" + ("ab" if a < b else "ba")]
    found += ["w=" + w for w in inner] + ["wd=" + lemma(i) + "/" + dep(i) for i in rising[1:] + falling[1:]]
    low, high = min(a, b), max(a, b)
    found += ["bw=" + lemma(i) for i in range(low + 1, high) if tokens[i]["pos"] in ("VERB", "NOUN", "ADP", "ADJ")][:8]
    if any(t["head"] == common and t["dep"] == "neg" for t in tokens):
        found.append("neg")
    return found


def rows_of(entente, directory):
    rows = []
    for gold_path in sorted(glob.glob(os.path.join(directory, "*.gold.json"))):
        text_path = gold_path[: -len(".gold.json")] + ".txt"
        text = open(text_path, encoding="utf-8").read()
        extraction = run(entente, "extract", text_path)["articles"][0]
        parse = run(entente, "parse", text_path)
        gold = json.load(open(gold_path))
        names = [set(map(fold, [g["name"]] + (g.get("aliases") or []))) for g in gold["entities"]]
        index = lambda name: next((i for i, s in enumerate(names) if fold(name) in s), None)
        ours = {}
        for entity in extraction["entities"]:
            found = index(entity["name"])
            if found is None:
                used = {fold(m["text"]) for m in entity["mentions"]}
                found = next((i for i, s in enumerate(names) if s & used), None)
            ours[entity["name"]] = found
        stated = collections.defaultdict(list)
        for r in gold["relations"]:
            s, o = index(r["subject"]), index(r["object"])
            if s is not None and o is not None:
                stated[(s, o)].append((r["class"].replace("neutral-statement", "neutral"), r["negated"], fold(r.get("evidence") or "")))
        related = {(f["subject"], f["object"]) for f in extraction["facts"]} | {(f["object"], f["subject"]) for f in extraction["facts"]}
        kinds = {e["name"]: e["kind"] for e in extraction["entities"]}
        for sentence in parse["sentences"]:
            base = sentence["tokens"][0]["i"] if sentence["tokens"] else 0
            tokens = [dict(t, i=t["i"] - base, head=t["head"] - base) for t in sentence["tokens"]]
            words = fold(text[sentence["start"]: sentence["end"]])
            heads = {}
            for entity in extraction["entities"]:
                for m in entity["mentions"]:
                    if m["start"] >= sentence["start"] and m["end"] <= sentence["end"]:
                        h = head_of(tokens, m["start"], m["end"])
                        if h is not None:
                            heads[entity["name"]] = min(heads.get(entity["name"], h), h)
            named = sorted(heads, key=heads.get)
            for i, a in enumerate(named):
                for b in named[i + 1:]:
                    labels = set()
                    for direction, pair in (("F", (ours.get(a), ours.get(b))), ("B", (ours.get(b), ours.get(a)))):
                        for cls, negated, evidence in stated.get(pair, []):
                            if not evidence or evidence in words or words in evidence:
                                labels.add((direction, cls, negated))
                    rows.append({"set": os.path.basename(directory), "pair": (gold_path, a, b),
                                 "features": features(tokens, heads[a], heads[b], kinds[a], kinds[b]),
                                 "labels": labels, "related": (a, b) in related})
    return rows


def label(row):
    positive = sorted(l for l in row["labels"] if not l[2])
    if not positive:
        return None if row["labels"] else 0
    return LABELS.index(positive[0][0] + ":" + positive[0][1])


def train(rows, l2=1.0, iterations=300):
    counts = collections.Counter(f for r in rows for f in set(r["features"]))
    vocabulary = {f: i for i, f in enumerate(f for f, c in counts.items() if c >= 2)}
    x = np.zeros((len(rows), len(vocabulary) + 1), np.float32)
    x[:, -1] = 1
    for k, r in enumerate(rows):
        for f in set(r["features"]):
            if f in vocabulary:
                x[k, vocabulary[f]] = 1
    y = np.eye(len(LABELS), dtype=np.float32)[[label(r) for r in rows]]
    w = np.zeros((x.shape[1], len(LABELS)), np.float32)
    m, v = np.zeros_like(w), np.zeros_like(w)
    for t in range(1, iterations + 1):
        z = x @ w
        z -= z.max(1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(1, keepdims=True)
        g = x.T @ (p - y) / len(rows) + l2 * w / len(rows)
        m, v = 0.9 * m + 0.1 * g, 0.999 * v + 0.001 * g * g
        w -= 0.1 * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return vocabulary, w


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entente", default=".build/debug/entente")
    parser.add_argument("--l2", type=float, default=1.0)
    args = parser.parse_args()
    sets = sorted(d for d in glob.glob(os.path.join(FIXTURES, "*")) if os.path.isdir(d)
                  and (os.path.basename(d) == "gold" or os.path.basename(d).startswith("dev2026")))
    rows = [r for d in sets for r in rows_of(args.entente, d)]
    thresholds = [0.4, 0.5, 0.6, 0.7, 0.8]
    totals = {t: collections.Counter() for t in thresholds}
    for held in sorted({r["set"] for r in rows}):
        vocabulary, w = train([r for r in rows if r["set"] != held and label(r) is not None], l2=args.l2)
        best = {}
        for r in rows:
            if r["set"] != held or r["related"]:
                continue
            x = np.zeros(w.shape[0], np.float32)
            x[-1] = 1
            for f in set(r["features"]):
                if f in vocabulary:
                    x[vocabulary[f]] = 1
            z = x @ w
            p = np.exp(z - z.max())
            p /= p.sum()
            k = int(p.argmax())
            if k:
                key = (r["pair"], k)
                best[key] = max(best.get(key, 0.0), float(p[k]))
        stated = collections.defaultdict(set)
        for r in rows:
            if r["set"] == held:
                stated[r["pair"]] |= {(l[0], l[1]) for l in r["labels"] if not l[2]}
        for (pair, k), probability in best.items():
            direction, cls = LABELS[k].split(":")
            right = (direction, cls) in stated[pair] or (cls.endswith("cooperation") and any(c == cls for _, c in stated[pair]))
            for t in thresholds:
                if probability >= t:
                    totals[t]["right" if right else "wrong"] += 1
    for t in thresholds:
        print(f"threshold {t}: {totals[t]['right']} new right, {totals[t]['wrong']} new wrong")


if __name__ == "__main__":
    main()
