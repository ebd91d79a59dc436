#!/usr/bin/env bash
# One version everywhere: zh_version('release'), CHANGELOG.md's newest entry,
# the npm package's (the Python package reads ext/zh_version.h) and the name
# of the tarball `make dist` writes, which holds the licence and the notice.
set -u
cd "$(dirname "$0")/.."
fail=0
release=$(sqlite3 :memory: ".load ${ZH_EXT:-build/zh}" "SELECT zh_version('release')")
changelog=$(sed -n 's/^## \([0-9][0-9.]*\) .*/\1/p' CHANGELOG.md | head -1)
if [ "$release" = "$changelog" ]; then
  echo "ok   zh_version('release') and CHANGELOG.md: $release"
else
  echo "FAIL zh_version('release') is $release, CHANGELOG.md's newest entry $changelog"; fail=1
fi
npm=$(sed -n 's/^ *"version": "\(.*\)",$/\1/p' node/package.json)
if [ "$release" = "$npm" ]; then
  echo "ok   node/package.json: $npm"
else
  echo "FAIL node/package.json says $npm, zh_version('release') $release"; fail=1
fi
tarball=build/sqlite-zh-$release.tar.gz
rm -f "$tarball"
if make --no-print-directory dist > /dev/null &&
   listing=$(tar tzf "$tarball") &&
   grep -qx "sqlite-zh-$release/LICENSE" <<<"$listing" &&
   grep -qx "sqlite-zh-$release/NOTICE.md" <<<"$listing" &&
   grep -qx "sqlite-zh-$release/README.md" <<<"$listing"; then
  echo "ok   make dist: $tarball with LICENSE, NOTICE.md and README.md"
else
  echo "FAIL make dist did not write $tarball with LICENSE, NOTICE.md and README.md"; fail=1
fi
exit $fail
