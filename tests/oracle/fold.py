#!/usr/bin/python3
"""Folding oracle: zh_fold() and zh_tokenize() against the reference
(reference.py: Python's NFKC and casefold, ICU's Traditional-Simplified
transliterator and Default_Ignorable_Code_Point, the project's documented
rules), never against the extension itself.

  1. Every code point Python's Unicode assigns, alone: zh_fold(c) must be the
     reference fold, with the default options and with each fold switched
     off (the characters some fold changes).  That is every CJK block (core,
     Ext A to G, compatibility ideographs and their supplement, radicals),
     full and half width forms, ◯ ○ 〇, combining marks, letters with case.
  2. Where the reference's documented rules make it differ from plain NFKC +
     casefold + ICU, the rule and the characters are listed (each run prints
     them): no other difference is allowed.
  3. Clusters: each combining mark after a Latin letter, a Han character and
     a full-width letter; pairs of marks of every combining class; runs of 1
     to 24 marks (the tokenizer's cap of 16).
  4. zh_tokenize(): tokens, separator tokens and byte offsets of every code point
     between two letters (x c x), of the clusters above and of every document
     of the search corpus (corpus.py), against the reference tokenizer.

A difference that is a bug the project knows of and has not fixed is
listed in KNOWN_BUGS, with what it is; it is reported on every run and
must still show (a fixed bug must leave the list).
"""
import sys
import time
import unicodedata

import corpus
import reference as R
import zhdb

MAX_SHOWN = 12

# Bugs this oracle found, not fixed yet.  Each: (name, the checks it shows
# in, what it is, test on the input that shows it).  A difference that no
# entry claims fails.  (Found and fixed: U+0345 folded before its marks were
# ordered; zh_fold joining more marks than the tokenizer; Kana Extended-B
# and U+16FE3 read as word letters.)
KNOWN_BUGS = []


def block_of(c):
    for name, (lo, hi) in list(corpus.HAN_BLOCKS.items()) + list(corpus.COMPAT_BLOCKS.items()):
        if lo <= c <= hi:
            return name
    return "core" if 0x4E00 <= c <= 0x9FFF else None


def max_marks_run(s):
    best = run = 0
    for c in s:
        run = run + 1 if R.is_mark(ord(c)) else 0
        best = max(best, run)
    return best


class Report:
    """Differences, each claimed by a known bug or counted as a failure."""

    def __init__(self):
        self.failures = 0
        self.bug_hits = {bug[0]: [] for bug in KNOWN_BUGS}

    def differ(self, what, text, expected, got):
        for name, checks, _what, test in KNOWN_BUGS:
            if what.startswith(checks) and test(text):
                self.bug_hits[name].append(text)
                return
        self.failures += 1
        if self.failures <= MAX_SHOWN:
            print(f"FAIL {what} {R.describe(text)}: expected {expected!r}, got {got!r}")


def fold_options(nfkc, casefold, t2s):
    return f"nfkc {int(nfkc)} casefold {int(casefold)} t2s {int(t2s)}"


def check_code_points(db, report, cps, folder, options):
    """zh_fold of each code point alone against the reference."""
    db.execute("DELETE FROM cp")
    db.executemany("INSERT INTO cp VALUES (?, ?)", ((c, chr(c)) for c in cps))
    got = dict(db.execute("SELECT c, zh_fold(t, ?) FROM cp", (options,)))
    for c in cps:
        exp = "".join(map(chr, folder.cluster(chr(c))))
        if got[c] != exp:
            report.differ(f"zh_fold(_, '{options}')", chr(c), exp, got[c])
    return len(cps)


def check_texts(db, report, folder, texts):
    """zh_fold of each text against the reference (clusters as the tokenizer cuts them)."""
    for s in texts:
        exp = folder.text(s, R.MAX_MARKS)
        got = db.execute("SELECT zh_fold(?)", (s,)).fetchone()[0]
        if got != exp:
            report.differ("zh_fold", s, exp, got)
    return len(texts)


def check_tokens(db, report, folder, texts, chunk=4000):
    """zh_tokenize of each text (tokens, separator tokens, byte offsets) against the
    reference.  Texts go in chunks, each text followed by a space."""
    n = 0
    for k in range(0, len(texts), chunk):
        part = texts[k:k + chunk]
        whole = "".join(t + " " for t in part)
        rows = db.execute("SELECT token, start, \"end\" FROM zh_tokenize(?)", (whole,)).fetchall()
        starts = []
        off = 0
        for t in part:
            starts.append(off)
            off += len(t.encode("utf-8")) + 1
        by_text = [[] for _ in part]
        j = 0
        for tok, a, b in rows:
            while j + 1 < len(starts) and starts[j + 1] <= a:
                j += 1
            # The separator token of the space between two texts is theirs.
            if tok == R.SEP_TOKEN and b > starts[j] + len(part[j].encode("utf-8")):
                continue
            by_text[j].append((tok, a - starts[j], b - starts[j]))
        for t, got in zip(part, by_text):
            exp = R.fts5_tokens(R.tokenize(folder, t))
            if got != exp:
                report.differ("zh_tokenize", t, exp, got)
            n += 1
    return n


