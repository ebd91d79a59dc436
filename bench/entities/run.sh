#!/usr/bin/env bash
# Entity extraction: accuracy (bench/entities/score.py: People's Daily dev
# and UD GSD dev, zh_entities against jieba posseg) and speed
# (bench/entities/report.py: zh_entities over every row of a table of news
# articles, in SQL, all kinds and the rule-based kinds alone).
#
#   bench/entities/run.sh           writes bench/results/entities.{md,json}
#   bench/entities/run.sh --quick   300 sentences of each set and 1 MB of news
#                                   (make bench-quick; or QUICK=1): results in
#                                   build/bench/entities-quick.*, not kept
#
# Every entity's offsets must point at its text inside the sentence or
# article it came from: one that does not fails the run.  The data is read
# from ../shared/data (or $ZH_BENCH_DATA); without it: "skipped", exit 77.
set -euo pipefail
cd "$(dirname "$0")/../.."
quick=${QUICK:-0}
for arg in "$@"; do
  case $arg in
    --quick) quick=1 ;;
    *) echo "usage: $0 [--quick]" >&2; exit 2 ;;
  esac
done
# shellcheck source=bench/common.sh
. bench/common.sh
for f in ner/peoples_daily_dev.bio ner/zh_gsdsimp-ud-dev.iob2 corpus/news_sina2018.jsonl.gz; do
  bench_need bench/entities "$bench_data/$f"
done
make -s
PYTHON=${PYTHON:-/usr/bin/python3}
mkdir -p build/bench bench/results
if [ "$quick" = 1 ]; then
  mode=quick sentences=300 out=build/bench/entities-quick
else
  mode=full sentences=0 out=bench/results/entities
fi
echo "== bench/entities ($mode mode)"
"$PYTHON" bench/entities/score.py --sentences "$sentences" --json "build/bench/entities-accuracy.json"
# zh_entities' weights were learned from People's Daily dev: its figure
# there is cross-validated (make model-cv), the rules alone beside it.
make -s model-cv ZH_DATA="$bench_data" 2>/dev/null | grep -E '^(==|PD dev)' > build/bench/entities-cv.txt
"$PYTHON" bench/entities/report.py build/bench/entities-accuracy.json "$out" "$mode" build/bench/entities-cv.txt
