/*
** icuseg: ICU's word break iterator (locale zh) as a line segmenter, for
** bench/segment (score.py runs it; run.sh builds it into build/bench/).
**
**   icuseg            UTF-8 lines on stdin; each line's segments on stdout,
**                     separated by single spaces, one output line per input
**                     line; segments of whitespace are left out, punctuation
**                     is kept (one segment per ICU boundary)
**   icuseg --version  "ICU 72.1"
**
** The whole input is read first; then the time to open the iterator (and
** load its Han dictionary) and the time to segment every line go to stderr
** as one line: "time load_s=0.012 segment_s=0.345".
*/
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/uversion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void die(const char *zMsg, const char *zDetail) {
  fprintf(stderr, "icuseg: %s%s%s\n", zMsg, zDetail ? ": " : "",
          zDetail ? zDetail : "");
  exit(1);
}

static double nowSeconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* All of stdin, NUL-terminated; *pn is its length. */
static char *readAll(size_t *pn) {
  size_t n = 0, nAlloc = 1 << 16;
  char *a = malloc(nAlloc);
  size_t got;
  if( a == 0 ) die("out of memory", 0);
  while( (got = fread(a + n, 1, nAlloc - n - 1, stdin)) > 0 ) {
    n += got;
    if( nAlloc - n - 1 == 0 ) {
      nAlloc *= 2;
      a = realloc(a, nAlloc);
      if( a == 0 ) die("out of memory", 0);
    }
  }
  if( ferror(stdin) ) die("cannot read stdin", 0);
  a[n] = 0;
  *pn = n;
  return a;
}

/* True if a[0..n) is nothing but white space. */
static int isAllSpace(const UChar *a, int32_t n) {
  int32_t i = 0;
  while( i < n ) {
    UChar32 c;
    U16_NEXT(a, i, n, c);
    if( !u_isUWhiteSpace(c) ) return 0;
  }
  return 1;
}

/* Segments one line (UTF-8, no line end) and prints it with its newline. */
static void segmentLine(UBreakIterator *pBrk, const char *z, int32_t n,
                        UChar **paBuf, int32_t *pnBuf, char **pzOut,
                        int32_t *pnOut) {
  UErrorCode st = U_ZERO_ERROR;
  int32_t nU16 = 0, iPrev, iNext, bFirst = 1;
  if( n + 1 > *pnBuf ) { /* UTF-16 units <= UTF-8 bytes */
    *pnBuf = 2 * (n + 1);
    *paBuf = realloc(*paBuf, sizeof(UChar) * *pnBuf);
    *pzOut = realloc(*pzOut, 3 * *pnBuf);
    *pnOut = 3 * *pnBuf;
    if( *paBuf == 0 || *pzOut == 0 ) die("out of memory", 0);
  }
  u_strFromUTF8(*paBuf, *pnBuf, &nU16, z, n, &st);
  if( U_FAILURE(st) ) die("u_strFromUTF8", u_errorName(st));
  ubrk_setText(pBrk, *paBuf, nU16, &st);
  if( U_FAILURE(st) ) die("ubrk_setText", u_errorName(st));
  iPrev = ubrk_first(pBrk);
  while( (iNext = ubrk_next(pBrk)) != UBRK_DONE ) {
    const UChar *a = *paBuf + iPrev;
    int32_t nSeg = iNext - iPrev, nOut = 0;
    iPrev = iNext;
    if( isAllSpace(a, nSeg) ) continue;
    u_strToUTF8(*pzOut, *pnOut, &nOut, a, nSeg, &st);
    if( U_FAILURE(st) ) die("u_strToUTF8", u_errorName(st));
    if( !bFirst ) putchar(' ');
    fwrite(*pzOut, 1, nOut, stdout);
    bFirst = 0;
  }
  putchar('\n');
}

int main(int argc, char **argv) {
  UErrorCode st = U_ZERO_ERROR;
  UBreakIterator *pBrk;
  UChar *aBuf = 0;
  char *zOut = 0, *zIn, *z;
  int32_t nBuf = 0, nOut = 0;
  size_t nIn;
  double t0, tLoad;
  static const UChar aWarm[] = {0x4E2D, 0x6587, 0x5206, 0x8BCD}; /* 中文分词 */

  if( argc == 2 && strcmp(argv[1], "--version") == 0 ) {
    UVersionInfo v;
    char zVer[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(v);
    u_versionToString(v, zVer);
    printf("ICU %s\n", zVer);
    return 0;
  }
  if( argc != 1 ) {
    fprintf(stderr, "usage: icuseg [--version] <lines >segmented\n");
    return 2;
  }
  zIn = readAll(&nIn);

  /* ICU loads the Han dictionary on the first Han text, not at open; the
  ** warm-up text makes that part of the load time. */
  t0 = nowSeconds();
  pBrk = ubrk_open(UBRK_WORD, "zh", 0, 0, &st);
  if( U_FAILURE(st) ) die("ubrk_open", u_errorName(st));
  ubrk_setText(pBrk, aWarm, 4, &st);
  while( ubrk_next(pBrk) != UBRK_DONE ) {}
  tLoad = nowSeconds() - t0;

  t0 = nowSeconds();
  for( z = zIn; z < zIn + nIn; ) {
    char *zEnd = memchr(z, '\n', zIn + nIn - z);
    size_t n = zEnd ? (size_t)(zEnd - z) : (size_t)(zIn + nIn - z);
    if( n > 0 && z[n - 1] == '\r' ) n--;
    if( n > 0x3fffffff ) die("line too long", 0);
    segmentLine(pBrk, z, (int32_t)n, &aBuf, &nBuf, &zOut, &nOut);
    z = zEnd ? zEnd + 1 : zIn + nIn;
  }
  if( fflush(stdout) != 0 ) die("cannot write stdout", 0);
  fprintf(stderr, "time load_s=%.6f segment_s=%.6f\n", tLoad,
          nowSeconds() - t0);
  ubrk_close(pBrk);
  free(aBuf);
  free(zOut);
  free(zIn);
  return 0;
}
