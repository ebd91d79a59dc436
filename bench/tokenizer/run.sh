#!/usr/bin/env bash
# Tokenizer benchmark: zh (substring and words modes), unicode61 and trigram
# (and ICU and friso for throughput, LIKE for query latency) on the same
# news corpus, in one run, and the peer wangfenjin/simple (pinyin off and
# on) beside them when its source is in ../shared/peers/simple (or
# $ZH_PEERS/simple): built under build/peers/simple, skipped with a message
# when absent.  Word segmentation accuracy is a separate benchmark:
# bench/segment/run.sh.  See bench/README.md.
#
#   bench/tokenizer/run.sh            the whole corpus (make bench)
#   bench/tokenizer/run.sh --quick    a ~3 MB slice (make bench-quick; or QUICK=1)
#
# Writes bench/results/tokenizer.{md,json,csv,png} (quick mode, a check
# that it runs: build/bench/tokenizer-quick.*, not kept); the chart needs
# gnuplot (apt-get install gnuplot-nox).
# The corpus is read at run time from ../shared/data (next to the repo, or
# $ZH_BENCH_DATA; without it: "skipped", exit 77) and never copied into the
# repository; the work files live in build/bench/.  A wrong answer (zh's,
# trigram's or LIKE's rows against a substring scan, FTS5's integrity-check
# of an index) fails the run; simple's rows that differ from the scan's are
# reported, not failed.  The peer folder is optional: without it simple is
# skipped and the rest runs.
set -Eeuo pipefail

cd "$(dirname "$0")/../.."
quick=${QUICK:-0}
for arg in "$@"; do
  case $arg in
    --quick) quick=1 ;;
    *) echo "usage: $0 [--quick]" >&2; exit 2 ;;
  esac
done
[ "$quick" = 0 ] || quick=1

# shellcheck source=bench/common.sh
. bench/common.sh
corpus=${ZH_BENCH_CORPUS:-$bench_data/corpus/news_sina2018.jsonl.gz}
bench_need bench/tokenizer "$corpus"

PYTHON=${PYTHON:-/usr/bin/python3}
CC=${CC:-cc}
FRISO_DICT=${FRISO_DICT:-/usr/share/friso/dict/UTF-8}
# like_per_group: LIKE scans the whole table for every query, so it runs a
# sample of that many queries per length and group (common, rare).
# runs: the rounds of every measurement, each timing every tokenizer (or
# query method) once, in rotated order; the report takes their medians.
if [ "$quick" = 1 ]; then
  mode=quick runs=3 per_length=200 like_per_group=20 slice=3000000 out=build/bench/tokenizer-quick
else
  mode=full runs=5 per_length=400 like_per_group=20 slice=0 out=bench/results/tokenizer
fi
peer=$bench_peers/simple
simple_so=build/peers/simple/src/libsimple.so

command -v gnuplot >/dev/null ||
  { echo "bench/tokenizer: gnuplot not found, needed for the chart (apt-get install gnuplot-nox)" >&2; exit 1; }
if ! pkg-config --exists friso || [ ! -r "$FRISO_DICT/friso.lex.ini" ]; then
  echo "bench/tokenizer: friso not found (apt-get install libfriso-dev friso-dict)" >&2
  exit 1
fi
if [ -e "$peer/CMakeLists.txt" ]; then
  command -v cmake >/dev/null && command -v "${CXX:-c++}" >/dev/null ||
    { echo "bench/tokenizer: cmake or a C++ compiler not found, needed to build the peer simple (apt-get install cmake g++)" >&2; exit 1; }
else
  peer_skipped="simple: skipped: $peer not found (ZH_PEERS names the peers folder)"
  peer=
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
    echo -lsqlite3 -licuuc -licudata -lutf8proc) \
  $(pkg-config --cflags --libs friso) -lm
