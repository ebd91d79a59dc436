#!/usr/bin/env bash
# The committed benchmark results must be from the tokenizer this build
# has (zh_version('tokenizer')): a figure measured with other tokens is not
# a figure of this code.  Each bench/results/*.md names its version in the
# stamp line "sqlite-zh: tokenizer N, release R, commit C." and each *.json
# in its "tokenizer" field (bench/common.py writes both).  A file from
# another version, or one that names none, fails and says to rerun the
# benchmarks.  ZH_BENCH_RESULTS names another folder to check.
set -euo pipefail
cd "$(dirname "$0")/.."
SQLITE3=${SQLITE3:-sqlite3}
results=${ZH_BENCH_RESULTS:-bench/results}
want=$("$SQLITE3" :memory: ".load build/zh" "SELECT zh_version('tokenizer')")
[ -n "$want" ] || { echo "check-bench-results: no tokenizer version from build/zh"; exit 1; }

bad=0 n=0
for f in "$results"/*.md "$results"/*.json; do
  [ -e "$f" ] || continue
  n=$((n + 1))
  case $f in
    *.md) where="no line 'sqlite-zh: tokenizer N, release R, commit C.'"
          got=$(sed -n 's/^sqlite-zh: tokenizer \([0-9][0-9]*\), release [^,]*, commit [0-9a-f].*/\1/p' "$f" | head -n 1) ;;
    *) where='no "tokenizer" field'
       got=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1])).get("tokenizer", ""))' "$f") ;;
  esac
  if [ -z "$got" ]; then
    echo "$f: names no tokenizer version ($where): rerun \`make bench\` and commit its results"
    bad=$((bad + 1))
  elif [ "$got" != "$want" ]; then
    echo "$f: from tokenizer $got, but this build is tokenizer $want: rerun \`make bench\` (or that benchmark's run script) and commit its results"
    bad=$((bad + 1))
  fi
done
[ "$n" -gt 0 ] || { echo "check-bench-results: no results in $results"; exit 1; }
echo "$n results files checked, $bad from another tokenizer version or none (this build: tokenizer $want)"
[ "$bad" = 0 ]
