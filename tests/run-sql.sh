#!/usr/bin/env bash
# Runs each tests/sql/NAME.sql through the sqlite3 shell from the repository
# root and diffs its whole output, errors included, against
# tests/sql/NAME.expected.  ZH_EXT names another build of the extension to
# load instead of build/zh (the sanitizer build).
#
#   tests/run-sql.sh                      run every test
#   tests/run-sql.sh NAME...              run these (tests/sql/NAME.sql)
#   tests/run-sql.sh --write-expected NAME...
#                                         write these tests' expected files
#                                         from their output (review the diff
#                                         before committing); tests nothing,
#                                         so it always exits 2
set -u
cd "$(dirname "$0")/.."
SQLITE3=${SQLITE3:-sqlite3}
write=0
if [ "${1:-}" = --write-expected ]; then
  write=1
  shift
  [ $# -gt 0 ] || { echo "usage: $0 --write-expected NAME..."; exit 2; }
fi
if [ -n "${UPDATE:-}" ]; then
  echo "UPDATE is no longer read: use $0 --write-expected NAME..."
  exit 2
fi
if [ $# -gt 0 ]; then
  files=()
  for name in "$@"; do
    name=${name#tests/sql/}; name=${name%.sql}
    [ -f "tests/sql/$name.sql" ] || { echo "no test tests/sql/$name.sql"; exit 2; }
    files+=("tests/sql/$name.sql")
  done
else
  files=(tests/sql/*.sql)
fi
pass=0 fail=0
skip=0
for sql in "${files[@]}"; do
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
  if [ "$write" = 1 ]; then
    cp "$out" "$name.expected"
    echo "wrote $name.expected"
    rm -f "$out"
    continue
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
if [ "$write" = 1 ]; then
  echo "sql: ${#files[@]} expected files written, not tested"
  exit 2
fi
echo "sql: $pass passed, $fail failed, $skip skipped"
[ "$fail" = 0 ]
