#!/usr/bin/env bash
# Runs each tests/sql/NAME.sql through the sqlite3 shell from the repository
# root and diffs its whole output, errors included, against
# tests/sql/NAME.expected.  UPDATE=1 rewrites the expected files (review
# the diff before committing them).  ZH_EXT names another build of the
# extension to load instead of build/zh (the sanitizer build).
set -u
cd "$(dirname "$0")/.."
SQLITE3=${SQLITE3:-sqlite3}
pass=0 fail=0
skip=0
for sql in tests/sql/*.sql; do
  name=${sql%.sql}
  # ZH_SKIP_SQL names tests too slow for a run (large.sql under valgrind).
  if [ -n "${ZH_SKIP_SQL:-}" ] && [ "$(basename "$name")" = "$ZH_SKIP_SQL" ]; then
    echo "skip $sql (ZH_SKIP_SQL)"
    skip=$((skip+1))
    continue
  fi
  out=$(mktemp)
  # Line-buffered stdout keeps results and error messages in order.
  sed "s|^\.load build/zh\$|.load ${ZH_EXT:-build/zh}|" "$sql" |
    stdbuf -oL $SQLITE3 -batch :memory: > "$out" 2>&1
  if [ "${UPDATE:-0}" = 1 ]; then
    cp "$out" "$name.expected"
  fi
  if diff -u "$name.expected" "$out" > "$out.diff" 2>&1; then
    pass=$((pass+1))
    echo "ok   $sql"
  else
    fail=$((fail+1))
    echo "FAIL $sql"
    head -40 "$out.diff"
  fi
  rm -f "$out" "$out.diff"
done
echo "sql: $pass passed, $fail failed, $skip skipped"
[ "$fail" = 0 ]
