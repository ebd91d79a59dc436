#!/usr/bin/env bash
# Tokenizer benchmark: zh (substring and words modes), unicode61 and trigram
# (and ICU for throughput) on the same news corpus, in one run.  Word
# segmentation accuracy is a separate benchmark: bench/segment/run.sh.
# See bench/README.md.
#
#   bench/tokenizer/run.sh            the whole corpus (make bench)
#   bench/tokenizer/run.sh --quick    a ~3 MB slice (make bench-quick; or QUICK=1)
#
# Writes bench/results/tokenizer.{md,json} (quick mode: tokenizer-quick.*).
# The corpus is read at run time from ../shared/data (next to the repo) and
# never copied into the repository; the work files live in build/bench/.
set -Eeuo pipefail

cd "$(dirname "$0")/../.."
root=$(git rev-parse --show-toplevel 2>/dev/null || pwd)
quick=${QUICK:-0}
for arg in "$@"; do
  case $arg in
    --quick) quick=1 ;;
    *) echo "usage: $0 [--quick]" >&2; exit 2 ;;
  esac
done
[ "$quick" = 0 ] || quick=1

corpus=${ZH_BENCH_CORPUS:-$root/../shared/data/corpus/news_sina2018.jsonl.gz}
if [ ! -r "$corpus" ]; then
  echo "bench/tokenizer: skipped: ../shared/data/corpus not found ($corpus)"
  exit 0
fi

PYTHON=${PYTHON:-/usr/bin/python3}
CC=${CC:-cc}
if [ "$quick" = 1 ]; then
  mode=quick runs=3 per_length=200 slice=3000000 out=bench/results/tokenizer-quick
else
  mode=full runs=5 per_length=400 slice=0 out=bench/results/tokenizer
fi

step="start"
trap 'echo "bench/tokenizer: FAILED during: $step" >&2' ERR
start=$(date +%s.%N)

step="make"
make --no-print-directory
step="building the harness"
mkdir -p build/bench bench/results
# shellcheck disable=SC2046
$CC -O2 -g -Wall -Wextra -Wshadow -Wstrict-prototypes \
  -o build/bench/tokbench bench/tokenizer/tokbench.c \
  $(pkg-config --cflags --libs sqlite3 icu-uc libutf8proc 2>/dev/null ||
    echo -lsqlite3 -licuuc -licudata -lutf8proc) -lm
"$PYTHON" -c 'import sqlite3; sqlite3.connect(":memory:").enable_load_extension(True)' 2>/dev/null ||
  { echo "bench/tokenizer: $PYTHON cannot load SQLite extensions (use Debian's /usr/bin/python3)" >&2; exit 1; }

work=$(mktemp -d "$PWD/build/bench/work.XXXXXX")
trap 'rm -rf "$work"' EXIT
tb() { build/bench/tokbench "$@"; }

step="versions"
tb versions build/zh.so >"$work/versions.json"
echo "== bench/tokenizer ($mode mode)"
echo "machine: $(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) cores"
"$PYTHON" -c 'import json,sys; v=json.load(open(sys.argv[1]))
print("SQLite %s, ICU %s, utf8proc %s, sqlite-zh %s, dbstat %s" % (
  v["sqlite"], v["icu"], v["utf8proc"], v["zh"], "yes" if v["dbstat"] else "no"))' \
  "$work/versions.json"

step="reading the corpus"
"$PYTHON" bench/tokenizer/prepare.py build/zh.so "$corpus" "$work" \
  --quick-bytes "$slice" --per-length "$per_length"
step="throughput"
tb throughput build/zh.so "$work/corpus.bin" "$runs" >"$work/throughput.json"
step="index build"
tb build build/zh.so "$work/corpus.bin" "$work" >"$work/build.json"
step="queries"
tb query build/zh.so "$work/corpus.bin" "$work" "$work/queries.txt" >"$work/query.json"

step="report"
wall=$(awk "BEGIN { print $(date +%s.%N) - $start }")
echo
"$PYTHON" bench/tokenizer/report.py "$work" "$out" "$mode" "$wall"
echo "wrote $out.md and $out.json"
