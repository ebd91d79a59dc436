#!/usr/bin/env bash
# The skip rule of `make bench-quick` (bench/all.sh --quick): with the data
# folder missing, each benchmark that needs it says "skipped: ... not found"
# and exits 77, and the run counts them; bench/load needs no data and runs.
# Outside CI that exits 0; in CI (CI=true), which has the data, it exits 1.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export ZH_BENCH_DATA=$tmp/missing
want="bench-quick: 1 ran, 4 skipped (tokenizer segment entities pinyin)"
fail=0

check() {   # check CI_VALUE EXPECTED_STATUS
  local rc=0
  CI=$1 bench/all.sh --quick >"$tmp/out" 2>&1 || rc=$?
  if [ "$rc" != "$2" ] || ! grep -qxF "$want" "$tmp/out" ||
     [ "$(grep -c ": skipped: $ZH_BENCH_DATA/.* not found" "$tmp/out")" != 4 ]; then
    echo "FAILED: CI=$1: exit $rc (want $2), want 4 'skipped' lines and '$want'; the output:"
    cat "$tmp/out"
    fail=1
  fi
}
check false 0
check true 1
[ "$fail" = 0 ] || exit 1
echo "bench-quick without its data: 4 skipped, exit 0; with CI=true, exit 1"
