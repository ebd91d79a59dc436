#!/usr/bin/env bash
# zh_preload.so: a program linked to SQLite alone gets zh in every
# connection, whichever open function made it, and can still configure
# SQLite first (tests/unit/test_preload.c); so does the sqlite3 shell, and
# a zh.so loaded as well does not clash with the preload's copy.
# ZH_PRELOAD and ZH_TEST_PRELOAD name other builds (the sanitizer build);
# a preload already in LD_PRELOAD (the sanitizer runtime) stays first.
set -u
cd "$(dirname "$0")/.." || exit 1
preload=$(realpath "${ZH_PRELOAD:-build/zh_preload.so}")
prog=${ZH_TEST_PRELOAD:-build/test_preload}
with="${LD_PRELOAD:+$LD_PRELOAD }$preload"
fail=0
check() {   # check WHAT EXPECTED ACTUAL
  if [ "$2" = "$3" ]; then echo "ok   $1"
  else echo "FAIL $1"; diff <(echo "$2") <(echo "$3"); fail=1; fi
}

# Without the preload the program finds no zh: the checks can fail.
if "$prog" > /dev/null 2>&1; then
  echo "FAIL $prog passes without the preload"; fail=1
else
  echo "ok   without the preload, $prog finds no zh"
fi
if out=$(LD_PRELOAD=$with "$prog" 2>&1); then
  echo "ok   $out"
else
  echo "FAIL $prog under the preload:"; echo "$out"; fail=1
fi

sql="SELECT zh_version() LIKE '%(tokenizer %)';
CREATE VIRTUAL TABLE t USING fts5(b, tokenize='zh');
INSERT INTO t VALUES ('北京市总工会'), ('工人协会');
SELECT rowid FROM t WHERE t MATCH zh_query('工会');"
expected=$'1\n1'
check "sqlite3 shell under the preload" "$expected" \
  "$(LD_PRELOAD=$with sqlite3 -batch :memory: "$sql" 2>&1)"
check "sqlite3 shell under the preload, zh.so loaded too" "$expected" \
  "$(LD_PRELOAD=$with sqlite3 -batch :memory: ".load ${ZH_EXT:-build/zh}" "$sql" 2>&1)"
# Issue 16, point 7: a words-mode table made before .load keeps the
# preload's tokenizer; zh_dict_add after .load changes zh_segment but no
# table (a connection's words never reach one), so a delete after it
# leaves the index sound.
sql="CREATE VIRTUAL TABLE w USING fts5(b, tokenize='zh mode words');
INSERT INTO w VALUES ('簋街餐饮业工会联合会成立'), ('北京市总工会');
.load ${ZH_EXT:-build/zh}
SELECT zh_dict_add('簋街餐饮');
SELECT zh_segment('簋街餐饮业');
DELETE FROM w WHERE rowid = 1;
INSERT INTO w(w) VALUES ('integrity-check');
SELECT count(*) FROM w WHERE w MATCH zh_query('工会');"
check "preload and .load: a connection's words reach no table" $'1\n簋街餐饮 业\n1' \
  "$(echo "$sql" | LD_PRELOAD=$with sqlite3 -batch :memory: 2>&1)"
check "a program without SQLite runs unchanged" "x" \
  "$(LD_PRELOAD=$with /bin/echo x 2>&1)"
exit $fail
