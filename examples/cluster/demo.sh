#!/usr/bin/env bash
# make cluster-demo: zh inside a three-node dqlite cluster (Raft-replicated
# SQLite; Debian's go-dqlite), whose nodes offer no load_extension: each
# dqlite-demo node runs under zh_preload.so.  Through the dqlite shell it
# creates a zh table, ingests seed pages and searches; kills the leader,
# checks that the new leader answers the same and takes writes; then makes
# the third node lead as well.  Every result is compared with the same
# statements run by the sqlite3 shell with zh.so, and the FTS5 and SQLite
# integrity checks run on each leader.  Exits 1 if any check fails; stops
# every process it started, by id.  tests/run-all.sh runs it as a test.
#
# ZH_PRELOAD and ZH_EXT name other builds (the sanitizer build); data and
# logs go to build/cluster.XXXXXX, removed when every check passed.
set -u
cd "$(dirname "$0")/../.." || exit 1
for bin in dqlite-demo dqlite sqlite3; do
  command -v "$bin" > /dev/null || { echo "cluster-demo needs $bin: apt-get install go-dqlite sqlite3"; exit 1; }
done
PRELOAD=$(realpath "${ZH_PRELOAD:-build/zh_preload.so}")
ZH_EXT=${ZH_EXT:-build/zh}
mkdir -p build
CLUSTER_DIR=$(realpath "$(mktemp -d build/cluster.XXXXXX)")
REF=$CLUSTER_DIR/reference.db
. examples/cluster/nodes.sh
trap cluster_stop EXIT
fail=0

say() { printf '\n-- %s\n' "$*"; }

# check WHAT EXPECTED ACTUAL
check() {
  if [ "$2" = "$3" ]; then
    echo "ok   $1"
  else
    echo "FAIL $1"
    diff <(echo "$2") <(echo "$3") | sed 's/^/     /'
    fail=1
  fi
}

# The statement that indexes the articles of the page FILE.  The dqlite
# shell cuts its command at every ';' (each piece a transaction of its
# own), so the page's are written char(59).
page_sql() {
  local raw
  raw=$(sqlite3 -batch :memory: \
    "SELECT replace(quote(CAST(readfile('$1') AS TEXT)), ';', ''' || char(59) || ''')")
  printf "INSERT INTO articles(file, seq, headline, body) SELECT '%s', seq, coalesce(headline, ''), coalesce(body, '') FROM zh_articles(%s)" \
    "$(basename "$1")" "$raw"
}

# write SQL: through the cluster's leader, and into the reference database.
write() {
  dq "$1" || { echo "FAIL the cluster did not take: ${1:0:80}"; fail=1; }
  sqlite3 -batch "$REF" ".load $ZH_EXT" "$1" || exit 1
}

# The answers of the cluster (from its leader) and of the reference to
# examples/cluster/queries.sql, one statement a line.
cluster_results() {
  local q
  while IFS= read -r q; do dq "$q" 2>&1; done < examples/cluster/queries.sql
}
reference_results() {
  local q
  while IFS= read -r q; do sqlite3 -batch "$REF" ".load $ZH_EXT" "$q" 2>&1; done < examples/cluster/queries.sql
}

# check_integrity N: FTS5's integrity-check passes on node N, leading.
check_integrity() {
  dq "INSERT INTO articles(articles) VALUES ('integrity-check')"
  check "node $1: FTS5 integrity-check" 0 $?
}

# check_leader N: node N, leading, answers as SQLite does and its index is
# sound.
check_leader() {
  local out
  out=$(cluster_results)
  echo "$out" | sed 's/^/  /'
  check "node $1 answers as the sqlite3 shell with zh.so" "$(reference_results)" "$out"
  check_integrity "$1"
}

# failover LEADER [RESTART EXPECTED WHY]: kill -9 node LEADER, start node
# RESTART again, wait for the new leader ($now): it must be node EXPECTED
# (because WHY), answer as LEADER did, and have a sound index.
failover() {
  local before
  say "kill -9 node $1, the leader${2:+; node $2 started again}"
  before=$(cluster_results)
  node_kill "$1"
  if [ -n "${2:-}" ]; then node_start "$2"; fi
  now=$(wait_leader) || exit 1
  if [ -n "${3:-}" ]; then check "node $3 leads now ($4)" "$3" "$now"; fi
  check "node $now, the new leader, answers as node $1 did" "$before" "$(cluster_results)"
  check_integrity "$now"
}

page() { ls seeds/"$1"_*.txt; }

cluster_ports || exit 1
say "three dqlite-demo nodes on 127.0.0.1:$((PORT_BASE + 1))-$((PORT_BASE + 3)), LD_PRELOAD=$PRELOAD"
node_start 1
wait_leader > /dev/null || exit 1
node_start 2 "$(node_addr 1)"
node_start 3 "$(node_addr 1)"
wait_voters 3 || exit 1
dq .cluster | sed 's/^/  /'
first=$(wait_leader) || exit 1

say "a zh table through the dqlite shell; the articles of pages 000, 001, 003 through the leader, node $first"
sed 's/^/  /' examples/cluster/schema.sql
write "$(grep -v '^--' examples/cluster/schema.sql)"
for p in 000 001 003; do write "$(page_sql "$(page "$p")")"; done
check_leader "$first"

failover "$first"
second=$now third=$((6 - first - second))
say "page 002 written through node $second, node $first still down"
write "$(page_sql "$(page 002)")"
check_leader "$second"

# Raft elects only a node whose log holds every committed write: node
# $first, down while page 002 was written, cannot win, so the third leads.
failover "$second" "$first" "$third" "node $first lacks page 002"
say "page 004 written through node $third"
write "$(page_sql "$(page 004)")"
check_leader "$third"

# Page 004 was committed with two nodes of three running, so node $first
# holds it (it caught up after its restart), and node $second lacks it.
failover "$third" "$second" "$first" "node $second lacks page 004"

say "stopping nodes $(nodes_running | tr '\n' ' ')(pids ${NODE_PID[*]})"
cluster_stop
if [ "$fail" = 0 ]; then
  echo "every check passed; nodes $first, $second and $third each led, node $first twice"
  rm -rf "$CLUSTER_DIR"
else
  echo "some checks failed: data and logs in $CLUSTER_DIR"
fi
exit $fail
