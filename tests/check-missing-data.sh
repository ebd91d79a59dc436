#!/usr/bin/env bash
# `make` on a machine without one of the data packages stops with the name
# of the package to install (not make's "No rule to make target"): each
# data path pointed at a missing file, in a build folder of its own.
set -u
cd "$(dirname "$0")/.."
fail=0
check() {   # check PACKAGE MAKE-VARIABLE=missing-path
  local package=$1; shift
  rm -rf build/missing-data
  out=$(make --no-print-directory BUILD=build/missing-data "$@" build/missing-data/zh.so 2>&1)
  if [ $? -ne 0 ] && grep -q "apt-get install $package" <<<"$out"; then
    echo "ok   $*: make says apt-get install $package"
  else
    echo "FAIL $*: make said:"; tail -5 <<<"$out"; fail=1
  fi
}
check python3-jieba JIEBA_DICT=/nonexistent/jieba/dict.txt
check friso-dict FRISO_DICT=/nonexistent/friso
check libgooglepinyin0 PINYIN_DAT=/nonexistent/dict_pinyin.dat
rm -rf build/missing-data
exit $fail
