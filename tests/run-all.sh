#!/usr/bin/env bash
# Runs every test suite and ends with one summary line.  Expects `make`
# (build/zh.so) and the unit test binary to be built: `make test` does both.
# A suite that cannot run here is skipped and counted as such, saying why;
# in CI (CI=true), which installs everything, a skip is a failure.
set -u
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-/usr/bin/python3}
passed=0 failed=0 skipped=0

skip() {   # skip WHY: one suite that cannot run here
  if [ "${CI:-}" = true ]; then
    echo "FAILED (skipped in CI, which installs everything): $*"
    failed=$((failed+1))
  else
    echo "== skipped: $*"
    skipped=$((skipped+1))
  fi
}

# Each suite's wall time goes to the log, so that a slow CI run says where
# its minutes went.
took() { echo "   ($(( $(date +%s) - $1 )) s)"; }

run() {   # run NAME COMMAND...: one suite, counted as one test
  local name=$1 t0; shift
  echo "== $name"; t0=$(date +%s)
  if "$@"; then passed=$((passed+1)); else failed=$((failed+1)); echo "FAILED: $name"; fi
  took "$t0"
}

# run77 NAME COMMAND...: as run, but exit status 77 counts as skipped.
# Under the sanitizers (make test-asan sets ZH_SANITIZED), a suite that
# does not load the sanitized build would only repeat make test's run of
# it: said and passed over, not counted.
plain() {   # plain RUNNER NAME COMMAND...: RUNNER (run or run77) unless sanitized
  if [ -n "${ZH_SANITIZED:-}" ]; then
    echo "== $2: not repeated under the sanitizers (make test runs it)"
    return
  fi
  "$@"
}

run77() {
  local name=$1 rc t0; shift
  echo "== $name"; t0=$(date +%s)
  "$@"; rc=$?
  took "$t0"
  case $rc in
    0) passed=$((passed+1)) ;;
    77) skip "$name (the suite said why, above)" ;;
    *) failed=$((failed+1)); echo "FAILED: $name" ;;
  esac
}

run "unit tests (C)" "${ZH_UNIT:-build/test_internals}"
run "threads (4 connections, one WAL database)" "${ZH_THREADS:-build/test_threads}"
run "out of memory (each allocation of each step failing)" "${ZH_OOM:-build/test_oom}"
run "SQL tests" tests/run-sql.sh
run "determinism (an index built by one process, checked by others)" tests/determinism.sh
run "every function and module documented" tests/check-docs.sh
run "zh.so self-contained: one export, libc and libm only" tests/check-exports.sh
plain run "make without a data package names the package to install" tests/check-missing-data.sh
run "one release number: zh_version, CHANGELOG.md, make dist" tests/check-release.sh
run "bench/results from this build's tokenizer version" tests/check-bench-results.sh
plain run77 "entity weights: retrained with the same data and seed, the same bytes" tests/check-model.sh
run "zh_preload.so (LD_PRELOAD)" tests/preload.sh
if command -v dqlite-demo > /dev/null && command -v dqlite > /dev/null; then
  run "dqlite cluster: three nodes under zh_preload.so, leaders killed" examples/cluster/demo.sh
else
  skip "dqlite cluster test: dqlite-demo and dqlite not found (apt-get install go-dqlite)"
fi
if "$PYTHON" -c 'import sqlite3; sqlite3.connect(":memory:").enable_load_extension(True)' 2>/dev/null; then
  # The oracles take their answers from Python's Unicode and ICU (python3-icu):
  # without python3-icu they are skipped (exit status 77).
  run77 "fold oracle: zh_fold and zh_tokenize against NFKC, casefold and ICU's t2s" "$PYTHON" tests/oracle/fold.py
  run77 "substring oracle: seed paragraphs and generated documents" "$PYTHON" tests/oracle/search.py
  run77 "zh_query operator oracle (AND, OR, NOT, -, phrases, prefixes)" "$PYTHON" tests/oracle/query.py
  run77 "decimal numbers in words mode (3.5, 3．5, ３．５)" "$PYTHON" tests/oracle/decimals.py
  run "Python bindings" "$PYTHON" tests/test_python.py
  plain run77 "the Python package (pip install ./python into a venv)" tests/test_python_package.sh
  run77 "pinyin precision and recall (200 queries, seed corpus)" "$PYTHON" tests/pinyin_precision.py --min-p 0.99 --min-r 0.99
  plain run "make bench-quick without its data: skipped, and a failure in CI" tests/check-bench-skip.sh
  plain run "scaling (time linear in the input: zh_entities nested against longest, zh_dict_remove against zh_dict_add)" "$PYTHON" tests/scaling.py
else
  for what in "fold oracle" "substring oracle" "zh_query operator oracle" "decimal numbers" \
              "Python bindings" "the Python package" "pinyin precision" "bench-quick without its data" \
              "scaling"; do
    skip "$what: $PYTHON cannot load SQLite extensions (install Debian's python3)"
  done
fi
if command -v tclsh >/dev/null && echo 'package require sqlite3' | tclsh >/dev/null 2>&1; then
  run "Tcl bindings" tclsh tests/test_tcl.tcl
else
  skip "Tcl bindings: no tclsh with the sqlite3 package (apt-get install tcl libsqlite3-tcl)"
fi
plain run77 "Node.js bindings (better-sqlite3, SQLite 3.49)" tests/node/run.sh
# After the Node.js test, which installs better-sqlite3 for the js examples.
plain run77 "the code blocks of README.md and docs/ (run, or marked not run with a reason)" tests/check-doc-examples.sh
plain run "examples/ (SQLite and zh linked in)" tests/run-examples.sh
plain run "make install / uninstall (DESTDIR)" tests/test_install.sh
echo
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ]
