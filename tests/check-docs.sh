#!/usr/bin/env bash
# Every SQL function and module the extension registers is documented in
# README.md or docs/*.md (a heading "## `name(" or "### `name`", any level),
# and every relative link of those files leads to a file that exists.
set -u
cd "$(dirname "$0")/.."
missing=0
for name in $(sqlite3 :memory: ".load build/zh" \
    "SELECT DISTINCT name FROM pragma_function_list WHERE name LIKE 'zh%'
     UNION SELECT name FROM pragma_module_list WHERE name LIKE 'zh%' ORDER BY 1"); do
  if ! grep -q "^#\+ .*\`$name[(\`]" README.md docs/*.md; then
    echo "not documented in README.md or docs/: $name"
    missing=$((missing+1))
  fi
done
broken=0
for doc in README.md docs/*.md bench/README.md python/README.md node/README.md; do
  dir=$(dirname "$doc")
  # Links [text](target): not URLs, not anchors of the same page.
  for target in $(grep -o '\](\([^)#][^)]*\))' "$doc" | sed 's/^](//; s/)$//; s/#.*//' | grep -v '^[a-z]*://'); do
    if [ ! -e "$dir/$target" ]; then
      echo "$doc: broken link $target"
      broken=$((broken+1))
    fi
  done
done
echo "docs: $missing undocumented, $broken broken links"
[ "$missing" = 0 ] && [ "$broken" = 0 ]
