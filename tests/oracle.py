#!/usr/bin/python3
"""Oracle test for the zh tokenizer's substring semantics.

Over the seed corpus, one row per paragraph, thousands of query strings
(random substrings of 1 to 8 characters: CJK, Latin, digits and mixes;
the same reversed, which mostly occur nowhere; and every distinct CJK
character of the corpus) must each find exactly the rows whose folded
paragraph contains the folded query, both through zh_query() and through
a raw MATCH of the double-quoted string.

Containment is instr() on zh_fold()ed text, with one refinement that
FTS5's unicode61 semantics imply: a query that starts (ends) with a
letter or digit matches only where the paragraph does not continue that
word before (after) it ("2024" is not found inside "12024").
"""
import glob
import os
import random
import sqlite3
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = 20241123
N_RANDOM = 5000


def is_ideo(ch):
    if not (unicodedata.category(ch).startswith("L") or unicodedata.category(ch) == "Nl"):
        return False
    name = unicodedata.name(ch, "")
    return name.startswith(("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "IDEOGRAPHIC"))


def is_word(ch):
    return ch.isalnum() and not is_ideo(ch)


def is_token_char(ch):
    return ch.isalnum()


def contains(text, q):
    """Substring containment with word edges for letters and digits."""
    start = 0
    while True:
        i = text.find(q, start)
        if i < 0:
            return False
        j = i + len(q)
        ok_left = not (is_word(q[0]) and i > 0 and is_word(text[i - 1]))
        ok_right = not (is_word(q[-1]) and j < len(text) and is_word(text[j]))
        if ok_left and ok_right:
            return True
        start = i + 1


def paragraphs():
    out = []
    for path in sorted(glob.glob(os.path.join(ROOT, "seeds", "*.txt"))):
        with open(path, encoding="utf-8") as f:
            for para in f.read().split("\n"):
                para = para.strip()
                if para:
                    out.append(para)
    return out


def draw_queries(folded, rng):
    """Random token-character substrings of the folded corpus."""
    queries = set()
    texts = [t for t in folded if t]
    # Positions next to a letter or digit, to draw enough Latin/digit mixes.
    mixed = [(k, i) for k, t in enumerate(texts) for i, ch in enumerate(t) if is_word(ch)]
    attempts = 0
    while len(queries) < N_RANDOM and attempts < N_RANDOM * 200:
        attempts += 1
        if rng.random() < 0.4 and mixed:
            k, i = rng.choice(mixed)
            t = texts[k]
            i = max(0, i - rng.randint(0, 4))
        else:
            t = rng.choice(texts)
            i = rng.randrange(len(t))
        n = rng.randint(1, 8)
        q = t[i:i + n]
        if not q or not all(is_token_char(c) for c in q):
            continue
        # Do not cut a Latin/digit word: that is not a query FTS5 words answer.
        if is_word(q[0]) and i > 0 and is_word(t[i - 1]):
            continue
        j = i + len(q)
        if is_word(q[-1]) and j < len(t) and is_word(t[j]):
            continue
        queries.add(q)
        if len(q) > 1 and rng.random() < 0.25:
            queries.add(q[::-1])      # 豹黑 for 黑豹: should usually find nothing
    return sorted(queries)


def main():
    ext = os.environ.get("ZH_EXT", os.path.join(ROOT, "build", "zh"))
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(ext)
    paras = paragraphs()
    db.execute("CREATE VIRTUAL TABLE p USING fts5(body, tokenize='zh')")
    db.executemany("INSERT INTO p(rowid, body) VALUES (?, ?)",
                   [(i + 1, t) for i, t in enumerate(paras)])
    db.execute("INSERT INTO p(p) VALUES ('integrity-check')")
    folded = [db.execute("SELECT zh_fold(?)", (t,)).fetchone()[0] for t in paras]

    rng = random.Random(SEED)
    queries = draw_queries(folded, rng)
    chars = sorted({c for t in folded for c in t if is_ideo(c)})
    all_queries = sorted(set(queries) | set(chars))

    kinds = {"cjk": 0, "latin/digit": 0, "mixed": 0}
    n_fail = 0
    n_empty = 0
    for q in all_queries:
        has_ideo = any(is_ideo(c) for c in q)
        has_word = any(is_word(c) for c in q)
        kinds["mixed" if has_ideo and has_word else "cjk" if has_ideo else "latin/digit"] += 1
        fq = db.execute("SELECT zh_fold(?)", (q,)).fetchone()[0]
        expected = {i + 1 for i, t in enumerate(folded) if contains(t, fq)}
        if not expected:
            n_empty += 1
        via_query = {r[0] for r in db.execute(
            "SELECT rowid FROM p WHERE p MATCH zh_query(?)", (q,))}
        via_raw = {r[0] for r in db.execute(
            "SELECT rowid FROM p WHERE p MATCH ?", ('"' + q.replace('"', '""') + '"',))}
        for how, got in (("zh_query", via_query), ("raw MATCH", via_raw)):
            if got != expected:
                n_fail += 1
                if n_fail <= 20:
                    print(f"FAIL {how} {q!r}: missing {sorted(expected - got)[:5]} "
                          f"extra {sorted(got - expected)[:5]}")
    total = len(all_queries)
    print(f"oracle: {len(paras)} paragraphs, {total} queries "
          f"({len(queries)} random substrings and reversals, {len(chars)} distinct CJK characters; "
          f"{kinds['cjk']} CJK, {kinds['latin/digit']} Latin/digit, {kinds['mixed']} mixed; "
          f"{n_empty} expected to find nothing), 2 ways each: {n_fail} mismatches")
    return 1 if n_fail else 0


if __name__ == "__main__":
    sys.exit(main())
