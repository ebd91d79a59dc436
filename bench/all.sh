#!/usr/bin/env bash
# Runs every benchmark and ends with one summary line:
#
#   bench/all.sh            make bench: the full runs, results in bench/results/
#   bench/all.sh --quick    make bench-quick: a small slice of each, results in
#                           build/bench/ (a check that each runs and answers right)
#
# A benchmark that fails (it cannot run, or finds a wrong answer) does not
# stop the others; the run then exits 1.  One without its data says
# "skipped" and exits 77: counted as skipped, which fails the run in CI
# (CI=true), since CI installs everything and has the data, and not
# elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-/usr/bin/python3}
export PYTHON
name=bench args=()
case ${1:-} in
  --quick) name=bench-quick args=(--quick) ;;
  "") ;;
  *) echo "usage: $0 [--quick]" >&2; exit 2 ;;
esac

ran=0 skipped=() failed=()
for b in tokenizer segment entities load pinyin; do
  if [ "$b" = pinyin ]; then cmd=("$PYTHON" bench/pinyin/run.py); else cmd=("bench/$b/run.sh"); fi
  rc=0
  "${cmd[@]}" ${args[@]+"${args[@]}"} || rc=$?
  case $rc in
    0) ran=$((ran + 1)) ;;
    77) skipped+=("$b") ;;
    *) ran=$((ran + 1)) failed+=("$b") ; echo "$name: $b FAILED (exit $rc)" >&2 ;;
  esac
done

echo
summary="$name: $ran ran, ${#skipped[@]} skipped"
[ ${#skipped[@]} = 0 ] || summary+=" (${skipped[*]})"
[ ${#failed[@]} = 0 ] || summary+="; FAILED: ${failed[*]}"
echo "$summary"
if [ ${#skipped[@]} -gt 0 ] && [ "${CI:-}" = true ]; then
  echo "$name: FAILED: a benchmark skipped in CI, which installs everything and has the data" >&2
  exit 1
fi
[ ${#failed[@]} = 0 ]
