"""Compares the output of zh_entities between two builds of zh.so.

    compare_builds.py [--mb 10] BASE.so NEW.so

Every row of `SELECT * FROM zh_entities(text, NULL, nesting)`, for each
reading ('longest', 'units', 'nested'), over the first --mb MB of the Sina
news corpus (one article a text) and every sentence of People's Daily dev,
must be the same, in the same order.  Prints the rows compared; exits 1 at
the first text whose rows differ.  For changes that must not change the
output (speed).
"""
import argparse
import os
import sqlite3
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import common  # noqa: E402
from entities.report import news  # noqa: E402
from entities.score import load_bio  # noqa: E402


def connect(path):
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.execute("SELECT load_extension(?, 'sqlite3_zh_init')", (os.path.abspath(path),))
    return db


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=10)
    ap.add_argument("base")
    ap.add_argument("new")
    a = ap.parse_args()
    articles, nbytes = news(a.mb * 1e6)
    pd = [s for s, _ in load_bio(common.data("ner", "peoples_daily_dev.bio"))]
    base, new = connect(a.base), connect(a.new)
    sql = "SELECT * FROM zh_entities(?, NULL, ?)"
    for label, texts in ((f"news ({nbytes / 1e6:.1f} MB)", articles), ("People's Daily dev", pd)):
        for nesting in ("longest", "units", "nested"):
            rows = 0
            for i, text in enumerate(texts):
                rb = base.execute(sql, (text, nesting)).fetchall()
                rn = new.execute(sql, (text, nesting)).fetchall()
                if rb != rn:
                    print(f"{label}, {nesting}: text {i} differs:\n  base {rb}\n  new  {rn}")
                    sys.exit(1)
                rows += len(rb)
            print(f"{label}, {nesting}: {len(texts)} texts, {rows} rows identical")


if __name__ == "__main__":
    main()
