#!/usr/bin/python3
"""Word segmentation accuracy: SIGHAN 2005 PKU test set (and UD Chinese GSD).

Scoring is the bakeoff's: a predicted word counts when its start and end
(in characters, whitespace ignored) match a gold word's; precision, recall
and F1 over all words.  On PKU also the recall of the gold words that are
not in the PKU training word list (OOV recall), as the bakeoff reports it.

Segmenters:
  zh      zh's words mode, zh_segment() through build/zh.so
  jieba   jieba (python3-jieba), HMM on, as in its default cut
  icu     ICU's word break iterator, locale zh (C helper icuseg)
  friso   friso, complex (mmseg) mode (C helper frisoseg and its friso.ini)

    bench/segment/score.py [--gsd] [--json FILE] [--seg NAME ...] [--lines N]
                           [--icuseg PATH] [--frisoseg PATH --friso-ini PATH]

Without --seg, every segmenter that is available runs (the helpers when
built: bench/segment/run.sh builds them into build/bench/); a segmenter
named with --seg that is not available is an error.  Any error exits 1.

Times: load_s is the one-time setup (loading the extension, jieba's
initialise, a helper's dictionary load); segment_s is segmenting every line.
zh and jieba are called once a line from Python; the C helpers get all the
lines at once and time their own loop, so their figure has no Python in it.

The data lives in ../shared/data or $ZH_BENCH_DATA (research use only: read,
never copied); without it the script says "skipped" and exits 77.  Words that
do not cover their line's text (a character lost, added or changed) fail it.
"""
import argparse
import json
import os
import sqlite3
import subprocess
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import common  # noqa: E402

ROOT = common.ROOT
SIGHAN = common.data("sighan2005")
BUILD = os.path.join(ROOT, "build", "bench")
ORDER = ("zh", "jieba", "icu", "friso")


def spans(words):
    """(start, end) in characters of each word, in order."""
    out, i = [], 0
    for w in words:
        out.append((i, i + len(w)))
        i += len(w)
    return out


def check_cover(name, raw, pred):
    """Each line's words, white space left out, must be its text, white space
    left out: no character lost, added, changed or moved.  A mismatch fails
    the run."""
    if len(pred) != len(raw):
        common.mismatch("bench/segment", f"{name}: {len(pred)} lines of words for {len(raw)} lines")
    for i, (line, words) in enumerate(zip(raw, pred)):
        got, want = "".join(w for w in words if w.strip()), "".join(line.split())
        if got != want:
            common.mismatch("bench/segment", f"{name}: line {i + 1}: the words do not cover "
                            f"the text:\n  text:  {want}\n  words: {' '.join(words)}")


def score(pred, gold, known=None):
    """P/R/F1 of pred against gold; with known (a word set), OOV recall."""
    tp = npred = ngold = noov = tpoov = 0
    for p, g in zip(pred, gold, strict=True):
        p = [w for w in p if w.strip()]
        ps, gs = set(spans(p)), spans(g)
        tp += len(ps.intersection(gs))
        npred += len(ps)
        ngold += len(gs)
        if known is not None:
            oov = [s for s, w in zip(gs, g) if w not in known]
            noov += len(oov)
            tpoov += len(ps.intersection(oov))
    prec, rec = tp / npred, tp / ngold
    r = {"precision": prec, "recall": rec, "f1": 2 * prec * rec / (prec + rec),
         "words_predicted": npred, "words_gold": ngold}
    if known is not None:
        r["oov_recall"] = tpoov / noov if noov else None
    return r


def load_pku():
    with open(os.path.join(SIGHAN, "pku_test_gold.utf8"), encoding="utf-8") as f:
        gold = [l.split() for l in f]
    with open(os.path.join(SIGHAN, "pku_test.utf8"), encoding="utf-8") as f:
        raw = [l.rstrip("\r\n") for l in f]
    with open(os.path.join(SIGHAN, "pku_training_words.utf8"), encoding="utf-8") as f:
        known = {l.strip() for l in f if l.strip()}
    return raw, gold, known


def load_gsd(name):
    sents, cur = [], []
    with open(common.data("ner", name), encoding="utf-8") as f:
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
    return ["".join(s) for s in sents], sents, None


# ---- segmenters ------------------------------------------------------------
# Each make_* returns None when the segmenter is not available, else a dict:
# name, version, load_s, and run(lines) -> (list of word lists, seconds).

def make_zh(args):
    t = time.perf_counter()
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(os.path.join(ROOT, "build", "zh"))
    load_s = time.perf_counter() - t
    version = db.execute("SELECT zh_version()").fetchone()[0]

    def run(lines):
        t = time.perf_counter()
        out = [db.execute("SELECT zh_segment(?)", (l,)).fetchone()[0].split(" ")
               for l in lines]
        return out, time.perf_counter() - t
    return {"name": "zh words", "version": f"sqlite-zh {version}",
            "load_s": load_s, "run": run}


