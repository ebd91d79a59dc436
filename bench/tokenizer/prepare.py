"""Reads the news corpus and writes what tokbench needs into a work directory.

    prepare.py ZH_SO CORPUS_GZ WORKDIR [--quick-bytes N] [--per-length N]
               [--seed N]

WORKDIR/corpus.bin   per document: u32 LE length + UTF-8 title, then the body
WORKDIR/queries.txt  "chars<TAB>common|rare<TAB>text" lines
WORKDIR/corpus.json  what was read (documents, bytes, the query rules)

The work directory is temporary (run.sh deletes it): the corpus is third-party
text and is read at run time, never stored in the repository.

Queries are substrings made only of Han characters, drawn with a fixed seed:
- common: a uniformly random position of the Han text, so a string is drawn in
  proportion to how often it occurs;
- rare: a random window that holds a rare character, one found in at most
  max(3, documents/1000) documents.
Each query is distinct within its length and group.  Characters that zh_fold()
changes (traditional forms, compatibility ideographs) end a run, so zh and
trigram search for the same string and both should find exactly the documents
that a plain substring scan finds.
"""

import argparse
import bisect
import collections
import gzip
import json
import os
import random
import re
import sqlite3
import struct
import sys

# CJK unified ideographs and their extensions.
HAN_RUN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff"
                     "\U00020000-\U0002ebef\U00030000-\U000323af]+")
LENGTHS = (1, 2, 3, 4, 8)


def read_docs(path, quick_bytes):
    docs, nbytes = [], 0
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            title, body = d.get("title") or "", d.get("text") or ""
            docs.append((title, body))
            nbytes += len(title.encode()) + len(body.encode())
            if quick_bytes and nbytes >= quick_bytes:
                break
    return docs, nbytes


def write_corpus(docs, path):
    with open(path, "wb") as f:
        for title, body in docs:
            for s in (title, body):
                b = s.encode()
                f.write(struct.pack("<I", len(b)))
                f.write(b)


def folded_chars(zh_so, docs):
    """The Han characters of docs that zh_fold() changes."""
    chars = set()
    for title, body in docs:
        chars.update("".join(HAN_RUN.findall(title) + HAN_RUN.findall(body)))
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(zh_so)
    db.enable_load_extension(False)
    return {c for c in chars
            if db.execute("SELECT zh_fold(?)", (c,)).fetchone()[0] != c}


def draw_queries(docs, folded, per_length, seed):
    split = re.compile("[" + "".join(sorted(folded)) + "]") if folded else None
    runs, df = [], collections.Counter()
    for title, body in docs:
        doc_runs = HAN_RUN.findall(title) + HAN_RUN.findall(body)
        if split:
            doc_runs = [r for run in doc_runs for r in split.split(run) if r]
        runs += doc_runs
        df.update(set("".join(doc_runs)))
    rare_max_df = max(3, len(docs) // 1000)
    rare = {c for c, n in df.items() if n <= rare_max_df}
    # Every occurrence of a rare character: (run index, offset).
    rare_pos = [(i, j) for i, r in enumerate(runs) for j, c in enumerate(r)
                if c in rare]

    rng = random.Random(seed)
    half = per_length // 2
    out = []
    for L in LENGTHS:
        # common: windows of length L, drawn uniformly over all of them
        idx = [i for i, r in enumerate(runs) if len(r) >= L]
        cum, total = [], 0
        for i in idx:
            total += len(runs[i]) - L + 1
            cum.append(total)
        picked = set()
        for _ in range(50 * half):
            if len(picked) == half or total == 0:
                break
            k = rng.randrange(total)
            p = bisect.bisect_right(cum, k)
            r = runs[idx[p]]
            start = k - (cum[p - 1] if p else 0)
            picked.add(r[start:start + L])
        out += [(L, "common", q) for q in sorted(picked)]

        # rare: a window of length L around an occurrence of a rare character
        cand = [(i, j) for i, j in rare_pos if len(runs[i]) >= L]
        picked = set()
        for _ in range(50 * half):
            if len(picked) == per_length - half or not cand:
                break
            i, j = cand[rng.randrange(len(cand))]
            r = runs[i]
            lo, hi = max(0, j - L + 1), min(j, len(r) - L)
            start = rng.randint(lo, hi)
            picked.add(r[start:start + L])
        out += [(L, "rare", q) for q in sorted(picked)]
    info = {"rare_max_docs": rare_max_df, "distinct_han": len(df),
            "rare_han": len(rare), "folded_han_excluded": len(folded),
            "seed": seed}
    return out, info


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("zh_so")
    ap.add_argument("corpus")
    ap.add_argument("workdir")
    ap.add_argument("--quick-bytes", type=int, default=0,
                    help="stop after this many UTF-8 bytes (0: everything)")
    ap.add_argument("--per-length", type=int, default=200)
    ap.add_argument("--seed", type=int, default=2018)
    a = ap.parse_args()

    docs, nbytes = read_docs(a.corpus, a.quick_bytes)
    write_corpus(docs, os.path.join(a.workdir, "corpus.bin"))
    folded = folded_chars(a.zh_so, docs)
    queries, info = draw_queries(docs, folded, a.per_length, a.seed)
    with open(os.path.join(a.workdir, "queries.txt"), "w",
              encoding="utf-8") as f:
        for L, group, q in queries:
            f.write(f"{L}\t{group}\t{q}\n")
    info.update({"file": os.path.basename(a.corpus), "docs": len(docs),
                 "bytes": nbytes, "slice": bool(a.quick_bytes),
                 "queries": len(queries), "per_length": a.per_length})
    with open(os.path.join(a.workdir, "corpus.json"), "w") as f:
        json.dump(info, f)
    print(f"  corpus: {len(docs)} documents, {nbytes / 1e6:.1f} MB, "
          f"{len(queries)} queries", file=sys.stderr)


if __name__ == "__main__":
    main()
