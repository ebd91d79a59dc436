#!/usr/bin/env bash
# Runs the programs of examples/ (built by `make examples`) and diffs
# their output with examples/NAME.expected.
set -u
cd "$(dirname "$0")/.."
# The files installed and the example are the normal build: no sanitizer.
unset LD_PRELOAD
out=$(mktemp)
trap 'rm -f "$out"' EXIT
{ build/examples/static_app; build/examples/static_app 会计; build/examples/static_app '豹黑'; } > "$out" 2>&1
diff -u examples/static_app.expected "$out" && echo "ok   examples/static_app"
