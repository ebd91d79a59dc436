#!/usr/bin/python3
"""Time that grows with the input, not faster: each case runs a statement
on a text made of one unit repeated SMALL times and LARGE = 8 * SMALL
times, and compares it with a reference statement known to take linear
time on the same text, in the same run (no absolute timer: the machine may
be slow or busy).  Each time is the CPU time of this process (where SQLite
and the extension run), the median of three runs.

A case fails when, at LARGE, the statement takes more than MAX_RATIO times
the reference, or when its own time grows more than MAX_GROWTH times from
SMALL to LARGE (linear is 8; a quadratic path is 64: zh_entities 'nested'
on 科菲·安南说， took 5.6 s at 40,000 repeats against 0.08 s for 'longest').
The margin is for the memory: 8 times the text costs 8.1 times the
instructions (valgrind) but 8 to 14 times the CPU time on a busy 2-core
machine, more once the candidates no longer fit in the caches (25,000 to
200,000 repeats: up to 18 times), hence sizes that stay small.

A section is one function: its two statements, its cases (name and unit),
and how a case's text becomes the statements' parameters.  Add a section
to SECTIONS for another function.

Usage: tests/scaling.py [SECTION-NAME...] (default: all); ZH_EXT names
another build of the extension (the sanitizer build).  Exit 1 if a case
fails.
"""
import os
import sqlite3
import statistics
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SMALL = 5000
LARGE = 8 * SMALL
MAX_RATIO = 4.0
MAX_GROWTH = 20.0


def text_param(unit, n):
    """The parameters of a statement: ?1 is the unit repeated n times."""
    return (unit * n,)


def words_param(unit, n):
    """?1: n distinct words of Han characters, as a JSON array; the unit is
    the shortest length (each word has unit to unit + 3 characters)."""
    words = []
    for i in range(n):
        k, word = i, ""
        for j in range(unit + i % 4):
            word += chr(0x4E00 + (k % 20000))
            k = k // 20000 + 7 * j + 1
        words.append(word)
    return ("[" + ",".join('"%s"' % w for w in words) + "]",)


# name: the section's name; measured and reference: the statements, with
# the parameters that params(unit, n) returns; reset (optional): for each
# of them, a statement run untimed (with the same parameters) before each
# timing, to put back what the other did.
SECTIONS = [
    {
        "name": "zh_entities",
        "measured": "SELECT count(*) FROM zh_entities(?1, NULL, 'nested')",
        "reference": "SELECT count(*) FROM zh_entities(?1, NULL, 'longest')",
        "params": text_param,
        "cases": [
            ("person", "科菲·安南说，"),
            ("place", "杭州市西湖区，"),
            ("organisation", "北京市总工会，"),
            # Names joined by dots in one run as long as the text: 'nested'
            # compares the names inside a name, which holds at most
            # ZH_ENT_MAX_CHARS characters.
            ("dotted names, one run", "科菲·安南·"),
            # One run of numerals, read once, not once from each numeral
            # (both statements read it alike: the growth is the test).
            ("numerals, one run", "万" * 8),
        ],
    },
    {
        # Removing user words one by one costs what adding them costs
        # (it rebuilt the whole table each time: 100,000 removals took
        # 545 s).
        "name": "zh_dict",
        "measured": "SELECT sum(zh_dict_remove(value)) FROM json_each(?1)",
        "reference": "SELECT sum(zh_dict_add(value, 10)) FROM json_each(?1)",
        "reset": {
            "measured": "SELECT sum(zh_dict_add(value, 10)) FROM json_each(?1)",
            "reference": "SELECT sum(zh_dict_remove(value)) FROM json_each(?1)",
        },
        "params": words_param,
        "cases": [("distinct words of 2 to 5 characters", 2)],
    },
]


def cpu_time(db, sql, params, reset):
    """CPU seconds of one run of sql: the median of three."""
    samples = []
    for _ in range(3):
        if reset:
            db.execute(reset, params).fetchall()
        t0 = time.process_time()
        db.execute(sql, params).fetchall()
        samples.append(time.process_time() - t0)
    return statistics.median(samples)


def run_case(db, section, name, unit):
    """Times one case; prints its figures and returns True if it passes."""
    resets = section.get("reset", {})
    t = {}
    for n in (SMALL, LARGE):
        params = section["params"](unit, n)
        for which in ("measured", "reference"):
            t[which, n] = cpu_time(db, section[which], params,
                                   resets.get(which))
    ratio = t["measured", LARGE] / max(t["reference", LARGE], 1e-6)
    growth = t["measured", LARGE] / max(t["measured", SMALL], 1e-6)
    ok = ratio <= MAX_RATIO and growth <= MAX_GROWTH
    print("%-4s %s, %s: x%d %.4f s, x%d %.4f s (grew %.1fx, at most %.0fx);"
          " reference %.4f s, %.4f s; measured/reference %.2f (at most %.0f)"
          % ("ok" if ok else "FAIL", section["name"], name, SMALL,
             t["measured", SMALL], LARGE, t["measured", LARGE], growth,
             MAX_GROWTH, t["reference", SMALL], t["reference", LARGE], ratio,
             MAX_RATIO), flush=True)
    return ok


def main(argv):
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(os.environ.get("ZH_EXT", os.path.join(ROOT, "build", "zh")))
    failed = 0
    for section in SECTIONS:
        if len(argv) > 1 and section["name"] not in argv[1:]:
            continue
        print("%s: %s against %s" % (section["name"], section["measured"],
                                     section["reference"]))
        for name, unit in section["cases"]:
            if not run_case(db, section, name, unit):
                failed += 1
    print("scaling: %d failed" % failed)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
