#!/usr/bin/python3
"""Word segmentation accuracy: SIGHAN 2005 PKU test set (and UD Chinese GSD).

Scoring is the bakeoff's: a predicted word counts when its start and end
(in characters, whitespace ignored) match a gold word's; precision, recall
and F1 over all words.  Segmenters: zh's words mode (zh_segment), and, when
installed, jieba 0.42 (python3-jieba, HMM on, as in its default cut) and
ICU's word break iterator (via the bench's C helper, if built).

    bench/segment/score.py [--gsd] [--json FILE]

The data lives in ../shared/data (research use only: read, never copied).
"""
import argparse
import json
import os
import sqlite3
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "..", "shared", "data")


def spans(words):
    out, i = set(), 0
    for w in words:
        out.add((i, i + len(w)))
        i += len(w)
    return out


def score(pred, gold):
    tp = npred = ngold = 0
    for p, g in zip(pred, gold):
        p = [w for w in p if w.strip()]
        if "".join(p) != "".join(g):
            raise SystemExit(f"segmenter changed the text:\n{''.join(p)}\n{''.join(g)}")
        ps, gs = spans(p), spans(g)
        tp += len(ps & gs)
        npred += len(ps)
        ngold += len(gs)
    prec, rec = tp / npred, tp / ngold
    return {"precision": prec, "recall": rec, "f1": 2 * prec * rec / (prec + rec)}


def load_pku():
    d = os.path.join(DATA, "sighan2005")
    with open(os.path.join(d, "pku_test_gold.utf8"), encoding="utf-8") as f:
        gold = [l.split() for l in f]
    with open(os.path.join(d, "pku_test.utf8"), encoding="utf-8") as f:
        raw = [l.rstrip("\r\n") for l in f]
    return raw, gold


def load_gsd(name):
    sents, cur = [], []
    with open(os.path.join(DATA, "ner", name), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            line = line.rstrip("\n")
            if not line:
                if cur:
                    sents.append(cur)
                cur = []
                continue
            cur.append(line.split("\t")[1])
    if cur:
        sents.append(cur)
    return ["".join(s) for s in sents], sents


def zh_segmenter():
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(os.path.join(ROOT, "build", "zh"))

    def seg(line):
        return db.execute("SELECT zh_segment(?)", (line,)).fetchone()[0].split(" ")
    return seg


def jieba_segmenter():
    try:
        import jieba
    except ImportError:
        return None
    jieba.setLogLevel(60)
    jieba.initialize()
    return lambda line: list(jieba.cut(line))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gsd", action="store_true", help="also score UD Chinese GSD train")
    ap.add_argument("--only-zh", action="store_true")
    ap.add_argument("--json")
    args = ap.parse_args()
    if not os.path.exists(os.path.join(DATA, "sighan2005", "pku_test_gold.utf8")):
        print("skipped: ../shared/data/sighan2005 not found")
        return 0
    sets = [("PKU test", load_pku())]
    if args.gsd:
        sets.append(("GSD train", load_gsd("zh_gsdsimp-ud-train.iob2")))
    segs = [("zh words", zh_segmenter())]
    if not args.only_zh:
        j = jieba_segmenter()
        if j:
            segs.append(("jieba 0.42 (HMM)", j))
    results = []
    for set_name, (raw, gold) in sets:
        for seg_name, seg in segs:
            t = time.perf_counter()
            pred = [seg(line) for line in raw]
            dt = time.perf_counter() - t
            r = score(pred, gold)
            r.update(set=set_name, segmenter=seg_name, seconds=dt)
            results.append(r)
            print(f"{set_name:10} {seg_name:18} P {r['precision']:.4f}  R {r['recall']:.4f}  F1 {r['f1']:.4f}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
