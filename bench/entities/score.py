#!/usr/bin/python3
"""Entity extraction accuracy: people, places, organisations.

Entity-level precision, recall and F1 with exact boundaries (type, start
and end must match), on ../shared/data/ner/peoples_daily_dev.bio (People's
Daily 1998, research use: read, never copied) and on the UD Chinese GSD dev
set (Wikipedia, UNER tags).  zh_entities with kinds person, place and
organization; jieba 0.42 posseg (nr/ns/nt) when it is installed.

    bench/entities/score.py [--json FILE] [--sentences N]

--sentences N scores the first N sentences of each set (0: all).  Every
entity zh_entities returns must have its text at its offsets in the
sentence: one that does not fails the run (exit 1).  Without the data the
script says "skipped" and exits 77.
"""
import argparse, json, os, sys, time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import common  # noqa: E402

DATA = common.data("ner")
KIND = {"person": "PER", "place": "LOC", "organization": "ORG"}


def spans_from_tags(tags):
    out, start, typ = set(), None, None
    for i, tag in enumerate(tags + ["O"]):
        if tag.startswith("B-") or tag == "O" or (tag.startswith("I-") and tag[2:] != typ):
            if start is not None:
                out.add((typ, start, i))
                start = typ = None
            if tag.startswith("B-") or tag.startswith("I-"):
                start, typ = i, tag[2:]
    return out


def load_bio(path):
    sents, chars, tags = [], [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if chars:
                    sents.append(("".join(chars), spans_from_tags(tags)))
                chars, tags = [], []
                continue
            ch, tag = line.split()[:2]
            chars.append(ch)
            tags.append(tag)
    if chars:
        sents.append(("".join(chars), spans_from_tags(tags)))
    return sents


def load_iob2(path):
    sents, words, tags = [], [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            line = line.rstrip("\n")
            if not line:
                if words:
                    text, ctags = "", []
                    for w, t in zip(words, tags):
                        text += w
                        ctags += [t] + [("I-" + t[2:]) if t != "O" else "O"] * (len(w) - 1)
                    sents.append((text, spans_from_tags(ctags)))
                words, tags = [], []
                continue
            cols = line.split("\t")
            words.append(cols[1])
            tags.append(cols[2])
    return sents


def zh_extractor(nesting="longest"):
    db = common.connect()

    def ext(text):
        out = set()
        for k, s, e, t in db.execute(
                "SELECT kind, start, end, text FROM zh_entities(?, 'person,place,organization', ?)",
                (text, nesting)):
            # The offsets are in characters: the text there is the entity's.
            if not (0 <= s < e <= len(text)) or text[s:e] != t:
                common.mismatch("bench/entities", f"zh_entities ({nesting}): {k} {t!r} at "
                                f"{s}..{e} of {text!r}, where the text is {text[s:e]!r}")
            out.add((KIND[k], s, e))
        return out
    return ext


def jieba_extractor():
    try:
        import jieba, jieba.posseg as pseg
    except ImportError:
        return None
    jieba.setLogLevel(60)
    m = {"nr": "PER", "ns": "LOC", "nt": "ORG"}

    def ext(text):
        out, i = set(), 0
        for w in pseg.cut(text):
            if w.flag in m:
                out.add((m[w.flag], i, i + len(w.word)))
            i += len(w.word)
        return out
    return ext


def score(ext, sents):
    tp = npred = ngold = 0
    by = {}
    for text, gold in sents:
        pred = ext(text)
        tp += len(pred & gold)
        npred += len(pred)
        ngold += len(gold)
        for t in ("PER", "LOC", "ORG"):
            g = {x for x in gold if x[0] == t}
            p = {x for x in pred if x[0] == t}
            a = by.setdefault(t, [0, 0, 0])
            a[0] += len(p & g); a[1] += len(p); a[2] += len(g)
    def prf(tp, np_, ng):
        p = tp / np_ if np_ else 0.0
        r = tp / ng if ng else 0.0
        return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}
    res = prf(tp, npred, ngold)
    res["by_kind"] = {t: prf(*v) for t, v in by.items()}
    return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--json")
    ap.add_argument("--sentences", type=int, default=0)
    args = ap.parse_args()
    pd = os.path.join(DATA, "peoples_daily_dev.bio")
    gsd = os.path.join(DATA, "zh_gsdsimp-ud-dev.iob2")
    common.need("bench/entities", pd)
    common.need("bench/entities", gsd)
    sets = [("People's Daily dev", load_bio(pd)), ("UD GSD dev (UNER)", load_iob2(gsd))]
    if args.sentences:
        sets = [(name, sents[:args.sentences]) for name, sents in sets]
    # The default reading (adjacent places are one: 杭州市西湖区) and the
    # reading by units (杭州市, 西湖区), People's Daily's own convention.
    exts = [("zh_entities", zh_extractor()),
            ("zh_entities, units", zh_extractor("units"))]
    j = jieba_extractor()
    if j:
        exts.append(("jieba 0.42 posseg", j))
    results = []
    for sname, sents in sets:
        nbytes = sum(len(t.encode()) for t, _ in sents)
        for ename, ext in exts:
            t0 = time.perf_counter()
            r = score(ext, sents)
            dt = time.perf_counter() - t0
            r.update(set=sname, sentences=len(sents), extractor=ename, seconds=dt,
                     mb_per_s=nbytes / 1e6 / dt)
            results.append(r)
            kinds = "  ".join(f"{k} {v['f1']:.3f}" for k, v in sorted(r["by_kind"].items()))
            print(f"{sname:20} {ename:18} P {r['precision']:.3f} R {r['recall']:.3f} "
                  f"F1 {r['f1']:.3f}   ({kinds})  {r['mb_per_s']:.2f} MB/s")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