def make_jieba(args):
    t = time.perf_counter()
    try:
        import jieba
    except ImportError:
        return None
    jieba.setLogLevel(60)
    jieba.initialize()
    load_s = time.perf_counter() - t

    def run(lines):
        t = time.perf_counter()
        out = [list(jieba.cut(l)) for l in lines]
        return out, time.perf_counter() - t
    return {"name": "jieba (HMM)", "version": f"jieba {jieba.__version__}",
            "load_s": load_s, "run": run}


def helper(name, exe, args=()):
    """A C helper: lines on stdin, segments on stdout, times on stderr."""
    def call(argv, text=""):
        p = subprocess.run(argv, input=text.encode(), capture_output=True)
        err = p.stderr.decode(errors="replace")
        if p.returncode != 0:
            raise SystemExit(f"{name} failed (exit {p.returncode}):\n{err}")
        return p.stdout.decode(), err

    seg = {"name": name, "version": call([exe, "--version"])[0].strip()}

    def run(lines):
        out, err = call([exe, *args], "".join(l + "\n" for l in lines))
        rows = out.split("\n")
        if rows[-1] != "" or len(rows) - 1 != len(lines):
            raise SystemExit(f"{name}: {len(rows) - 1} lines out for {len(lines)} in")
        # the last stderr line: "time load_s=X segment_s=Y"
        times = dict(kv.split("=") for kv in err.strip().splitlines()[-1].split()[1:])
        seg["load_s"] = float(times["load_s"])
        return [r.split(" ") for r in rows[:-1]], float(times["segment_s"])
    seg["run"] = run
    return seg


def make_icu(args):
    if not os.access(args.icuseg, os.X_OK):
        return None
    return helper("ICU word break (zh)", args.icuseg)


def make_friso(args):
    if not (os.access(args.frisoseg, os.X_OK) and os.path.exists(args.friso_ini)):
        return None
    return helper("friso (mmseg)", args.frisoseg, [args.friso_ini])


MAKERS = {"zh": make_zh, "jieba": make_jieba, "icu": make_icu, "friso": make_friso}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gsd", action="store_true", help="also score UD Chinese GSD train")
    ap.add_argument("--seg", action="append", choices=ORDER,
                    help="a segmenter to run (repeatable; default: all available)")
    ap.add_argument("--only-zh", action="store_true", help="same as --seg zh")
    ap.add_argument("--icuseg", default=os.path.join(BUILD, "icuseg"))
    ap.add_argument("--frisoseg", default=os.path.join(BUILD, "frisoseg"))
    ap.add_argument("--friso-ini", default=os.path.join(BUILD, "friso.ini"))
    ap.add_argument("--json")
    ap.add_argument("--lines", type=int, default=0,
                    help="only the first N lines of each set (0: all)")
    args = ap.parse_args()
    for f in ("pku_test.utf8", "pku_test_gold.utf8", "pku_training_words.utf8"):
        common.need("bench/segment", os.path.join(SIGHAN, f))
    if args.gsd:
        common.need("bench/segment", common.data("ner", "zh_gsdsimp-ud-train.iob2"))
    wanted = ["zh"] if args.only_zh else args.seg
    segs = []
    for key in ORDER:
        if wanted and key not in wanted:
            continue
        s = MAKERS[key](args)
        if s is None:
            if wanted:
                raise SystemExit(f"segmenter {key} is not available")
            print(f"(segmenter {key} not available: left out)", file=sys.stderr)
            continue
        s["key"] = key
        segs.append(s)

    sets = [("PKU test", load_pku())]
    if args.gsd:
        sets.append(("GSD train", load_gsd("zh_gsdsimp-ud-train.iob2")))
    results, set_info = [], []
    for set_name, (raw, gold, known) in sets:
        if args.lines:
            raw, gold = raw[:args.lines], gold[:args.lines]
        # The data's own check: a gold line is its raw line, cut into words.
        for i, (line, g) in enumerate(zip(raw, gold, strict=True)):
            if "".join(line.split()) != "".join(g):
                raise SystemExit(f"{set_name}: line {i + 1}: the gold words are not the text")
        info = {"set": set_name, "lines": len(raw),
                "words": sum(len(g) for g in gold),
                "characters": sum(len(w) for g in gold for w in g)}
        if known is not None:
            info["oov_rate"] = sum(w not in known for g in gold for w in g) / info["words"]
        set_info.append(info)
        for s in segs:
            pred, dt = s["run"](raw)
            check_cover(s["name"], raw, pred)
            r = score(pred, gold, known)
            load_s = s["load_s"]
            r.update(set=set_name, segmenter=s["name"], key=s["key"],
                     version=s["version"], segment_s=dt, load_s=load_s)
            results.append(r)
            oov = (f"  R_oov {r['oov_recall']:.4f}" if r.get("oov_recall") is not None
                   else "")
            print(f"{set_name:10} {s['name']:20} P {r['precision']:.4f}  "
                  f"R {r['recall']:.4f}  F1 {r['f1']:.4f}{oov}  "
                  f"{dt:.2f} s (+{load_s:.2f} s load)")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"sets": set_info, "results": results}, f, indent=1,
                      ensure_ascii=False)
            f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
