#!/usr/bin/env bash
# Entity extraction: accuracy (bench/entities/score.py: People's Daily dev
# and UD GSD dev, zh_entities against jieba posseg) and speed (zh_entities
# over every row of a table of news articles, in SQL, all kinds and the
# rule-based kinds alone).  Writes bench/results/entities.md and .json.
set -euo pipefail
cd "$(dirname "$0")/../.."
make -s
PYTHON=${PYTHON:-/usr/bin/python3}
if [ ! -f ../shared/data/ner/peoples_daily_dev.bio ]; then
  echo "skipped: ../shared/data/ner not found"
  exit 0
fi
mkdir -p build/bench bench/results
"$PYTHON" bench/entities/score.py --json build/bench/entities-accuracy.json
"$PYTHON" - <<'PY'
import datetime, gzip, json, os, platform, sqlite3, subprocess, time
acc = json.load(open("build/bench/entities-accuracy.json"))
corpus = "../shared/data/corpus/news_sina2018.jsonl.gz"
speed = []
if os.path.exists(corpus):
    rows, n = [], 0
    with gzip.open(corpus, "rt") as f:
        for line in f:
            o = json.loads(line)
            rows.append(o["text"])
            n += len(o["text"].encode())
            if n > 10e6:
                break
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension("build/zh")
    db.execute("CREATE TABLE t(body)")
    db.executemany("INSERT INTO t VALUES (?)", [(r,) for r in rows])
    for label, kinds in (("all kinds", None), ("date, time, money, percent, quantity, title",
                                               "date,time,money,percent,quantity,title")):
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            if kinds:
                c = db.execute("SELECT count(*) FROM t, zh_entities(t.body, ?)", (kinds,)).fetchone()[0]
            else:
                c = db.execute("SELECT count(*) FROM t, zh_entities(t.body)").fetchone()[0]
            times.append(time.perf_counter() - t0)
        speed.append({"kinds": label, "entities": c, "mb": n / 1e6,
                      "mb_per_s": n / 1e6 / sorted(times)[1], "runs_s": times})
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
md = ["# Entity extraction", "",
      f"{datetime.datetime.utcnow():%Y-%m-%d %H:%M} UTC, `bench/entities/run.sh`, commit {commit}; "
      f"{cpu}, {os.cpu_count()} cores; SQLite {sqlite3.sqlite_version}.", "",
      "## People, places, organisations (entity level, exact boundaries)", "",
      "| data | extractor | P | R | F1 | person F1 | place F1 | organisation F1 |",
      "|---|---|---:|---:|---:|---:|---:|---:|"]
for r in acc:
    b = r["by_kind"]
    md.append(f"| {r['set']} | {r['extractor']} | {r['precision']:.3f} | {r['recall']:.3f} | "
              f"{r['f1']:.3f} | {b['PER']['f1']:.3f} | {b['LOC']['f1']:.3f} | {b['ORG']['f1']:.3f} |")
md += ["", "People's Daily dev: ../shared/data/ner/peoples_daily_dev.bio (2,318 sentences); UD GSD dev:",
       "zh_gsdsimp-ud-dev.iob2 (UNER tags, word boundaries).  `zh_entities` is the default reading (the",
       "longest name: adjacent places are one, 杭州市西湖区); `zh_entities, units` is",
       "`zh_entities(text, kinds, 'units')`, places by their units (杭州市, 西湖区), the convention People's",
       "Daily is annotated with.  No data of either set is in zh_entities; but many rules, and some of the",
       "words in tools/everyday_words.txt and tools/bodies.txt, were written after reading its errors on",
       "People's Daily dev, so that figure is optimistic.  GSD dev and GSD train were scored after each",
       "change and a change kept only if it did not lower them by more than about 0.001; their errors were",
       "never read.  Most of the listed words came from reading the names zh_entities found in Sina news",
       "(../shared/data/corpus), which is no evaluation data.", ""]
if speed:
    md += ["## Speed: zh_entities over every row of a table (10 MB of Sina news, median of 3)", "",
           "| kinds | entities | MB/s |", "|---|---:|---:|"]
    for s in speed:
        md.append(f"| {s['kinds']} | {s['entities']:,} | {s['mb_per_s']:.1f} |")
open("bench/results/entities.md", "w").write("\n".join(md) + "\n")
json.dump({"accuracy": acc, "speed": speed}, open("bench/results/entities.json", "w"), indent=1)
print("\n".join(md))
PY
