/*
** frisoseg: friso (Debian's libfriso, mmseg over its own lexicons) as a
** line segmenter, for bench/segment (score.py runs it; run.sh builds it
** into build/bench/ and writes the friso.ini it is given).
**
**   frisoseg FRISO_INI   UTF-8 lines on stdin; each line's segments on
**                        stdout, separated by single spaces, one output
**                        line per input line
**   frisoseg --version   "friso 1.6.4"
**
** friso hands back its words normalised (full-width letters and digits
** made half-width, upper case made lower) and drops most punctuation.  A
** segment here is the original text a word came from, found through the
** word's byte offset, and every character friso dropped becomes a segment
** of its own (white space is left out), so the output holds every
** character of the input in order, as the scorer requires.
**
** The whole input is read first; the time to load the lexicons and the
** time to segment every line go to stderr as one line:
** "time load_s=0.123 segment_s=0.456".
*/
#include <friso.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void die(const char *zMsg, const char *zDetail) {
  fprintf(stderr, "frisoseg: %s%s%s\n", zMsg, zDetail ? ": " : "",
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

/* Bytes in the UTF-8 character that starts with byte c (1 if invalid). */
static int utf8Len(unsigned char c) {
  if( c >= 0xF0 ) return 4;
  if( c >= 0xE0 ) return 3;
  if( c >= 0xC0 ) return 2;
  return 1;
}

/* True for the white space friso splits on: ASCII and U+3000. */
static int isSpace(const char *z, int n) {
  if( n == 1 ) return z[0] == ' ' || z[0] == '\t' || z[0] == '\r';
  return n == 3 && memcmp(z, "\xE3\x80\x80", 3) == 0;
}

/* Prints one segment; *pbFirst is true until the line's first one. */
static void putSegment(int *pbFirst, const char *z, int n) {
  if( n <= 0 ) return;
  if( !*pbFirst ) putchar(' ');
  fwrite(z, 1, n, stdout);
  *pbFirst = 0;
}

/* Prints z[i..j) one character a segment, leaving out white space. */
static void putDropped(int *pbFirst, const char *z, int i, int j) {
  while( i < j ) {
    int n = utf8Len((unsigned char)z[i]);
    if( n > j - i ) n = j - i;
    if( !isSpace(z + i, n) ) putSegment(pbFirst, z + i, n);
    i += n;
  }
}

/*
** Segments one line (NUL-terminated, no line end) and prints it.  A word
** spans from its offset for rlen bytes, its length before friso's
** normalisation; friso leaves rlen stale on punctuation, which it never
** normalises, so there the span is the word's own length.
*/
static void segmentLine(friso_t pFriso, friso_config_t pConfig,
                        friso_task_t pTask, char *z, int n) {
  int bFirst = 1;
  int iDone = 0; /* bytes of z printed so far */
  friso_set_text(pTask, z);
  while( pConfig->next_token(pFriso, pConfig, pTask) != 0 ) {
    friso_token_t t = pTask->token;
    int iStart = t->offset;
    int nSpan = t->type == __LEX_PUNC_WORDS__ ? t->length : t->rlen;
    if( iStart < iDone || nSpan <= 0 || iStart + nSpan > n ) {
      fprintf(stderr,
              "frisoseg: word '%s' at byte %d (length %d) does not "
              "follow the text: %s\n",
              t->word, iStart, nSpan, z);
      exit(1);
    }
    putDropped(&bFirst, z, iDone, iStart);
    putSegment(&bFirst, z + iStart, nSpan);
    iDone = iStart + nSpan;
  }
  putDropped(&bFirst, z, iDone, n);
  putchar('\n');
}

int main(int argc, char **argv) {
  friso_t pFriso;
  friso_config_t pConfig;
  friso_task_t pTask;
  char *zIn, *z;
  size_t nIn;
  double t0, tLoad;

  if( argc == 2 && strcmp(argv[1], "--version") == 0 ) {
    printf("friso %s\n", friso_version());
    return 0;
  }
  if( argc != 2 ) {
    fprintf(stderr, "usage: frisoseg FRISO_INI <lines >segmented\n"
                    "       frisoseg --version\n");
    return 2;
  }
  zIn = readAll(&nIn);

  t0 = nowSeconds();
  pFriso = friso_new();
  pConfig = friso_new_config();
  /* It reports success for a file without a lexicon directory, and only
  ** warns about lexicons it cannot open: check that words were loaded. */
  if( friso_init_from_ifile(pFriso, pConfig, argv[1]) != 1 ) {
    die("cannot read", argv[1]);
  }
  if( pFriso->dic == 0 ||
      friso_spec_dic_size(pFriso->dic, __LEX_CJK_WORDS__) == 0 ) {
    die("no lexicon loaded (friso.lex_dir?) from", argv[1]);
  }
  pTask = friso_new_task();
  tLoad = nowSeconds() - t0;

  t0 = nowSeconds();
  for( z = zIn; z < zIn + nIn; ) {
    char *zEnd = memchr(z, '\n', zIn + nIn - z);
    size_t n = zEnd ? (size_t)(zEnd - z) : (size_t)(zIn + nIn - z);
    char *zNext = zEnd ? zEnd + 1 : zIn + nIn;
    if( n > 0 && z[n - 1] == '\r' ) n--;
    z[n] = 0; /* friso takes a NUL-terminated string */
    if( strlen(z) != n ) die("NUL byte in the input", 0);
    segmentLine(pFriso, pConfig, pTask, z, (int)n);
    z = zNext;
  }
  if( fflush(stdout) != 0 ) die("cannot write stdout", 0);
  fprintf(stderr, "time load_s=%.6f segment_s=%.6f\n", tLoad,
          nowSeconds() - t0);
  friso_free_task(pTask);
  friso_free_config(pConfig);
  friso_free(pFriso);
  free(zIn);
  return 0;
}
