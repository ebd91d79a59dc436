#!/usr/bin/python3
"""Precision and recall of pinyin search over the seed corpus.

200 pinyin queries are made from words of the corpus (150 full syllables
such as "gonghui", 50 initials such as "gh"), each searched through
zh_query() in a table with tokenize='zh pinyin 1', one row per paragraph.

The truth comes from another road to the readings: each run of Han
characters is cut into words by jieba (not by our segmenter) and each word
is read as Google Pinyin's dictionary spells it (parsed here, not by the
extension); a word the dictionary lacks is read character by character,
each taking its most frequent reading.  A row is relevant when the letters
of the query are the syllables (or initials) of a contiguous span of one
run, or a Latin word of the row.

  P = relevant rows found / rows found, R = relevant rows found / relevant
  rows, summed over the queries.

Usage: tests/pinyin_precision.py [--min-p P --min-r R]; the thresholds
make it a test (exit 1 below them).  Skips (exit 77, saying why) without
jieba or Google Pinyin's dictionary.
"""
import collections
import glob
import os
import random
import sqlite3
import struct
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = 20241123


def read_google_pinyin(path):
    """(word -> best syllables) from dict_pinyin.dat (layout: tools/gen_pinyin.c)."""
    d = open(path, "rb").read()
    o = 0

    def take(fmt):
        nonlocal o
        v = struct.unpack_from("<" + fmt, d, o)
        o += struct.calcsize("<" + fmt)
        return v

    spl_size, spl_num = take("QQ")
    o += 5
    spl = [d[o + i * spl_size:o + (i + 1) * spl_size].split(b"\0")[0].decode().lower()
           for i in range(spl_num)]
    o += spl_num * spl_size
    (scis,) = take("Q")
    pos = take("9Q")
    ids = take("9Q")
    o += 4 * scis
    buf = take("%dH" % pos[8])
    n_le0, n_ge1, n_idx, _ = take("QQQQ")
    le0 = [struct.unpack_from("<QQHHH", d, o + 24 * i) for i in range(n_le0)]
    o += 24 * n_le0
    ge1 = [struct.unpack_from("<HHHBBBB", d, o + 10 * i) for i in range(n_ge1)]
    o += 10 * n_ge1
    idx = d[o:o + n_idx]
    o += n_idx
    (n_freq,) = take("Q")
    codes = take("256H")
    freq = d[o:o + n_freq]

    def lemma(off):
        b = idx[off * 3:off * 3 + 3]
        return b[0] | b[1] << 8 | b[2] << 16

    def text(i, n):
        p = pos[n - 1] + (i - ids[n - 1]) * n
        return "".join(chr(c) for c in buf[p:p + n])

    best = {}

    def add(i, path):
        w = text(i, len(path))
        score = codes[freq[i]]
        if w not in best or score < best[w][0]:
            best[w] = (score, [spl[s - 30] for s in path])

    def walk(i, path):
        son_l, homo_l, s, n_son, n_homo, son_h, homo_h = ge1[i]
        path = path + [s]
        for k in range(n_homo):
            add(lemma((homo_l | homo_h << 16) + k), path)
        for k in range(n_son):
            walk((son_l | son_h << 16) + k, path)

    root = le0[0]
    for k in range(root[3]):
        son, homo, s, n_son, n_homo = le0[root[0] + k]
        for j in range(n_homo):
            add(lemma(homo + j), [s])
        for j in range(n_son):
            walk(son + j, [s])
    return {w: v[1] for w, v in best.items()}


def is_han(ch):
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def runs(text):
    """Runs of Han characters, and the Latin words, of a text."""
    out, latin, cur, word = [], [], [], []
    for ch in text + " ":
        if is_han(ch):
            cur.append(ch)
        elif cur:
            out.append("".join(cur))
            cur = []
        if ch.isascii() and ch.isalnum():
            word.append(ch.lower())
        elif word:
            latin.append("".join(word))
            word = []
    return out, latin