def documented_exceptions(folder, cps):
    """The code points where the documented rules make the reference differ
    from plain NFKC + casefold + ICU, by rule."""
    t2s = folder.t2s
    found = {key: [] for key in R.DOCUMENTED}
    for c in cps:
        norm = unicodedata.normalize("NFKC", chr(c))
        plain = norm.casefold()
        plain = unicodedata.normalize("NFKC", plain)
        for ch in plain:
            p = ord(ch)
            if R.is_ignorable(p):
                found["ignorable"].append(c)
            if p in R.ZERO_LOOKALIKES:
                found["zero"].append(c)
            step, why = t2s.step(p)
            if why:
                found[why].append(c)
            elif step != p and t2s(p) != step:
                found["closed"].append(c)
            if p in R.T2S_ALSO_FOLD and t2s.icu_one(p) != ch:
                found["also_fold"].append(c)
    return found


def show_exceptions(found):
    print("documented rules, and the code points where they decide (plain NFKC + casefold + "
          "ICU would fold them otherwise, or ICU's answer is kept against a rule):")
    for key, what in R.DOCUMENTED.items():
        cps = sorted(set(found.get(key, ())))
        if not cps:
            continue
        shown = " ".join(f"{chr(c)}U+{c:04X}" if unicodedata.category(chr(c))[0] in "LNSP"
                         else f"U+{c:04X}" for c in cps[:24])
        more = f" and {len(cps) - 24} more" if len(cps) > 24 else ""
        print(f"  {key}: {len(cps)} code points ({shown}{more}): {what}")


def mark_samples():
    """One mark of each combining class, and the marks some fold changes."""
    by_ccc = {}
    special = []
    for c in range(0x110000):
        ch = chr(c)
        if not R.is_mark(c):
            continue
        by_ccc.setdefault(unicodedata.combining(ch), c)
        if unicodedata.normalize("NFKC", ch) != ch or ch.casefold() != ch:
            special.append(c)
    return sorted(set(by_ccc.values()) | set(special))


def cluster_texts():
    marks = mark_samples()
    all_marks = [c for c in range(0x110000) if R.is_mark(c)]
    texts = []
    for base in ("a", "工", "Ａ", "會", "Ω", "ｶ", "\u3007"):
        texts += [base + chr(m) for m in all_marks]
    for m1 in marks:
        for m2 in marks:
            texts.append("a" + chr(m1) + chr(m2))
    for n in range(1, 25):
        for base in ("a", "工", "x\u0345"):
            texts.append(base + "\u0301" * n + "y")
            texts.append(base + "\u0301" * n + "\u0316" + "会")
    texts += ["二◯二四年", "二○二四", "３．５％", "Straße", "İstanbul", "ǅ", "ﬃ", "㍿", "①",
              "工\u200b会", "EAP\u00adplan", "\ufeff工", "䰾", "鲃", "\U0002F800", "\uF914",
              "\uFDFA" + "\u0F77" * 16, "\uFDFA" + "\u0F77" * 15]   # "fold_max": 66, 63
    return texts, len(marks)


def main():
    t0 = time.time()
    db = zhdb.connect()
    db.execute("CREATE TEMP TABLE cp(c INTEGER PRIMARY KEY, t TEXT)")
    report = Report()
    t2s = R.T2s()
    folder = R.Folder(t2s_table=t2s)
    cps = [c for c in range(1, 0xF0000)
           if R.is_assigned(c) and not 0xD800 <= c <= 0xDFFF]
    n_cp = check_code_points(db, report, cps, folder, fold_options(True, True, True))

    # The options, over the code points some fold changes, and their neighbours.
    touched = [c for c in cps if folder.cluster(chr(c)) != [c]]
    touched = sorted(set(touched) | set(range(0x20, 0x250)) | {0x25CB, 0x25EF, 0x3007})
    n_opt = 0
    for nfkc, casefold, t2s_on in ((False, True, True), (True, False, True),
                                   (True, True, False), (False, False, False)):
        f = R.Folder(nfkc, casefold, t2s_on, t2s_table=t2s)
        n_opt += check_code_points(db, report, touched, f, fold_options(nfkc, casefold, t2s_on))

    texts, n_marks = cluster_texts()
    n_text = check_texts(db, report, folder, texts)
    docs, n_seed, _gen = corpus.documents(folder)
    pieces = ["x" + chr(c) + "x" for c in cps]
    n_tok = check_tokens(db, report, folder, pieces + texts + docs)

    found = documented_exceptions(folder, cps)
    show_exceptions(found)
    blocks = {}
    for c in cps:
        b = block_of(c)
        if b:
            blocks[b] = blocks.get(b, 0) + 1
    n_t2s = sum(1 for c in cps if t2s(c) != c)
    n_t2s_out = sum(1 for c in cps if t2s(c) != c and not 0x4E00 <= c <= 0x9FFF)

    stale = []
    for name, _checks, what, _test in KNOWN_BUGS:
        hits = report.bug_hits[name]
        if hits:
            print(f"known bug {name} ({len(hits)} inputs, e.g. {R.describe(hits[0])}): {what}")
        else:
            stale.append(name)
            print(f"FAIL known bug {name} no longer shows: remove it from KNOWN_BUGS")
    print(f"fold oracle: {n_cp} code points (Python's Unicode {unicodedata.unidata_version}, "
          f"ICU {R.icu.ICU_VERSION}: all assigned but surrogates and planes 15-16; "
          + ", ".join(f"{k} {v}" for k, v in sorted(blocks.items()))
          + f"), {n_t2s} folded by t2s ({n_t2s_out} outside the core block); "
          f"{n_opt} with folds switched off; {n_text} clusters ({n_marks} marks of every "
          f"combining class, paired); zh_tokenize over {n_tok} texts ({len(docs)} documents); "
          f"{report.failures} unexplained differences ({time.time() - t0:.1f} s)")
    return 1 if report.failures or stale else 0


if __name__ == "__main__":
    sys.exit(main())
