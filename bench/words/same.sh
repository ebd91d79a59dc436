#!/bin/sh
# Words mode, identical across two builds: every line of each corpus
# tokenized by both (bench/words/dump.c: the tokens FTS5 gets for a
# document and a query, zh_segment's words and, with ENTITIES=1,
# zh_entities' rows), without and with the user words of user_words.txt.
#
#   bench/words/same.sh OLD.so NEW.so CORPUS...
#
# Prints the lines that differ (none, if the builds agree) and exits 1 if
# there are any.
set -e
here=$(cd "$(dirname "$0")" && pwd)
old=$1 new=$2
shift 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
${CC:-cc} -O2 -o "$tmp/dump" "$here/dump.c" -lsqlite3
status=0
for corpus in "$@"; do
  for words in none user; do
    if [ $words = user ]; then
      set -- dict my_words
      export WORDS="$here/user_words.txt"
    else
      set --
      unset WORDS
    fi
    "$tmp/dump" "$old" "$corpus" "$@" > "$tmp/old"
    "$tmp/dump" "$new" "$corpus" "$@" > "$tmp/new"
    n=$(wc -l < "$tmp/old")
    if cmp -s "$tmp/old" "$tmp/new"; then
      echo "$corpus ($words words): $n lines, all the same"
    else
      echo "$corpus ($words words): lines that differ:"
      diff "$tmp/old" "$tmp/new" | head -20
      status=1
    fi
  done
done
exit $status
