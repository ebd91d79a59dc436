#!/usr/bin/env bash
# Segmentation benchmark: word-span P/R/F1 of zh's words mode, jieba, ICU's
# word break iterator and friso on the SIGHAN 2005 PKU test set, in one run.
# See bench/README.md.
#
#   bench/segment/run.sh          PKU test
#   bench/segment/run.sh --gsd    also UD Chinese GSD train (zh was tuned on it)
#   bench/segment/run.sh --quick  the first 300 lines (make bench-quick; or QUICK=1)
#
# Writes bench/results/segment.{md,json} (quick mode: build/bench/
# segment-quick.*, not kept).  The data is read at run time from
# ../shared/data (next to the repo, or $ZH_BENCH_DATA; without it:
# "skipped", exit 77) and never copied into the repository; the helpers,
# friso.ini and the work files live in build/bench/.  Every segmenter is
# required: a missing or failing one makes the run fail, and so do words
# that do not cover their line's text exactly.
set -Eeuo pipefail

cd "$(dirname "$0")/../.."
gsd=() quick=${QUICK:-0}
for arg in "$@"; do
  case $arg in
    --gsd) gsd=(--gsd) ;;
    --quick) quick=1 ;;
    *) echo "usage: $0 [--gsd] [--quick]" >&2; exit 2 ;;
  esac
done

# shellcheck source=bench/common.sh
. bench/common.sh
for f in pku_test.utf8 pku_test_gold.utf8 pku_training_words.utf8; do
  bench_need bench/segment "$bench_data/sighan2005/$f"
done
[ ${#gsd[@]} = 0 ] || bench_need bench/segment "$bench_data/ner/zh_gsdsimp-ud-train.iob2"

PYTHON=${PYTHON:-/usr/bin/python3}
CC=${CC:-cc}
FRISO_DICT=${FRISO_DICT:-/usr/share/friso/dict/UTF-8}
mode=full out=bench/results/segment lines=()
# Quick mode (make bench-quick) checks that the benchmark runs and that every
# segmenter's words cover its text, on the first 300 lines; its figures are
# not kept.
[ "$quick" = 1 ] && mode=quick out=build/bench/segment-quick lines=(--lines 300)
cflags=(-O2 -g -Wall -Wextra -Wshadow -Wstrict-prototypes)

step="start"
trap 'echo "bench/segment: FAILED during: $step" >&2' ERR
start=$(date +%s.%N)

step="make"
make --no-print-directory
mkdir -p build/bench bench/results
"$PYTHON" -c 'import sqlite3; sqlite3.connect(":memory:").enable_load_extension(True)' 2>/dev/null ||
  { echo "bench/segment: $PYTHON cannot load SQLite extensions (use Debian's /usr/bin/python3)" >&2; exit 1; }
step="jieba"
"$PYTHON" -c 'import jieba' 2>/dev/null ||
  { echo "bench/segment: jieba not found (apt-get install python3-jieba)" >&2; exit 1; }

step="building icuseg"
# shellcheck disable=SC2046
$CC "${cflags[@]}" -o build/bench/icuseg bench/segment/icuseg.c \
  $(pkg-config --cflags --libs icu-uc 2>/dev/null || echo -licuuc -licudata)

step="building frisoseg"
if ! pkg-config --exists friso || [ ! -r "$FRISO_DICT/friso.lex.ini" ]; then
  echo "bench/segment: friso not found (apt-get install libfriso-dev friso-dict)" >&2
  exit 1
fi
# shellcheck disable=SC2046
$CC "${cflags[@]}" -o build/bench/frisoseg bench/segment/frisoseg.c \
  $(pkg-config --cflags --libs friso)
# Upstream friso.ini's settings, but for three that add or remove words:
# synonyms and the secondary segmentation of Latin words (add_syn, en_sseg)
# would add words overlapping others, and clearing stopwords (clr_stw)
# would drop words from the text.
cat >build/bench/friso.ini <<EOF
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

work=$(mktemp -d "$PWD/build/bench/segment.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "== bench/segment ($mode mode)"
step="scoring"
"$PYTHON" bench/segment/score.py "${gsd[@]}" "${lines[@]}" --seg zh --seg jieba --seg icu --seg friso \
  --icuseg build/bench/icuseg --frisoseg build/bench/frisoseg \
  --friso-ini build/bench/friso.ini --json "$work/scores.json"

step="report"
wall=$(awk "BEGIN { print $(date +%s.%N) - $start }")
echo
"$PYTHON" bench/segment/report.py "$work/scores.json" build/bench/friso.ini "$out" "$wall" "$mode"
echo "wrote $out.md and $out.json"
