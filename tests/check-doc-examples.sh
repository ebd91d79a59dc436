#!/usr/bin/env bash
# Runs every ```sql block of README.md and docs/*.md through the sqlite3
# shell (list mode, a new in-memory database with the extension loaded,
# from the repository root) and compares its output with the block's
# lines that start with "-- ": the results and errors the text shows
# (errors as "-- Error: message").  A block showing no result must print
# nothing.  Syntax that is not an example goes in a ```text block.
set -u
cd "$(dirname "$0")/.."
SQLITE3=${SQLITE3:-sqlite3}
ext=${ZH_EXT:-build/zh}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0

for doc in README.md docs/*.md; do
  [ -f "$doc" ] || continue
  rm -f "$tmp"/block.*
  # Each block: block.N.sql (input), block.N.want (its "-- " lines), block.N.line.
  awk -v dir="$tmp" '
    /^```sql[[:space:]]*$/ { n++; inside=1; print NR+1 > (dir "/block." n ".line");
                             printf "" > (dir "/block." n ".sql"); printf "" > (dir "/block." n ".want"); next }
    inside && /^```/ { inside=0; next }
    inside && /^-- /  { print substr($0, 4) > (dir "/block." n ".want"); next }
    inside && /^\.load / { next }
    inside { print > (dir "/block." n ".sql") }
  ' "$doc"
  for sql in "$tmp"/block.*.sql; do
    [ -f "$sql" ] || continue
    base=${sql%.sql}
    { echo ".load $ext"; cat "$sql"; } |
      stdbuf -oL $SQLITE3 -batch :memory: 2>&1 |
      # The shell's error lines, without the line number (and the
      # statement it echoes after a parse error), as the docs show them.
      awk '/^(Runtime|Parse) error near line [0-9]+: / {
             parse = /^Parse/; sub(/^[A-Za-z]+ error near line [0-9]+: /, "Error: "); print; next }
           parse && /^  / { next }
           { parse = 0; print }' > "$base.got"
    if diff -u "$base.want" "$base.got" > "$base.diff"; then
      pass=$((pass+1))
    else
      fail=$((fail+1))
      echo "FAIL $doc, the sql block at line $(cat "$base.line"): want (-) and got (+)"
      tail -n +3 "$base.diff" | head -30
    fi
  done
done
echo "doc examples: $pass passed, $fail failed"
[ "$fail" = 0 ]
