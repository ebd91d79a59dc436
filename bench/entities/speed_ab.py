"""Entity extraction speed of two or more builds of zh.so, side by side.

    speed_ab.py [--mb 10] [--rounds 5] [--kinds KINDS] NAME=PATH.so ...

Each build is loaded into its own connection; the rounds are rotated (the
builds in a different order each round) and each is timed in CPU time
(time.process_time), so that other jobs on the machine weigh less.  The
same news articles (the first --mb MB of the Sina corpus) go through
`SELECT count(*) FROM t, zh_entities(t.body[, kinds])`; prints the median
MB/s of each build (and that of its best round) and its entity count, which must agree.
"""
import argparse
import os
import sqlite3
import statistics
import sys
import time

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import common  # noqa: E402
from entities.report import news  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=10)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--kinds", default=None)
    ap.add_argument("builds", nargs="+")
    a = ap.parse_args()
    rows, n = news(a.mb * 1e6)
    dbs = []
    for b in a.builds:
        name, path = b.split("=", 1)
        db = sqlite3.connect(":memory:")
        db.enable_load_extension(True)
        db.execute("SELECT load_extension(?, 'sqlite3_zh_init')", (os.path.abspath(path),))
        db.execute("CREATE TABLE t(body)")
        db.executemany("INSERT INTO t VALUES (?)", [(r,) for r in rows])
        dbs.append((name, db))
    sql = "SELECT count(*) FROM t, zh_entities(t.body" + (", ?)" if a.kinds else ")")
    args = (a.kinds,) if a.kinds else ()
    times = {name: [] for name, _ in dbs}
    counts = {}
    for r in range(a.rounds):
        order = dbs[r % len(dbs):] + dbs[:r % len(dbs)]
        for name, db in order:
            t0 = time.process_time()
            counts[name] = db.execute(sql, args).fetchone()[0]
            times[name].append(time.process_time() - t0)
    print(f"{n / 1e6:.1f} MB of news, {a.rounds} rotated rounds, CPU time, kinds: {a.kinds or 'all'}")
    for name, _ in dbs:
        med = statistics.median(times[name])
        best = min(times[name])
        print(f"{name:>10}: {n / 1e6 / med:6.2f} MB/s (best round {n / 1e6 / best:.2f}; median {med:.2f} s; "
              f"{' '.join(f'{t:.2f}' for t in times[name])}) {counts[name]} entities")
    if len(set(counts.values())) != 1:
        sys.exit("entity counts differ")


if __name__ == "__main__":
    main()
