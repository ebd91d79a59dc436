#!/usr/bin/python3
"""Substring search oracle: every query string finds exactly the rows whose
reference tokens hold it (phrases.py), through MATCH zh_query(q) and through
a raw MATCH of the double-quoted string.

Rows: the seed paragraphs and generated documents (corpus.py).  Queries:
every Han, kana or hangul character of the folded corpus, each also in a raw
spelling that folds to it (䰾 for 鲃, 會 for 会, U+F914 for 乐); random
substrings of the raw documents (separators and all: 二◯二四, 3．5%, 工，会),
some written another way that folds the same, some reversed (豹黑 for 黑豹:
mostly found nowhere).  The expected rows never come from the extension.
"""
import random
import re
import sys
import time

import corpus
import phrases
import reference as R
import zhdb

SEED = 20250117
N_RANDOM = 6000
MAX_SHOWN = 20
PINYIN_MARK = re.compile(r"[~^][A-Za-z]")   # README: a raw MATCH '"~tr"' asks for pinyin
SPACES = " \t\n\r\f\v\u3000"
QUOTES = '"\u201c\u201d'


def zh_query_input(q):
    """What to hand zh_query so that it asks for q as one phrase, or None."""
    if any(c in QUOTES for c in q) or q in ("OR", "AND", "NOT"):
        return None
    if any(c in SPACES for c in q) or q.startswith("-") or q.endswith("*"):
        return '"' + q + '"'
    return q


def draw_queries(rng, gen, rows, docs):
    queries = set()
    # Every single-character token, as folded and in each raw spelling.
    for text in rows.vocab:
        if len(text) == 1 and R.char_class(ord(text)) == R.IDEO:
            queries.add(text)
            for v in gen.var.get(ord(text), ())[:3]:
                queries.add(chr(v))
    n_chars = len(queries)
    while len(queries) < n_chars + N_RANDOM:
        q = corpus.draw_substring(rng, docs)
        r = rng.random()
        if r < 0.3:
            q = gen.respell(q, 0.6)
        elif r < 0.4:
            q = q[::-1]
        if q.strip():
            queries.add(q)
    return sorted(queries), n_chars


def main():
    t0 = time.time()
    folder = R.Folder()
    docs, n_seed, gen = corpus.documents(folder)
    db = zhdb.connect()
    table_rows = zhdb.table(db, "p", docs)
    rows = phrases.Rows(folder, table_rows)
    queries, n_chars = draw_queries(random.Random(SEED), gen, rows, docs)

    n_fail = n_empty = n_raw = n_zq = 0
    for q in queries:
        expected = rows.find(q)
        n_empty += not expected
        checks = []
        if not PINYIN_MARK.search(q):
            checks.append(("raw MATCH", "SELECT rowid FROM p WHERE p MATCH ?", zhdb.fts5_string(q)))
            n_raw += 1
        zq = zh_query_input(q)
        if zq is not None:
            checks.append(("zh_query", "SELECT rowid FROM p WHERE p MATCH zh_query(?)", zq))
            n_zq += 1
        for how, sql, arg in checks:
            got = zhdb.rowids(db, sql, (arg,))
            if got != expected:
                n_fail += 1
                if n_fail <= MAX_SHOWN:
                    print(f"FAIL {how} {R.describe(q)}: tokens {rows.query_tokens(q)[:6]}; "
                          f"missing rows {sorted(expected - got)[:5]}, "
                          f"extra rows {sorted(got - expected)[:5]}")
    n_gen = len(docs) - n_seed
    print(f"search oracle: {len(docs)} rows ({n_seed} seed paragraphs, {n_gen} generated), "
          f"{len(queries)} queries ({n_chars} characters and their raw spellings, "
          f"{len(queries) - n_chars} random substrings; {n_empty} expected to find nothing): "
          f"{n_raw} raw MATCH, {n_zq} zh_query; {n_fail} mismatches ({time.time() - t0:.1f} s)")
    return 1 if n_fail else 0


if __name__ == "__main__":
    sys.exit(main())
