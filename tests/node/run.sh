#!/usr/bin/env bash
# The Node.js test: installs better-sqlite3 (tests/node/package-lock.json)
# into build/node once, compiling it and its bundled SQLite from source
# (node-gyp: python3, make, g++), then runs test_node.js.  Exits 77 (skip)
# only when node or npm is missing or the npm registry cannot be reached;
# an install that fails otherwise is a failure.
set -u
cd "$(dirname "$0")/../.."
dir=build/node
module=$dir/node_modules/better-sqlite3/build/Release/better_sqlite3.node
stamp=$dir/installed.stamp   # written after a complete npm ci

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "skip: node or npm is missing (apt-get install nodejs npm)"
  exit 77
fi
# The sanitizer runtime (make test-asan) is for the extension, not for npm
# and the compilers it runs.
preload=${LD_PRELOAD:-}
unset LD_PRELOAD

# Installed again only when the lock file's content changes.
if [ ! -f "$module" ] || [ ! -f "$stamp" ] ||
   ! cmp -s tests/node/package-lock.json "$dir/package-lock.json"; then
  if ! timeout 60 npm ping >/dev/null 2>&1; then
    echo "skip: the npm registry cannot be reached (npm ping failed)"
    exit 77
  fi
  echo "installing better-sqlite3 into $dir (compiles SQLite: about 2 minutes)"
  rm -rf "$dir" && mkdir -p "$dir"
  cp tests/node/package.json tests/node/package-lock.json "$dir"/
  # Node's headers from the installed node, where it has them, rather
  # than a download from nodejs.org.
  [ -f /usr/include/node/common.gypi ] && export npm_config_nodedir=/usr
  (cd "$dir" && npm_config_build_from_source=true npm ci --foreground-scripts \
     --no-audit --no-fund > install.log 2>&1) || {
    tail -30 "$dir/install.log"
    echo "npm ci failed (log: $dir/install.log)"
    exit 1
  }
  touch "$stamp"
fi
LD_PRELOAD=$preload NODE_PATH=$dir/node_modules node tests/node/test_node.js || exit 1

# The npm package: packed from node/ with the normal build's zh.so (not the
# sanitizer build's), installed from its tarball (offline: it has no
# dependencies) beside better-sqlite3, without touching the lock file.
make --no-print-directory node-package > /dev/null || { echo "make node-package failed"; exit 1; }
tarball=$(ls build/sqlite-zh-*.tgz | head -1)
(cd "$dir" && npm install --no-save --offline --no-audit --no-fund "../../$tarball" > package-install.log 2>&1) ||
  { cat "$dir/package-install.log"; echo "npm install of $tarball failed"; exit 1; }
LD_PRELOAD=$preload NODE_PATH=$dir/node_modules node tests/node/test_package.js
