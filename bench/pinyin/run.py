#!/usr/bin/python3
"""Pinyin benchmark: the cost of tokenize='zh pinyin 1' beside 'zh'.

    bench/pinyin/run.py [--quick]

Builds two FTS5 tables over the news corpus (title, body; one row per
article), one transaction each, once with pinyin off and once on, and
reports for each: build time and speed (MB of UTF-8 text per second), the
size of the index (dbstat over the FTS5 shadow tables) and of the whole
database file (the table stores its text, as a search table of an app
does), and the number of distinct tokens.  --quick takes a 3 MB slice (a
check that it runs; results go to build/bench/, not kept).

Checks, or the run fails: FTS5's integrity-check of each table (with its
content, so every row is tokenized again and compared with the index), and
that a few Han queries find the same rows with pinyin on as with it off
(pinyin adds tokens; it must not change what Han text finds).

Writes bench/results/pinyin.md and pinyin.json.  The corpus is read at run
time from ../shared/data (next to the repository, or $ZH_BENCH_DATA; or the
file $ZH_BENCH_CORPUS) and never copied into it; without it the benchmark
says "skipped" and exits 77.
"""
import datetime
import json
import os
import sqlite3
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
sys.path.insert(0, os.path.join(HERE, "..", "tokenizer"))
import common  # noqa: E402
from prepare import read_docs  # noqa: E402  (the same articles as bench/tokenizer)

ROOT = common.ROOT
CORPUS = os.environ.get("ZH_BENCH_CORPUS") or common.data("corpus", "news_sina2018.jsonl.gz")
SETTINGS = [("zh", "zh"), ("zh pinyin 1", "zh pinyin 1")]
# Han queries whose rows must not depend on pinyin: common words of the news.
HAN_QUERIES = ("中国", "北京", "电影", "手机", "学生", "比赛", "记者", "公司")


def build(path, tokenize, docs):
    for p in (path, path + "-journal"):
        if os.path.exists(p):
            os.unlink(p)
    db = common.connect(path, isolation_level=None)
    db.execute("CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize='%s')" % tokenize)
    t0 = time.perf_counter()
    db.execute("BEGIN")
    db.executemany("INSERT INTO t(title, body) VALUES (?, ?)", docs)
    db.execute("COMMIT")
    sec = time.perf_counter() - t0
    index = db.execute("SELECT sum(pgsize) FROM dbstat WHERE name GLOB 't_*'"
                       " AND name NOT IN ('t_content')").fetchone()[0]
    db.execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, t, row)")
    distinct = db.execute("SELECT count(*) FROM temp.v").fetchone()[0]
    # Fails if the index does not hold what the tokenizer gives now.
    try:
        db.execute("INSERT INTO t(t) VALUES ('integrity-check')")
    except sqlite3.Error as e:
        common.mismatch("bench/pinyin", f"tokenize='{tokenize}': FTS5 integrity-check failed: {e}")
    rows = {q: [r for (r,) in db.execute(
        "SELECT rowid FROM t WHERE t MATCH zh_query(?) ORDER BY rowid", (q,))]
        for q in HAN_QUERIES}
    db.close()
    return {"tokenize": tokenize, "build_s": sec, "index_bytes": index,
            "db_bytes": os.path.getsize(path), "distinct_tokens": distinct}, rows


def main():
    quick = "--quick" in sys.argv[1:] or os.environ.get("QUICK") == "1"
    common.need("bench/pinyin", CORPUS)
    out_dir = os.path.join(ROOT, "build", "bench") if quick else os.path.join(ROOT, "bench", "results")
    work = os.path.join(ROOT, "build", "bench")
    os.makedirs(work, exist_ok=True)
    docs, nbytes = read_docs(CORPUS, 3_000_000 if quick else 0)
    mb = nbytes / 1e6
    print("== bench/pinyin (%s): %d documents, %.1f MB" % ("quick" if quick else "full", len(docs), mb))
    results, found = [], []
    for label, tokenize in SETTINGS:
        r, rows = build(os.path.join(work, "pinyin-%s.db" % label.replace(" ", "_")), tokenize, docs)
        found.append(rows)
        r["label"] = label
        r["mb_per_s"] = mb / r["build_s"]
        results.append(r)
        print("  %-12s build %.1f s, %.1f MB/s, index %.1f MB, db %.1f MB, %d distinct tokens"
              % (label, r["build_s"], r["mb_per_s"], r["index_bytes"] / 1e6,
                 r["db_bytes"] / 1e6, r["distinct_tokens"]))
        os.unlink(os.path.join(work, "pinyin-%s.db" % label.replace(" ", "_")))
    for q in HAN_QUERIES:
        if found[0][q] != found[1][q]:
            common.mismatch("bench/pinyin", "%s finds %d rows with tokenize='zh', %d with 'zh pinyin 1'"
                            % (q, len(found[0][q]), len(found[1][q])))
    off, on = results
    st, mach, mode = common.stamp(), common.machine(), "quick" if quick else "full"
    now = datetime.datetime.now(datetime.timezone.utc)
    with open(os.path.join(out_dir, "pinyin%s.json" % ("-quick" if quick else "")), "w") as f:
        json.dump({**st, "date": now.isoformat(timespec="seconds"), "mode": mode,
                   "machine": mach, "documents": len(docs), "bytes": nbytes,
                   "results": results, "sqlite": sqlite3.sqlite_version,
                   "han_queries": {q: len(found[0][q]) for q in HAN_QUERIES}}, f, indent=1,
                  ensure_ascii=False)
        f.write("\n")
    md = ["# Pinyin: index size and build speed", "",
          common.stamp_md(st) + "  ",
          "%s UTC, %s mode (`bench/pinyin/run.py%s`) on %d news articles (%.1f MB of UTF-8 title and body), one"
          " transaction per table, SQLite %s; %s, %d cores."
          % (f"{now:%Y-%m-%d %H:%M}", mode, " --quick" if quick else "", len(docs), mb,
             sqlite3.sqlite_version, mach["cpu"], mach["cores"]),
          "", "| | build, s | build, MB/s | index, MB | database, MB | distinct tokens |",
          "|---|---:|---:|---:|---:|---:|"]
    for r in results:
        md.append("| `tokenize='%s'` | %.1f | %.1f | %.1f | %.1f | %d |" % (
            r["tokenize"], r["build_s"], r["mb_per_s"], r["index_bytes"] / 1e6,
            r["db_bytes"] / 1e6, r["distinct_tokens"]))
    md += ["", "With pinyin the index is %.2f times as large and the build %.2f times as slow."
           % (on["index_bytes"] / off["index_bytes"], on["build_s"] / off["build_s"]),
           "", "Checked: FTS5's integrity-check of both tables (every row tokenized again), and "
           "the same rows with pinyin on as off for %d Han queries (%s)."
           % (len(HAN_QUERIES), ", ".join(HAN_QUERIES)),
           "", "For comparison, as the issue reports them (measured by the issue's author on the"
           " 43 MB news corpus, not by this script): wangfenjin/simple builds at 28.1 MB/s,"
           " database 81.1 MB without pinyin, and 8.9 MB/s, 127.7 MB with it.", ""]
    with open(os.path.join(out_dir, "pinyin%s.md" % ("-quick" if quick else "")), "w") as f:
        f.write("\n".join(md))
    print("wrote %s" % os.path.join(out_dir, "pinyin%s.md" % ("-quick" if quick else "")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
