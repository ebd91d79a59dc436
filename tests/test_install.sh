#!/usr/bin/env bash
# make install / make uninstall into a temporary DESTDIR: the files land
# where the README says, the installed loadable loads and searches, an
# application builds against the installed header, library and
# sqlite-zh.pc, and uninstall leaves no file behind.
set -u
cd "$(dirname "$0")/.."
# The files installed and the example are the normal build: no sanitizer.
unset LD_PRELOAD
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT
failed=0
check() {   # check NAME GOT WANT
  if [ "$2" = "$3" ]; then echo "ok   $1"; else
    echo "FAIL $1"; echo "  got:  $2"; echo "  want: $3"; failed=$((failed+1)); fi
}

make -s install DESTDIR="$dest" PREFIX=/usr >/dev/null || { echo "FAIL make install"; exit 1; }
check "installed files" "$(cd "$dest" && find . -type f | sort | tr '\n' ' ')" \
  "./usr/include/sqlite_zh.h ./usr/lib/libsqlite_zh.a ./usr/lib/pkgconfig/sqlite-zh.pc ./usr/lib/sqlite3/zh.so "
check "the installed loadable" "$(sqlite3 :memory: ".load $dest/usr/lib/sqlite3/zh" \
  "CREATE VIRTUAL TABLE t USING fts5(x, tokenize='zh'); INSERT INTO t VALUES ('区总工会');
   SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH zh_query('工会')" 2>&1)" "区总[工会]"

# pkg-config with the DESTDIR as sysroot, as a packager's build would see it.
pc() { PKG_CONFIG_PATH="$dest/usr/lib/pkgconfig" PKG_CONFIG_SYSROOT_DIR="$dest" pkg-config "$@"; }
check "pkg-config extension" "$(pc --variable=extension sqlite-zh)" "$dest/usr/lib/sqlite3/zh.so"
check "pkg-config version" "$(pc --modversion sqlite-zh)" \
  "$(sqlite3 :memory: ".load build/zh" "SELECT zh_version('release')")"
sqlite_a=$(pkg-config --variable=libdir sqlite3)/libsqlite3.a
[ -f "$sqlite_a" ] || sqlite_a=-lsqlite3
if ${CC:-cc} -o "$dest/app" examples/static_app.c $(pc --cflags sqlite-zh) \
     $(pc --static --libs sqlite-zh) $sqlite_a -ldl -lpthread -lm; then
  check "an application built against the installed files" "$("$dest/app" 工会 2>&1)" \
    "$(printf 'search 工会:\n1 门头沟区政府与区总[工会]召开联席会议\n2 北京住总集团[工会]举办帮扶产品大集\n3 延庆区总[工会]吸纳快递小哥入会')"
else
  check "an application built against the installed files" "link failed" "built"
fi
rm -f "$dest/app"

make -s uninstall DESTDIR="$dest" PREFIX=/usr >/dev/null || { echo "FAIL make uninstall"; exit 1; }
check "nothing left after uninstall" "$(cd "$dest" && find . -type f)" ""
check "lib/sqlite3 removed" "$(test -d "$dest/usr/lib/sqlite3" && echo present)" ""
[ "$failed" = 0 ]