simple_args=()
if [ -n "$peer" ]; then
  # The peer, as the peers folder's README says: Release, against Debian's
  # libsqlite3-dev, without jieba; never into its source folder (read-only).
  step="building simple (log: build/peers/simple.log)"
  mkdir -p build/peers
  if ! { cmake -S "$peer" -B build/peers/simple -DCMAKE_BUILD_TYPE=Release \
           -DSIMPLE_WITH_JIEBA=OFF -DBUILD_SQLITE3=OFF -DBUILD_TEST_EXAMPLE=OFF &&
         cmake --build build/peers/simple -j2; } >build/peers/simple.log 2>&1; then
    tail -n 20 build/peers/simple.log >&2
    false
  fi
  simple_args=(--simple "$simple_so")
fi
"$PYTHON" -c 'import sqlite3; sqlite3.connect(":memory:").enable_load_extension(True)' 2>/dev/null ||
  { echo "bench/tokenizer: $PYTHON cannot load SQLite extensions (use Debian's /usr/bin/python3)" >&2; exit 1; }

work=$(mktemp -d "$PWD/build/bench/work.XXXXXX")
trap 'rm -rf "$work"' EXIT
tb() { build/bench/tokbench ${simple_args[@]+"${simple_args[@]}"} "$@"; }
# friso's settings: the same as bench/segment/run.sh's (upstream friso.ini
# but no synonyms, no secondary segmentation of Latin words, stopwords kept).
cat >"$work/friso.ini" <<EOF
friso.charset = 0
friso.lex_dir = $FRISO_DICT/
friso.max_len = 5
friso.r_name = 1
friso.mix_len = 2
friso.lna_len = 1
friso.add_syn = 0
friso.clr_stw = 0
friso.keep_urec = 0
friso.spx_out = 0
friso.en_sseg = 0
friso.st_minl = 2
friso.kpuncs = @%.#&+
friso.nthreshold = 2000000
friso.mode = 2
EOF

step="versions"
tb versions build/zh.so >"$work/versions.json"
echo "== bench/tokenizer ($mode mode)"
echo "machine: $(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) cores"
"$PYTHON" -c 'import json,sys; v=json.load(open(sys.argv[1]))
print("SQLite %s, ICU %s, utf8proc %s, sqlite-zh %s, dbstat %s" % (
  v["sqlite"], v["icu"], v["utf8proc"], v["zh"], "yes" if v["dbstat"] else "no"))' \
  "$work/versions.json"
if [ -n "$peer" ]; then
  echo "simple: $simple_so, built from $peer"
else
  echo "$peer_skipped"
fi

step="reading the corpus"
"$PYTHON" bench/tokenizer/prepare.py build/zh.so "$corpus" "$work" \
  --quick-bytes "$slice" --per-length "$per_length"
step="throughput"
tb throughput build/zh.so "$work/corpus.bin" "$runs" "$work/friso.ini" >"$work/throughput.json"
step="index build"
tb build build/zh.so "$work/corpus.bin" "$work" "$runs" >"$work/build.json"
step="queries"
tb query build/zh.so "$work/corpus.bin" "$work" "$work/queries.txt" "$like_per_group" \
  "$runs" >"$work/query.json"

step="report"
wall=$(awk "BEGIN { print $(date +%s.%N) - $start }")
echo
"$PYTHON" bench/tokenizer/report.py "$work" "$out" "$mode" "$wall" "$peer"
step="chart"
# report.py wrote $out.csv: tokenizer, tokenizer-alone MB/s, FTS5 build MB/s
# ("NaN" where there is no FTS5 tokenizer to build an index with).
gnuplot <<EOF
set terminal pngcairo size 900,520 noenhanced font ",10"
set output "$out.png"
set datafile separator ","
set datafile missing "NaN"
set title "Tokenizer throughput, $mode mode: MB of UTF-8 text per second (log scale)"
set style data histograms
set style histogram clustered gap 1
set style fill solid 0.85 border -1
set boxwidth 0.9
set logscale y
set yrange [1:*]
set ylabel "MB/s"
set grid ytics
set key top right
set xtics nomirror
plot "$out.csv" using 2:xtic(1) skip 1 title "tokenizer alone", \
     "" using 3 skip 1 title "FTS5 index build"
EOF
echo "wrote $out.md, $out.json, $out.csv and $out.png"
