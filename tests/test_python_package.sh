#!/usr/bin/env bash
# The Python package (python/): installed with Debian's pip into a fresh
# venv (--system-site-packages: Debian's python3, whose sqlite3 module can
# load extensions; no package index), then imported, loaded and searched.
set -u
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-/usr/bin/python3}
venv=build/venv-package
rm -rf "$venv" python/build python/*.egg-info
if ! "$PYTHON" -m venv --system-site-packages "$venv" > /dev/null 2>&1 ||
   ! "$venv/bin/python" -m pip --version > /dev/null 2>&1; then
  echo "skipped: $PYTHON cannot make a venv with pip (apt-get install python3-venv python3-pip)"
  exit 77
fi
if ! "$venv/bin/python" -m pip install --no-build-isolation --no-index ./python \
     > build/venv-package.log 2>&1; then
  tail -20 build/venv-package.log
  echo "FAIL pip install ./python (log: build/venv-package.log)"
  exit 1
fi
cd build   # not the source tree: the installed package must be the one found
"../$venv/bin/python" - <<'PY'
import os, sqlite3, sys
import sqlite_zh
db = sqlite3.connect(":memory:")
sqlite_zh.load(db)
path = sqlite_zh.loadable_path()
assert "site-packages" in path and os.path.exists(path + ".so"), path
db.execute("CREATE VIRTUAL TABLE docs USING fts5(body, tokenize='zh')")
db.executemany("INSERT INTO docs VALUES (?)", [("北京市总工会召开会议",), ("黑豹",)])
got = [r[0] for r in db.execute("SELECT rowid FROM docs WHERE docs MATCH zh_query('工会')")]
assert got == [1], got
release = db.execute("SELECT zh_version('release')").fetchone()[0]
assert sqlite_zh.__version__ == release, (sqlite_zh.__version__, release)
print(f"ok   pip install ./python: sqlite_zh {release}, load(), loadable_path(), MATCH")
PY