def main():
    args = sys.argv[1:]
    min_p = float(args[args.index("--min-p") + 1]) if "--min-p" in args else 0
    min_r = float(args[args.index("--min-r") + 1]) if "--min-r" in args else 0
    dat = glob.glob("/usr/lib/*/googlepinyin/data/dict_pinyin.dat")
    try:
        import jieba
    except ImportError:
        print("skipped: no jieba (apt-get install python3-jieba)")
        return 77
    if not dat:
        print("skipped: no dict_pinyin.dat (apt-get install libgooglepinyin0)")
        return 77
    jieba.setLogLevel(60)
    reading = read_google_pinyin(dat[0])

    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(os.path.join(ROOT, os.environ.get("ZH_EXT", "build/zh")))
    db.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='zh pinyin 1')")
    rows = []
    for path in sorted(glob.glob(os.path.join(ROOT, "seeds", "*.txt"))):
        text = open(path, encoding="utf-8").read()
        rows += [r[0] for r in db.execute("SELECT text FROM zh_paragraphs(?)", (text,))]
    for i, r in enumerate(rows):
        db.execute("INSERT INTO t(rowid, body) VALUES (?, ?)", (i + 1, db.execute(
            "SELECT zh_fold(?)", (r,)).fetchone()[0]))

    # Per row: the syllables of each run, word by word; its Latin words.
    row_sylls, row_latin, words = [], [], collections.Counter()
    for r in rows:
        han, latin = runs(db.execute("SELECT zh_fold(?)", (r,)).fetchone()[0])
        sylls = []
        for run in han:
            s = []
            for w in jieba.lcut(run, HMM=False):
                if w in reading:
                    s += reading[w]
                    if len(w) >= 2:
                        words[w] += 1
                else:
                    s += [reading.get(ch, ["?"])[0] for ch in w]
            sylls.append(s)
        row_sylls.append(sylls)
        row_latin.append(set(latin))

    def spells(runs_units, q):
        for units in runs_units:
            for a in range(len(units)):
                acc = ""
                for b in range(a, len(units)):
                    acc += units[b]
                    if acc == q:
                        return True
                    if len(acc) >= len(q):
                        break
        return False

    def relevant(q, initials):
        found = set()
        for i, sylls in enumerate(row_sylls):
            units = [[x[0] for x in s] for s in sylls] if initials else sylls
            if q in row_latin[i] or spells(units, q):
                found.add(i + 1)
        return found

    rng = random.Random(SEED)
    pool = sorted(w for w in words if 2 <= len(w) <= 4)
    rng.shuffle(pool)
    queries = [("".join(reading[w]), False, w) for w in pool[:150]]
    initials = []
    for w in pool[150:]:
        q = "".join(s[0] for s in reading[w])
        if any(c in "aeiouv" for c in q) or q in [x[0] for x in initials]:
            continue  # vowels read as syllables, not initials
        initials.append((q, True, w))
        if len(initials) == 50:
            break
    queries += initials

    totals = {False: [0, 0, 0], True: [0, 0, 0]}  # found, relevant, both
    worst = []
    for q, ini, w in queries:
        got = {r[0] for r in db.execute(
            "SELECT rowid FROM t WHERE t MATCH zh_query(?)", (q,))}
        want = relevant(q, ini)
        t = totals[ini]
        t[0] += len(got)
        t[1] += len(want)
        t[2] += len(got & want)
        if got != want:
            worst.append((len(got ^ want), q, w, len(got), len(want)))
    db.close()

    def pr(t):
        return (t[2] / t[0] if t[0] else 1.0), (t[2] / t[1] if t[1] else 1.0)

    all_t = [a + b for a, b in zip(totals[False], totals[True])]
    print("pinyin precision: %d rows, %d queries" % (len(rows), len(queries)))
    for name, t in (("syllables", totals[False]), ("initials", totals[True]), ("all", all_t)):
        p, r = pr(t)
        print("  %-9s P %.3f  R %.3f  (found %d, relevant %d, both %d)" % (name, p, r, *t))
    worst.sort(reverse=True)
    for d, q, w, g, n in worst[:8]:
        print("  differs: %s (%s): found %d, relevant %d" % (q, w, g, n))
    p, r = pr(all_t)
    if p < min_p or r < min_r:
        print("FAILED: P %.3f, R %.3f below %.3f, %.3f" % (p, r, min_p, min_r))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
