#!/usr/bin/env bash
# Runs every test suite and ends with one summary line.  Expects `make`
# (build/zh.so) and the unit test binary to be built: `make test` does both.
set -u
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-/usr/bin/python3}
passed=0 failed=0 skipped=0

run() {   # run NAME COMMAND...: one suite, counted as one test
  local name=$1; shift
  echo "== $name"
  if "$@"; then passed=$((passed+1)); else failed=$((failed+1)); echo "FAILED: $name"; fi
}

run "unit tests (C)" "${ZH_UNIT:-build/test_internals}"
run "threads (4 connections, one WAL database)" "${ZH_THREADS:-build/test_threads}"
run "SQL tests" tests/run-sql.sh
run "every function and module documented" tests/check-docs.sh
run "zh_preload.so (LD_PRELOAD)" tests/preload.sh
if "$PYTHON" -c 'import sqlite3; sqlite3.connect(":memory:").enable_load_extension(True)' 2>/dev/null; then
  run "substring oracle (seed corpus)" "$PYTHON" tests/oracle.py
  run "Python bindings" "$PYTHON" tests/test_python.py
else
  echo "== skipped: $PYTHON cannot load SQLite extensions (install Debian's python3)"
  skipped=$((skipped+2))
fi
echo
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ]
