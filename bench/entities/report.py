"""Entity extraction speed, and the results files.

    report.py ACCURACY_JSON OUT_BASENAME MODE

Times zh_entities over every row of a table of Sina news (10 MB; 1 MB in
quick mode), all kinds and the kinds found by rule, median of 3 (CPU time), in SQL.
Before timing, one untimed pass checks every entity's offsets against the
article: its characters (start, end) and bytes (byte_start, byte_end) must
hold its text; any that does not fails the run.  Writes OUT_BASENAME.md
(also printed) and OUT_BASENAME.json with score.py's accuracy figures.
"""
import datetime
import gzip
import json
import os
import sqlite3
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import common  # noqa: E402

RULE_KINDS = "date,time,money,percent,quantity,title"

# Entities whose offsets do not hold their text.
BAD_OFFSETS = """
SELECT t.rowid, e.kind, e.text, e.start, e.end FROM t, zh_entities(t.body) AS e
 WHERE e.start < 0 OR e.end > length(t.body) OR e.start >= e.end
    OR substr(t.body, e.start + 1, e.end - e.start) IS NOT e.text
    OR CAST(substr(CAST(t.body AS BLOB), e.byte_start + 1, e.byte_end - e.byte_start) AS TEXT)
       IS NOT e.text
 LIMIT 5"""


def news(max_bytes):
    rows, n = [], 0
    with gzip.open(common.data("corpus", "news_sina2018.jsonl.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            text = json.loads(line)["text"]
            rows.append(text)
            n += len(text.encode())
            if n > max_bytes:
                break
    return rows, n


def speed(max_bytes):
    rows, n = news(max_bytes)
    db = common.connect()
    db.execute("CREATE TABLE t(body)")
    db.executemany("INSERT INTO t VALUES (?)", [(r,) for r in rows])
    bad = db.execute(BAD_OFFSETS).fetchall()
    if bad:
        common.mismatch("bench/entities", "zh_entities over the news: offsets that do not hold "
                        "the entity's text (rowid, kind, text, start, end): " + repr(bad))
    out = []
    for label, kinds in (("all kinds", None), (RULE_KINDS.replace(",", ", "), RULE_KINDS)):
        times = []
        for _ in range(3):
            t0 = time.process_time()
            if kinds:
                c = db.execute("SELECT count(*) FROM t, zh_entities(t.body, ?)", (kinds,)).fetchone()[0]
            else:
                c = db.execute("SELECT count(*) FROM t, zh_entities(t.body)").fetchone()[0]
            times.append(time.process_time() - t0)
        out.append({"kinds": label, "entities": c, "mb": n / 1e6,
                    "mb_per_s": n / 1e6 / sorted(times)[1], "runs_s": times})
    return out, n


def main():
    acc_path, out_base, mode, cv_path = sys.argv[1:5]
    with open(cv_path, encoding="utf-8") as f:
        cv = [line.rstrip("\n") for line in f if line.strip()]
    with open(acc_path) as f:
        acc = json.load(f)
    sp, nbytes = speed(1e6 if mode == "quick" else 10e6)
    st, mach = common.stamp(), common.machine()
    now = datetime.datetime.now(datetime.timezone.utc)
    nsent = {r["set"]: r["sentences"] for r in acc}
    n_pd, n_gsd = nsent["People's Daily dev"], nsent["UD GSD dev (UNER)"]
    md = ["# Entity extraction", "",
          common.stamp_md(st) + "  ",
          f"{now:%Y-%m-%d %H:%M} UTC, {mode} mode (`bench/entities/run.sh"
          f"{' --quick' if mode == 'quick' else ''}`); {mach['cpu']}, {mach['cores']} cores; "
          f"SQLite {sqlite3.sqlite_version}.", "",
          "## People, places, organisations (entity level, exact boundaries)", "",
          "| data | extractor | P | R | F1 | person F1 | place F1 | organisation F1 |",
          "|---|---|---:|---:|---:|---:|---:|---:|"]
    for r in acc:
        if r["set"] == "People's Daily dev" and r["extractor"].startswith("zh_entities"):
            continue  # trained on it: see the cross-validated figures below
        b = r["by_kind"]
        md.append(f"| {r['set']} | {r['extractor']} | {r['precision']:.3f} | {r['recall']:.3f} | "
                  f"{r['f1']:.3f} | {b['PER']['f1']:.3f} | {b['LOC']['f1']:.3f} | {b['ORG']['f1']:.3f} |")
    md += ["", f"People's Daily dev: ../shared/data/ner/peoples_daily_dev.bio "
           f"({n_pd:,} sentences); UD GSD dev:",
           f"zh_gsdsimp-ud-dev.iob2 ({n_gsd:,} sentences; UNER tags, "
           "word boundaries).  `zh_entities` is the default reading (the",
           "longest name: adjacent places are one, 杭州市西湖区); `zh_entities, units` is",
           "`zh_entities(text, kinds, 'units')`, places by their units (杭州市, 西湖区), the convention People's",
           "Daily is annotated with.  GSD dev was not trained on (`make model` learns from People's Daily",
           "dev and UD GSD train); many rules, and some listed words, were written after reading People's Daily dev",
           "errors, which flatters the rules there, cross-validated or not.", "",
           "## zh_entities on People's Daily dev, cross-validated", "",
           "The labeller's weights were learned from People's Daily dev and UD GSD train (`make model`), so zh_entities is",
           "scored there only by 5-fold cross-validation (`make model-cv`: contiguous blocks of",
           "sentences, each scored with weights learned from the other four and GSD train, through the code",
           "zh_entities runs), the rules alone (no model) first, on the same folds:", "", "```"] + cv + [
           "```", "",
           "(*) The reading `longest` against the annotation joined as that reading joins names: places",
           "of two characters or more side by side are one place (杭州市 西湖区 is read 杭州市西湖区), and a body",
           "right after them takes them in (长沙市 芙蓉区人民法院).  It measures how well `longest` does what",
           "it says; the line `PD dev, longest` measures it against the annotation as it is, by units.", "",
           f"## Speed: zh_entities over every row of a table ({nbytes / 1e6:.0f} MB of Sina news, "
           "median of 3, CPU time of the process)", "",
           "| kinds | entities | MB/s |", "|---|---:|---:|"]
    for s in sp:
        md.append(f"| {s['kinds']} | {s['entities']:,} | {s['mb_per_s']:.1f} |")
    md += ["", "Every entity's offsets, in characters and in bytes, were checked to hold its "
           "text, in both data sets and in the news."]
    with open(out_base + ".md", "w", encoding="utf-8") as f:
        f.write("\n".join(md) + "\n")
    with open(out_base + ".json", "w", encoding="utf-8") as f:
        json.dump({**st, "date": now.isoformat(timespec="seconds"), "mode": mode,
                   "machine": mach, "sqlite": sqlite3.sqlite_version,
                   "accuracy": acc, "speed": sp}, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print("\n".join(md))
    print(f"wrote {out_base}.md and {out_base}.json")


if __name__ == "__main__":
    main()
