#!/usr/bin/env bash
# Start-up cost: a new process opens a connection, loads build/zh.so and
# makes its first zh_segment() call (which touches the embedded
# dictionary); then a second connection in the same process does the same.
# Median over 21 fresh processes.
#
#   bench/load/run.sh           writes bench/results/load.{md,json}
#   bench/load/run.sh --quick   5 processes (make bench-quick; or QUICK=1):
#                               build/bench/load-quick.*, not kept
#
# Each process checks its answers: the words of zh_segment() must cover the
# text, and the second connection must segment it as the first did; a
# process that finds otherwise fails the run.  Needs no data.
set -euo pipefail
cd "$(dirname "$0")/../.."
quick=${QUICK:-0}
for arg in "$@"; do
  case $arg in
    --quick) quick=1 ;;
    *) echo "usage: $0 [--quick]" >&2; exit 2 ;;
  esac
done
make -s
PYTHON=${PYTHON:-/usr/bin/python3}
mkdir -p build/bench bench/results
if [ "$quick" = 1 ]; then
  mode=quick runs=5 out=build/bench/load-quick
else
  mode=full runs=21 out=bench/results/load
fi
echo "== bench/load ($mode mode)"
"$PYTHON" - "$mode" "$runs" "$out" <<'PY'
import datetime, json, os, sqlite3, statistics, subprocess, sys
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, "bench")
import common
mode, runs, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
probe = r'''
import sqlite3, sys, time
text = "北京市总工会职工大学何艳静在簋街"
t0 = time.perf_counter()
db = sqlite3.connect(":memory:"); db.enable_load_extension(True); db.load_extension("build/zh")
t1 = time.perf_counter()
first = db.execute("SELECT zh_segment(?)", (text,)).fetchone()[0]
t2 = time.perf_counter()
db2 = sqlite3.connect(":memory:"); db2.enable_load_extension(True); db2.load_extension("build/zh")
second = db2.execute("SELECT zh_segment(?)", (text,)).fetchone()[0]
t3 = time.perf_counter()
if first.replace(" ", "") != text or second != first:
    sys.exit("bench/load: MISMATCH: zh_segment(%r) is %r, then %r in a second connection"
             % (text, first, second))
print(t1 - t0, t2 - t1, t3 - t2)
'''
rows = []
for _ in range(runs):
    p = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(p.stderr.strip() or "bench/load: a probe failed (exit %d)" % p.returncode)
    rows.append(list(map(float, p.stdout.split())))
med = [statistics.median(r[i] for r in rows) * 1000 for i in range(3)]
size = os.path.getsize("build/zh.so") / 1e6
st, now = common.stamp(), datetime.datetime.now(datetime.timezone.utc)
lines = [
    "# Start-up cost of sqlite-zh", "",
    common.stamp_md(st) + "  ",
    f"{now:%Y-%m-%d %H:%M} UTC, {mode} mode (`bench/load/run.sh{' --quick' if mode == 'quick' else ''}`), "
    f"median of {runs} fresh processes (Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}); "
    f"build/zh.so is {size:.1f} MB.", "",
    "| step | ms |", "|---|---:|",
    f"| load_extension('build/zh') in a new process | {med[0]:.2f} |",
    f"| first zh_segment() (dictionary pages touched) | {med[1]:.2f} |",
    f"| second connection: load + zh_segment() | {med[2]:.2f} |", "",
    "The dictionary is read-only data inside zh.so: nothing is parsed at load time, and its pages",
    "are shared by every connection and process (the operating system's page cache).",
]
with open(out + ".md", "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
with open(out + ".json", "w", encoding="utf-8") as f:
    json.dump({**st, "date": now.isoformat(timespec="seconds"), "mode": mode,
               "machine": common.machine(), "python": sys.version.split()[0],
               "sqlite": sqlite3.sqlite_version, "zh_so_bytes": os.path.getsize("build/zh.so"),
               "median_ms": {"load": med[0], "first_segment": med[1], "second_connection": med[2]},
               "runs_s": rows}, f, indent=1)
    f.write("\n")
print("\n".join(lines))
print(f"wrote {out}.md and {out}.json")
PY
