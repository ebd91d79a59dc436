#!/usr/bin/env bash
# Every SQL function and module the extension registers is documented in
# README.md (a "### `name(" or "### `name`" heading).
set -u
cd "$(dirname "$0")/.."
missing=0
for name in $(sqlite3 :memory: ".load build/zh" \
    "SELECT DISTINCT name FROM pragma_function_list WHERE name LIKE 'zh%'
     UNION SELECT name FROM pragma_module_list WHERE name LIKE 'zh%' ORDER BY 1"); do
  if ! grep -q "^### .*\`$name[(\`]" README.md && ! grep -q "^### .*$name" README.md; then
    echo "not documented in README.md: $name"
    missing=$((missing+1))
  fi
done
echo "docs: $missing undocumented"
[ "$missing" = 0 ]
