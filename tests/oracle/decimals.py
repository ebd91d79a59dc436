#!/usr/bin/python3
"""Decimal numbers in words mode: 3.5, 3．5 and ３．５ are one number.

README, "Words mode": digits are a number (3.5), which takes a % after it;
a number with a unit is also indexed as the number alone.  So in a table
with tokenize='zh mode words', a decimal number written with "." or the
full-width "．" (U+FF0E), in ASCII or full-width digits, is one word: the
query 3.5 finds 增长3．5% and 比例为３．５, the query 3.5% only the first,
and neither finds 3 ．5 or 3． 5, where a space breaks the number.

The documents are generated (a few Han words, numbers, separators); the
expected rows come from the numbers of each document's reference fold
(reference.py: NFKC), never from the extension.  Substring mode has no
numbers (3．5 is 3 and 5 there), so this is the one oracle that can see the
decimal point.
"""
import random
import re
import sys
import time

import reference as R
import zhdb

SEED = 20250119
N_DOCS = 300
CONTEXT = ["增长", "比例为", "达到", "下降", "同比增长", "占"]
AFTER = ["%", "％", "，", "。", " ", ""]
# A number in folded text: digits joined by single points.
NUMBER = re.compile(r"(?<![0-9.])([0-9]+(?:\.[0-9]+)*)(%?)(?![0-9])")


def spell(rng, number):
    """number (ASCII digits and '.') written with '.' or '．', ASCII or
    full-width digits."""
    point = rng.choice([".", "．"])
    wide = rng.random() < 0.4
    return "".join(point if c == "." else chr(ord(c) + 0xFEE0) if wide else c for c in number)


def draw_number(rng):
    parts = [str(rng.randint(0, 60))]
    for _ in range(rng.choice([1, 1, 1, 1, 2])):
        parts.append(rng.choice(["5", "25", "05", str(rng.randint(0, 99))]))
    return ".".join(parts)


def document(rng, numbers):
    out = []
    for _ in range(rng.randint(1, 3)):
        n = rng.choice(numbers)
        s = spell(rng, n)
        if rng.random() < 0.15:   # a space next to the point: no longer one number
            i = s.index(".") if "." in s else s.index("．")
            s = s[:i] + rng.choice([" ", ""]) + s[i] + rng.choice([" ", ""]) + s[i + 1:]
        out.append(rng.choice(CONTEXT) + s + rng.choice(AFTER) + rng.choice(["，", "。"]))
    return "".join(out)


def main():
    t0 = time.time()
    rng = random.Random(SEED)
    folder = R.Folder()
    numbers = sorted({draw_number(rng) for _ in range(60)})
    docs = [document(rng, numbers) for _ in range(N_DOCS)]
    db = zhdb.connect()
    rows = zhdb.table(db, "w", docs, "zh mode words")
    found = {}
    for rowid, text in rows:
        for n, pct in NUMBER.findall(folder.text(text)):
            found.setdefault((n, bool(pct)), set()).add(rowid)

    queries = []
    for n in numbers:
        for _ in range(3):
            s = spell(rng, n)
            queries += [s, s + rng.choice(["%", "％"])]
    n_fail = n_found = 0
    for q in queries:
        n, pct = NUMBER.fullmatch(folder.text(q)).groups()
        expected = set(found.get((n, True), ()))
        if not pct:
            expected |= found.get((n, False), set())
        n_found += bool(expected)
        got = zhdb.rowids(db, "SELECT rowid FROM w WHERE w MATCH zh_query(?)", (q,))
        if got != expected:
            n_fail += 1
            if n_fail <= 20:
                print(f"FAIL {q!r}: missing rows {sorted(expected - got)[:5]}, "
                      f"extra rows {sorted(got - expected)[:5]}")
    n_wide_point = sum("．" in d for d in docs)
    print(f"decimal oracle (words mode): {len(docs)} rows ({n_wide_point} with ．), "
          f"{len(queries)} queries ({n_found} finding rows); {n_fail} mismatches "
          f"({time.time() - t0:.1f} s)")
    return 1 if n_fail else 0


if __name__ == "__main__":
    sys.exit(main())
