#!/usr/bin/env bash
# Helper of tests/sql/ingest_hostile.sql (run from the repository root by
# its .system lines): makes the folders of hostile files, runs an ingest
# that may not read a file of mode 000, holds a database's write lock from
# another process, and cleans up.
set -u
cmd=$1 dir=$2

# Waits for the last locker (below) to end and shows what it printed:
# nothing, unless it failed.
wait_locker() {
  [ -e "$dir/locker.pid" ] || return 0
  while kill -0 "$(cat "$dir/locker.pid")" 2>/dev/null; do sleep 0.05; done
  cat "$dir/locker.out"
  rm -f "$dir/locker.pid" "$dir/locker.out"
}

case $cmd in
make)
  rm -rf "$dir"
  mkdir -p "$dir/pages/sub" "$dir/hostile/folder.txt" "$dir/capped" "$dir/locked" "$dir/late"
  # Good pages, a copy of one and one saved with a byte-order mark.
  cp seeds/000_fea7319fa6603d1d.txt "$dir/pages/000.txt"
  cp seeds/000_fea7319fa6603d1d.txt "$dir/pages/sub/copy_of_000.txt"
  { printf '\357\273\277'; cat seeds/001_ab82f9e88aad6fe4.txt; } > "$dir/pages/bom.txt"
  cp seeds/001_ab82f9e88aad6fe4.txt "$dir/pages/sub/001.txt"
  # A FIFO, a sparse file over 1 GB (no disk used), a folder, a link to a
  # page and one to nothing; a good page inside the folder.
  mkfifo "$dir/hostile/pipe.txt"
  truncate -s 1100M "$dir/hostile/big.txt"
  cp seeds/002_633115b578e3f5da.txt "$dir/hostile/folder.txt/002.txt"
  ln -s ../pages/000.txt "$dir/hostile/link.txt"
  ln -s nowhere.txt "$dir/hostile/dangling.txt"
  cp seeds/003_1901b480a32c7fa9.txt "$dir/capped/003.txt"
  cp tests/data/bad/good_page.txt "$dir/locked/secret.txt"
  chmod 000 "$dir/locked/secret.txt"
  cp seeds/004_61092699327e1239.txt "$dir/late/004.txt"
  # Should the ingest ever open the FIFO, it would wait for a writer
  # forever: this one comes after 20 s, so the test fails (the FIFO reads
  # as empty) rather than hangs.  It leaves as soon as the FIFO is gone.
  (for _ in $(seq 200); do [ -p "$dir/hostile/pipe.txt" ] || exit 0; sleep 0.1; done
   exec 3<> "$dir/hostile/pipe.txt") > /dev/null 2>&1 &
  ;;
unreadable)
  # unreadable DIR DB FOLDER: ingests FOLDER into DB in a process that may
  # not read a file of mode 000.  Root reads any file whatever its mode
  # (CAP_DAC_OVERRIDE): as root, the process runs without that capability
  # and CAP_DAC_READ_SEARCH, and reads files as their owner would.
  drop=()
  [ "$(id -u)" = 0 ] && drop=(setpriv --bounding-set=-dac_override,-dac_read_search)
  printf '.load %s\n.parameter set @dir %s\n.read sql/ingest.sql\n' "${ZH_EXT:-build/zh}" "$4" |
    "${drop[@]}" sqlite3 -batch "$3"
  ;;
lock)
  # lock DIR DB SECONDS IMMEDIATE|EXCLUSIVE: another sqlite3 process
  # begins a transaction of that kind on DB (IMMEDIATE: a writer at work,
  # others may still read; EXCLUSIVE: a writer committing, no one may
  # read) and holds it for SECONDS; returns once it holds it.
  wait_locker
  rm -f "$dir/locked.flag"
  printf 'BEGIN %s;\n.system touch %s\n.system sleep %s\nCOMMIT;\n' "$5" "$dir/locked.flag" "$4" |
    sqlite3 -batch "$3" > "$dir/locker.out" 2>&1 &
  echo $! > "$dir/locker.pid"
  for _ in $(seq 100); do [ -e "$dir/locked.flag" ] && exit 0; sleep 0.05; done
  echo "the locker did not start"
  ;;
clean)
  wait_locker
  rm -rf "$dir"
  ;;
esac
