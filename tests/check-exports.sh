#!/usr/bin/env bash
# zh.so is one self-contained file: it exports its entry point alone (no
# internal symbol to clash with a host's) and needs no library beyond the C
# library and libm at run time (utf8proc is linked in from Debian's static
# library; the dictionary is embedded).
set -u
cd "$(dirname "$0")/.."
so=build/zh.so
fail=0
exports=$(nm -D --defined-only "$so" | awk '{ print $3 }' | sort | tr '\n' ' ')
if [ "$exports" = "sqlite3_zh_init " ]; then
  echo "ok   $so exports sqlite3_zh_init alone"
else
  echo "FAIL $so exports: $exports"; fail=1
fi
# What ldd lists, but the loader, the vDSO, libc and libm. Without
# LD_PRELOAD: make test-asan preloads the sanitizer runtimes, which ldd
# would list as if zh.so needed them.
others=$(env -u LD_PRELOAD ldd "$so" | awk '{ print $1 }' |
         grep -Ev '^(linux-vdso|linux-gate|/lib.*/ld-linux|libc\.so|libm\.so)' | tr '\n' ' ')
if [ -z "$others" ]; then
  echo "ok   $so needs only libc and libm"
else
  echo "FAIL $so needs: $others (is Debian's libutf8proc-dev, with libutf8proc.a, installed?)"; fail=1
fi
exit $fail
