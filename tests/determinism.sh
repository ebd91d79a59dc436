#!/usr/bin/env bash
# Determinism across processes.  One sqlite3 process builds a database file
# with zh indexes in every mode over the seed pages and writes down the
# tokens of each page (a SHA3 of zh_tokenize's rows) and what a few queries
# find.  A second sqlite3 process and a Python process (another program,
# another SQLite build of the same library) open the file: integrity-check
# must pass in each, and the tokens and the query results must be the same.
set -u
cd "$(dirname "$0")/.."
SQLITE3=${SQLITE3:-sqlite3}
PYTHON=${PYTHON:-/usr/bin/python3}
EXT=${ZH_EXT:-build/zh}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
db=$dir/index.db

# What every process computes: the digest of the tokens of each page in each
# mode, the integrity of each index, and the rows each query finds.
cat > "$dir/check.sql" <<'EOF'
SELECT 'tokens', m.mode, p.name,
       hex(sha3((SELECT group_concat(token || ' ' || start || ' ' || "end" || ' ' || position, char(10))
               FROM zh_tokenize(p.body, m.mode)), 256))
  FROM pages p, modes m ORDER BY 2, 3;
INSERT INTO s(s) VALUES ('integrity-check');
INSERT INTO w(w) VALUES ('integrity-check');
INSERT INTO y(y) VALUES ('integrity-check');
SELECT 'integrity', 'ok';
SELECT 'query', q, (SELECT group_concat(rowid) FROM s WHERE s MATCH zh_query(q)),
       (SELECT group_concat(rowid) FROM w WHERE w MATCH zh_query(q)),
       (SELECT group_concat(rowid) FROM y WHERE y MATCH zh_query(q))
  FROM queries ORDER BY q;
EOF

# Process 1 builds the file.
{
  echo ".load $EXT"
  echo "CREATE TABLE pages(name, body);"
  for f in seeds/*.txt; do
    echo "INSERT INTO pages VALUES ('$(basename "$f")', CAST(readfile('$f') AS TEXT));"
  done
  cat <<'EOF'
CREATE TABLE modes(mode);
INSERT INTO modes VALUES ('mode substring'), ('mode words'), ('pinyin 1'), ('nfkc 0 casefold 0 t2s 0');
CREATE TABLE queries(q);
INSERT INTO queries VALUES ('工会'), ('职工 北京'), ('"总工会 职工"'), ('簋街'), ('bj'), ('gonghui'), ('2024年');
CREATE VIRTUAL TABLE s USING fts5(body, tokenize='zh');
CREATE VIRTUAL TABLE w USING fts5(body, tokenize='zh mode words');
CREATE VIRTUAL TABLE y USING fts5(body, tokenize='zh pinyin 1');
INSERT INTO s(rowid, body) SELECT rowid, body FROM pages;
INSERT INTO w(rowid, body) SELECT rowid, body FROM pages;
INSERT INTO y(rowid, body) SELECT rowid, body FROM pages;
EOF
  cat "$dir/check.sql"
} | $SQLITE3 -batch "$db" > "$dir/first.out" 2>&1

# Process 2: another sqlite3.
{ echo ".load $EXT"; cat "$dir/check.sql"; } | $SQLITE3 -batch "$db" > "$dir/second.out" 2>&1

fail=0
if ! grep -q '^integrity|ok$' "$dir/first.out" || [ "$(grep -c '^tokens|' "$dir/first.out")" -lt 20 ]; then
  echo "FAILED: the first process did not build and check the index:"
  head -20 "$dir/first.out"
  exit 1
fi
if ! diff -u "$dir/first.out" "$dir/second.out"; then
  echo "FAILED: a second sqlite3 process differs from the first"
  fail=1
fi

# Process 3: Python's sqlite3 module, where it can load extensions.
if "$PYTHON" -c 'import sqlite3; sqlite3.connect(":memory:").enable_load_extension(True)' 2>/dev/null; then
  "$PYTHON" - "$db" "$EXT" "$dir/check.sql" > "$dir/python.out" 2>&1 <<'EOF'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.enable_load_extension(True)
db.load_extension(sys.argv[2])
# The shell's sha3() is not in Python's SQLite: the same digest in Python.
import hashlib
db.create_function("sha3", 2, lambda s, n: None if s is None
                   else hashlib.sha3_256(s.encode()).digest())
for stmt in open(sys.argv[3]).read().split(";\n"):
    if not stmt.strip():
        continue
    for row in db.execute(stmt):
        print("|".join("" if v is None else str(v) for v in row))
EOF
  if ! diff -u "$dir/first.out" "$dir/python.out"; then
    echo "FAILED: the Python process differs from the sqlite3 shell's"
    fail=1
  fi
elif [ "${CI:-}" = true ]; then
  echo "FAILED: the Python process is needed in CI: $PYTHON cannot load SQLite extensions"
  fail=1
else
  echo "skip the Python process: $PYTHON cannot load SQLite extensions"
fi
[ "$fail" = 0 ] && echo "determinism: $(grep -c '^tokens|' "$dir/first.out") token digests, $(grep -c '^query|' "$dir/first.out") queries, 3 indexes: the same in every process"
[ "$fail" = 0 ]
