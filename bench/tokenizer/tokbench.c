/*
** tokbench: the timing half of bench/tokenizer (run.sh drives it; the
** corpus and the queries come from prepare.py, the report from report.py).
** Throughput and index build cover every tokenizer in aBenchTok (zh in
** both modes, simple with pinyin off and on, unicode61, trigram;
** throughput adds ICU and friso); query latency covers the query methods
** in aBenchMethod: zh and simple each by a raw phrase and by their query
** helper, trigram, and LIKE '%q%' over a plain table.
**
**   tokbench [--simple SO] versions   ZH_SO
**   tokbench [--simple SO] throughput ZH_SO CORPUS ROUNDS FRISO_INI
**   tokbench [--simple SO] build      ZH_SO CORPUS DBDIR ROUNDS
**   tokbench [--simple SO] query      ZH_SO CORPUS DBDIR QUERIES
**                                     LIKE_PER_GROUP ROUNDS
**
** --simple SO loads the peer wangfenjin/simple (its libsimple.so, entry
** point sqlite3_simple_init) into every connection, beside zh, which adds
** the tokenizers 'simple 0' (pinyin off) and 'simple' (pinyin on) and
** their query methods; without it they are left out.
**
** Timing: the CPU time of the process (CLOCK_PROCESS_CPUTIME_ID), so that
** what else the machine runs weighs less; the wall time is kept beside it
** where a step is long.  Each command measures in ROUNDS rounds, each
** round measuring every tokenizer (or query method) once, round r starting
** with the one at r modulo their count, so that none always runs first or
** last; the report takes the median of the rounds.
**
** Each command prints one JSON object on stdout and exits non-zero on any
** failure.  CORPUS is prepare.py's binary file: per document a little
** endian u32 length and the UTF-8 title, then the same for the body.
** QUERIES has one "chars<TAB>group<TAB>text" line per query; LIKE runs
** LIKE_PER_GROUP queries of each length and group (it scans the whole
** table, so it gets a sample).
*/
#include <friso.h>
#include <sqlite3.h>
#include <unicode/ubrk.h>
#include <unicode/uclean.h>
#include <unicode/ustring.h>
#include <unicode/uversion.h>
#include <utf8proc.h>

#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/*
** The FTS5 tokenizers measured, in report order: a label (also the JSON
** name), the registered tokenizer, the options for xCreate, which are
** also the rest of the tokenize= string of the index build, and whether it
** comes from the peer (measured only with --simple).
*/
typedef struct BenchTok BenchTok;
struct BenchTok {
  const char *zLabel;
  const char *zTokenizer;
  int nArg;
  const char *azArg[2];
  int bPeer;
  int bReplay; /* built only: FTS5 alone, handed zh words' tokens */
};
static const BenchTok aBenchTok[] = {
    {"zh", "zh", 0, {0, 0}, 0, 0},
    {"zh words", "zh", 2, {"mode", "words"}, 0, 0},
    {"simple 0", "simple", 1, {"0", 0}, 1, 0},
    {"simple", "simple", 0, {0, 0}, 1, 0},
    {"unicode61", "unicode61", 0, {0, 0}, 0, 0},
    {"trigram", "trigram", 0, {0, 0}, 0, 0},
    {"FTS5 alone, zh words' tokens", "replay", 0, {0, 0}, 0, 1},
};
#define N_BENCH_TOK (int)(sizeof(aBenchTok) / sizeof(aBenchTok[0]))

/* The peer's loadable (--simple), or 0. */
static const char *zSimpleSo = 0;

/* The tokenizers of this run: indexes into aBenchTok; returns the count.
** bBuild: those of the index build, the replay among them. */
static int benchToks(int *aiTok, int bBuild) {
  int i, n = 0;
  for( i = 0; i < N_BENCH_TOK; i++ ) {
    if( aBenchTok[i].bReplay && !bBuild ) continue;
    if( !aBenchTok[i].bPeer || zSimpleSo ) aiTok[n++] = i;
  }
  return n;
}

/* Whether the tokenizer labelled zLabel is measured in this run. */
static int benchTokMeasured(const char *zLabel) {
  int i;
  for( i = 0; i < N_BENCH_TOK; i++ ) {
    if( strcmp(aBenchTok[i].zLabel, zLabel) == 0 ) {
      return !aBenchTok[i].bPeer || zSimpleSo;
    }
  }
  return 0;
}
typedef struct BenchText BenchText;
struct BenchText {
  const char *z;
  int n;
};

typedef struct BenchCorpus BenchCorpus;
struct BenchCorpus {
  char *aBuf;      /* the whole file */
  BenchText *aCol; /* 2 per document: title, body */
  int nDoc;
  int64_t nByte; /* UTF-8 bytes of all titles and bodies */
  int nMaxText;  /* longest single text, in bytes */
};

static void die(const char *zFmt, ...) {
  va_list ap;
  va_start(ap, zFmt);
  fprintf(stderr, "tokbench: ");
  vfprintf(stderr, zFmt, ap);
  fprintf(stderr, "\n");
  va_end(ap);
  exit(1);
}

/* Wall-clock seconds, for steps that are not compared. */
static double nowSeconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* CPU seconds of the process (user and system, every thread): what is
** timed and compared. */
static double cpuSeconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static char *readFile(const char *zPath, long *pn) {
  FILE *f = fopen(zPath, "rb");
  char *a;
  long n;
  if( f == 0 ) die("cannot open %s", zPath);
  if( fseek(f, 0, SEEK_END) || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) ) {
    die("cannot size %s", zPath);
  }
  a = malloc(n + 1);
  if( a == 0 ) die("out of memory reading %s", zPath);
  if( n > 0 && fread(a, 1, n, f) != (size_t)n ) die("cannot read %s", zPath);
  a[n] = 0;
  fclose(f);
  *pn = n;
  return a;
}

static void corpusLoad(BenchCorpus *p, const char *zPath) {
  long n, i = 0;
  int nAlloc = 0;
  memset(p, 0, sizeof(*p));
  p->aBuf = readFile(zPath, &n);
  while( i < n ) {
    int iCol;
    if( p->nDoc * 2 + 2 > nAlloc ) {
      nAlloc = nAlloc ? nAlloc * 2 : 1024;
      p->aCol = realloc(p->aCol, nAlloc * sizeof(BenchText));
      if( p->aCol == 0 ) die("out of memory");
    }
    for( iCol = 0; iCol < 2; iCol++ ) {
      const unsigned char *a = (const unsigned char *)&p->aBuf[i];
      uint32_t len;
      if( n - i < 4 ) die("%s: truncated", zPath);
      len = a[0] | (a[1] << 8) | (a[2] << 16) | ((uint32_t)a[3] << 24);
      i += 4;
      if( (long)len > n - i ) die("%s: truncated", zPath);
      p->aCol[p->nDoc * 2 + iCol].z = &p->aBuf[i];
      p->aCol[p->nDoc * 2 + iCol].n = (int)len;
      p->nByte += len;
      if( (int)len > p->nMaxText ) p->nMaxText = (int)len;
      i += len;
    }
    p->nDoc++;
  }
  if( p->nDoc == 0 ) die("%s: no documents", zPath);
}

/* ---- FTS5 alone: zh words' tokens replayed ----------------------- */

/*
** How fast can a words-mode build be?  zh words' tokens of every text are
** recorded once, untimed; the tokenizer "replay" then hands them to FTS5,
** text after text in the order they are inserted, at the cost of a copy.
** Its build is FTS5's own cost for zh words' tokens: no tokenizer of that
** output can build faster.
*/
typedef struct ReplayTok ReplayTok;
struct ReplayTok {
  int64_t iByte; /* where its bytes are in aByte */
  int n, iStart, iEnd, tflags;
};
static struct {
  char *aByte;
  int64_t nByte, nByteAlloc;
  ReplayTok *a;
  int64_t n, nAlloc;
  int64_t *aFirst; /* the first token of each text; aFirst[nText]: n */
  int *aLen;       /* each text's bytes */
  int nText;
  int iNext; /* the text the next xTokenize is handed */
} gReplay;

static int replayRecord(void *pCtx, int tflags, const char *pToken, int nToken,
                        int iStart, int iEnd) {
  (void)pCtx;
  if( gReplay.n == gReplay.nAlloc ) {
    gReplay.nAlloc = gReplay.nAlloc ? 2 * gReplay.nAlloc : 1 << 20;
    gReplay.a = realloc(gReplay.a, sizeof(ReplayTok) * gReplay.nAlloc);
    if( gReplay.a == 0 ) die("out of memory");
  }
  if( gReplay.nByte + nToken > gReplay.nByteAlloc ) {
    gReplay.nByteAlloc = 2 * (gReplay.nByteAlloc + nToken) + (1 << 20);
    gReplay.aByte = realloc(gReplay.aByte, gReplay.nByteAlloc);
    if( gReplay.aByte == 0 ) die("out of memory");
  }
  memcpy(gReplay.aByte + gReplay.nByte, pToken, nToken);
  gReplay.a[gReplay.n++] =
      (ReplayTok){gReplay.nByte, nToken, iStart, iEnd, tflags};
  gReplay.nByte += nToken;
  return SQLITE_OK;
}

static fts5_api *fts5Api(sqlite3 *db);

/* Records zh words' tokens of each text of pCorpus (title, then body). */
static void replayPrepare(const BenchCorpus *pCorpus, const char *zZhSo,
                          sqlite3 *(*xOpen)(const char *, const char *)) {
  static const char *azArg[] = {"mode", "words"};
  sqlite3 *db = xOpen(":memory:", zZhSo);
  fts5_api *pApi = fts5Api(db);
  fts5_tokenizer mod;
  Fts5Tokenizer *pTok = 0;
  void *pUser = 0;
  int nText = 2 * pCorpus->nDoc;
  if( pApi->xFindTokenizer(pApi, "zh", &pUser, &mod) != SQLITE_OK ||
      mod.xCreate(pUser, azArg, 2, &pTok) != SQLITE_OK ) {
    die("replay: no zh words tokenizer");
  }
  gReplay.aFirst = malloc(sizeof(int64_t) * (nText + 1));
  gReplay.aLen = malloc(sizeof(int) * nText);
  if( gReplay.aFirst == 0 || gReplay.aLen == 0 ) die("out of memory");
  for( int i = 0; i < nText; i++ ) {
    gReplay.aFirst[i] = gReplay.n;
    gReplay.aLen[i] = pCorpus->aCol[i].n;
    if( mod.xTokenize(pTok, 0, FTS5_TOKENIZE_DOCUMENT, pCorpus->aCol[i].z,
                      pCorpus->aCol[i].n, replayRecord) != SQLITE_OK ) {
      die("replay: zh words failed on text %d", i);
    }
  }
  gReplay.aFirst[nText] = gReplay.n;
  gReplay.nText = nText;
  mod.xDelete(pTok);
  sqlite3_close(db);
}

static int replayCreate(void *pUser, const char **azArg, int nArg,
                        Fts5Tokenizer **ppOut) {
  (void)pUser, (void)azArg, (void)nArg;
  *ppOut = (Fts5Tokenizer *)&gReplay;
  return SQLITE_OK;
}
static void replayDelete(Fts5Tokenizer *p) {
  (void)p;
}

/* The next recorded text's tokens: the texts come in the order recorded
** (FTS5 tokenizes an insert's columns in order); one that does not is an
** error, so that the figure is never of other tokens. */
static int replayTokenize(Fts5Tokenizer *p, void *pCtx, int flags,
                          const char *pText, int nText,
                          int (*xToken)(void *, int, const char *, int, int,
                                        int)) {
  (void)p, (void)pText;
  if( !(flags & FTS5_TOKENIZE_DOCUMENT) ) return SQLITE_OK;
  int i = gReplay.iNext;
  while( i < gReplay.nText && gReplay.aLen[i] != nText && gReplay.aLen[i] == 0 )
    i++;
  if( i >= gReplay.nText || gReplay.aLen[i] != nText ) return SQLITE_ERROR;
  gReplay.iNext = i + 1;
  for( int64_t k = gReplay.aFirst[i]; k < gReplay.aFirst[i + 1]; k++ ) {
    const ReplayTok *t = &gReplay.a[k];
    int rc = xToken(pCtx, t->tflags, gReplay.aByte + t->iByte, t->n, t->iStart,
                    t->iEnd);
    if( rc != SQLITE_OK ) return rc;
  }
  return SQLITE_OK;
}

/* A fresh connection with the zh extension loaded, and the peer's with
** --simple; zPath may be ":memory:". */
static sqlite3 *openDb(const char *zPath, const char *zZhSo) {
  sqlite3 *db = 0;
  char *zErr = 0;
  if( sqlite3_open(zPath, &db) != SQLITE_OK ) {
    die("cannot open %s: %s", zPath, sqlite3_errmsg(db));
  }
  sqlite3_enable_load_extension(db, 1);
  if( sqlite3_load_extension(db, zZhSo, "sqlite3_zh_init", &zErr) ) {
    die("cannot load %s: %s", zZhSo, zErr ? zErr : "?");
  }
  if( zSimpleSo &&
      sqlite3_load_extension(db, zSimpleSo, "sqlite3_simple_init", &zErr) ) {
    die("cannot load %s: %s", zSimpleSo, zErr ? zErr : "?");
  }
  sqlite3_enable_load_extension(db, 0);
  fts5_tokenizer replay = {replayCreate, replayDelete, replayTokenize};
  if( fts5Api(db)->xCreateTokenizer(fts5Api(db), "replay", 0, &replay, 0) !=
      SQLITE_OK ) {
    die("cannot register the replay tokenizer");
  }
  return db;
}

static void exec(sqlite3 *db, const char *zSql) {
  char *zErr = 0;
  if( sqlite3_exec(db, zSql, 0, 0, &zErr) != SQLITE_OK ) {
    die("%s: %s", zSql, zErr ? zErr : "?");
  }
}

/* Inserts every document of pCorpus (rowid, title, body) with pIns, in one
** transaction; zLabel names the table in an error. */
static void insertAll(sqlite3 *db, sqlite3_stmt *pIns,
                      const BenchCorpus *pCorpus, const char *zLabel) {
  exec(db, "BEGIN");
  for( int i = 0; i < pCorpus->nDoc; i++ ) {
    sqlite3_bind_int(pIns, 1, i + 1);
    sqlite3_bind_text(pIns, 2, pCorpus->aCol[2 * i].z, pCorpus->aCol[2 * i].n,
                      SQLITE_STATIC);
    sqlite3_bind_text(pIns, 3, pCorpus->aCol[2 * i + 1].z,
                      pCorpus->aCol[2 * i + 1].n, SQLITE_STATIC);
    if( sqlite3_step(pIns) != SQLITE_DONE ) {
      die("%s: insert of document %d: %s", zLabel, i + 1, sqlite3_errmsg(db));
    }
    sqlite3_reset(pIns);
  }
  exec(db, "COMMIT");
}

static fts5_api *fts5Api(sqlite3 *db) {
  fts5_api *pApi = 0;
  sqlite3_stmt *pStmt = 0;
  if( sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &pStmt, 0) != SQLITE_OK ) {
    die("no FTS5: %s", sqlite3_errmsg(db));
  }
  sqlite3_bind_pointer(pStmt, 1, (void *)&pApi, "fts5_api_ptr", 0);
  sqlite3_step(pStmt);
  if( sqlite3_finalize(pStmt) != SQLITE_OK || pApi == 0 ) {
    die("cannot get the fts5_api pointer");
  }
  return pApi;
}

static int cmpDouble(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

/* Nearest-rank percentile of a[0..n), sorted in place. */
static double percentile(double *a, int n, double pct) {
  int i;
  if( n == 0 ) return 0.0;
  qsort(a, n, sizeof(double), cmpDouble);
  i = (int)ceil(pct / 100.0 * n) - 1;
  if( i < 0 ) i = 0;
  if( i >= n ) i = n - 1;
  return a[i];
}

/* Prints a JSON string; only control characters, quote and backslash
** need escaping, the rest of UTF-8 passes through. */
static void jsonString(const char *z) {
  putchar('"');
  for( ; *z; z++ ) {
    unsigned char c = (unsigned char)*z;
    if( c == '"' || c == '\\' )
      printf("\\%c", c);
    else if( c < 0x20 )
      printf("\\u%04x", c);
    else
      putchar(c);
  }
  putchar('"');
}

/* The median of a[0..n), which is left as it was. */
static double median(const double *a, int n) {
  double *aCopy = malloc(sizeof(double) * (n + 1)), m;
  if( aCopy == 0 ) die("out of memory");
  memcpy(aCopy, a, sizeof(double) * n);
  m = percentile(aCopy, n, 50.0);
  free(aCopy);
  return m;
}

/* Prints a[0..n) as a JSON array of numbers. */
static void jsonNumbers(const double *a, int n) {
  int i;
  putchar('[');
  for( i = 0; i < n; i++ ) printf("%s%.6f", i ? ", " : "", a[i]);
  putchar(']');
}

/* ---- versions ------------------------------------------------------ */

static int cmdVersions(const char *zZhSo) {
  sqlite3 *db = openDb(":memory:", zZhSo);
  sqlite3_stmt *pStmt = 0;
  UVersionInfo icu;
  char zIcu[U_MAX_VERSION_STRING_LENGTH];
  const char *zZh = "?";
  int bDbstat;
  u_getVersion(icu);
  u_versionToString(icu, zIcu);
  if( sqlite3_prepare_v2(db, "SELECT zh_version()", -1, &pStmt, 0) ==
          SQLITE_OK &&
      sqlite3_step(pStmt) == SQLITE_ROW ) {
    zZh = (const char *)sqlite3_column_text(pStmt, 0);
  }
  bDbstat =
      sqlite3_exec(db, "SELECT 1 FROM dbstat LIMIT 1", 0, 0, 0) == SQLITE_OK;
  printf("{\"sqlite\": ");
  jsonString(sqlite3_libversion());
  printf(", \"sqlite_source_id\": ");
  jsonString(sqlite3_sourceid());
  printf(", \"icu\": ");
  jsonString(zIcu);
  printf(", \"utf8proc\": ");
  jsonString(utf8proc_version());
  printf(", \"zh\": ");
  jsonString(zZh ? zZh : "?");
  printf(", \"dbstat\": %s, \"simple_loaded\": %s}\n",
         bDbstat ? "true" : "false", zSimpleSo ? "true" : "false");
  sqlite3_finalize(pStmt);
  sqlite3_close(db);
  return 0;
}

/* ---- throughput ---------------------------------------------------- */

static int countToken(void *pCtx, int tflags, const char *pToken, int nToken,
                      int iStart, int iEnd) {
  (void)tflags;
  (void)pToken;
  (void)nToken;
  (void)iStart;
  (void)iEnd;
  (*(int64_t *)pCtx)++;
  return SQLITE_OK;
}

/*
** One tokenizer of the throughput test, with what a pass needs: an FTS5
** tokenizer (created once), ICU's word break iterator, or friso.
*/
enum { TP_FTS5, TP_ICU, TP_FRISO };
typedef struct TpItem TpItem;
struct TpItem {
  const char *zName;
  int eKind;
  fts5_tokenizer mod; /* TP_FTS5 */
  Fts5Tokenizer *pTok;
  UBreakIterator *pBrk; /* TP_ICU: the iterator, a UTF-16 buffer */
  UChar *aU16;
  int nU16;
  friso_t pFriso; /* TP_FRISO: friso, and a NUL-terminated copy of each text */
  friso_config_t pConfig;
  friso_task_t pTask;
  char **aZ;
  int64_t nToken; /* tokens of a whole pass, -1 before the first */
  double *aCpu;   /* CPU seconds of each round's pass */
  double *aWall;
};

/* The first nText texts through an FTS5 tokenizer; returns the tokens. */
static int64_t passFts5(TpItem *p, const BenchCorpus *pCorpus, int nText) {
  int64_t nToken = 0;
  int i;
  for( i = 0; i < nText; i++ ) {
    const BenchText *t = &pCorpus->aCol[i];
    int rc = p->mod.xTokenize(p->pTok, &nToken, FTS5_TOKENIZE_DOCUMENT, t->z,
                              t->n, countToken);
    if( rc != SQLITE_OK ) die("%s: xTokenize failed: %d", p->zName, rc);
  }
  return nToken;
}

/*
** The first nText texts through ICU's word break iterator (locale zh:
** dictionary-based for Han).  The UTF-8 -> UTF-16 conversion is part of
** the pass.  A token is a segment whose rule status is not
** UBRK_WORD_NONE, i.e. spaces and punctuation are not counted.
*/
static int64_t passIcu(TpItem *p, const BenchCorpus *pCorpus, int nText) {
  int64_t nToken = 0;
  int i;
  for( i = 0; i < nText; i++ ) {
    const BenchText *t = &pCorpus->aCol[i];
    UErrorCode st = U_ZERO_ERROR;
    int32_t nU16 = 0;
    u_strFromUTF8(p->aU16, p->nU16, &nU16, t->z, t->n, &st);
    if( U_FAILURE(st) ) die("u_strFromUTF8: %s", u_errorName(st));
    ubrk_setText(p->pBrk, p->aU16, nU16, &st);
    if( U_FAILURE(st) ) die("ubrk_setText: %s", u_errorName(st));
    while( ubrk_next(p->pBrk) != UBRK_DONE ) {
      if( ubrk_getRuleStatus(p->pBrk) >= UBRK_WORD_NONE_LIMIT ) nToken++;
    }
  }
  return nToken;
}

/*
** The first nText texts through friso (mmseg, complex mode, settings from
** FRISO_INI).  friso takes NUL-terminated text: aZ holds a copy of each
** text, made once before the timed passes.  A token is a word friso hands
** back (it drops white space and most punctuation).
*/
static int64_t passFriso(TpItem *p, int nText) {
  int64_t nToken = 0;
  int i;
  for( i = 0; i < nText; i++ ) {
    friso_set_text(p->pTask, p->aZ[i]);
    while( p->pConfig->next_token(p->pFriso, p->pConfig, p->pTask) != 0 ) {
      nToken++;
    }
  }
  return nToken;
}

static int64_t passItem(TpItem *p, const BenchCorpus *pCorpus, int nText) {
  switch( p->eKind ) {
  case TP_FTS5: return passFts5(p, pCorpus, nText);
  case TP_ICU: return passIcu(p, pCorpus, nText);
  default: return passFriso(p, nText);
  }
}

static void tpOpenFts5(TpItem *p, fts5_api *pApi, const BenchTok *pBench) {
  void *pUserData = 0;
  /* xCreate takes a non-const array of arguments. */
  const char *azArg[2] = {pBench->azArg[0], pBench->azArg[1]};
  p->zName = pBench->zLabel;
  p->eKind = TP_FTS5;
  if( pApi->xFindTokenizer(pApi, pBench->zTokenizer, &pUserData, &p->mod) !=
      SQLITE_OK ) {
    die("no tokenizer %s", pBench->zTokenizer);
  }
  if( p->mod.xCreate(pUserData, azArg, pBench->nArg, &p->pTok) != SQLITE_OK ||
      p->pTok == 0 ) {
    die("cannot create tokenizer %s", p->zName);
  }
}

static void tpOpenIcu(TpItem *p, const BenchCorpus *pCorpus) {
  UErrorCode st = U_ZERO_ERROR;
  p->zName = "icu";
  p->eKind = TP_ICU;
  p->pBrk = ubrk_open(UBRK_WORD, "zh", 0, 0, &st);
  p->nU16 = pCorpus->nMaxText + 1; /* UTF-16 units <= UTF-8 bytes */
  p->aU16 = malloc(sizeof(UChar) * p->nU16);
  if( U_FAILURE(st) || p->aU16 == 0 ) die("ubrk_open: %s", u_errorName(st));
}

static void tpOpenFriso(TpItem *p, const BenchCorpus *pCorpus,
                        const char *zFrisoIni) {
  int nText = pCorpus->nDoc * 2, i;
  p->zName = "friso";
  p->eKind = TP_FRISO;
  p->pFriso = friso_new();
  p->pConfig = friso_new_config();
  /* friso_init_from_ifile() reports success without a lexicon directory
  ** and only warns about lexicons it cannot open. */
  if( friso_init_from_ifile(p->pFriso, p->pConfig, (char *)zFrisoIni) != 1 ) {
    die("friso: cannot read %s", zFrisoIni);
  }
  if( p->pFriso->dic == 0 ||
      friso_spec_dic_size(p->pFriso->dic, __LEX_CJK_WORDS__) == 0 ) {
    die("friso: no lexicon loaded (friso.lex_dir?) from %s", zFrisoIni);
  }
  p->pTask = friso_new_task();
  p->aZ = malloc(sizeof(char *) * nText);
  if( p->aZ == 0 ) die("out of memory");
  for( i = 0; i < nText; i++ ) {
    p->aZ[i] = malloc(pCorpus->aCol[i].n + 1);
    if( p->aZ[i] == 0 ) die("out of memory");
    memcpy(p->aZ[i], pCorpus->aCol[i].z, pCorpus->aCol[i].n);
    p->aZ[i][pCorpus->aCol[i].n] = 0;
  }
}

static void tpClose(TpItem *p, int nText) {
  int i;
  if( p->pTok ) p->mod.xDelete(p->pTok);
  if( p->pBrk ) ubrk_close(p->pBrk);
  free(p->aU16);
  if( p->aZ ) {
    for( i = 0; i < nText; i++ ) free(p->aZ[i]);
    free(p->aZ);
  }
  if( p->pTask ) friso_free_task(p->pTask);
  if( p->pConfig ) friso_free_config(p->pConfig);
  if( p->pFriso ) friso_free(p->pFriso);
  free(p->aCpu);
  free(p->aWall);
}

static int cmdThroughput(const char *zZhSo, const char *zCorpus, int nRound,
                         const char *zFrisoIni) {
  BenchCorpus corpus;
  sqlite3 *db;
  fts5_api *pApi;
  int aiTok[N_BENCH_TOK];
  int nTok = benchToks(aiTok, 0);
  int nItem = nTok + 2; /* the FTS5 tokenizers, then ICU, then friso */
  TpItem *aItem = calloc(nItem, sizeof(TpItem));
  int i, k, r;

  if( aItem == 0 ) die("out of memory");
  if( nRound < 1 ) die("bad round count");
  corpusLoad(&corpus, zCorpus);
  db = openDb(":memory:", zZhSo);
  pApi = fts5Api(db);
  for( i = 0; i < nTok; i++ ) tpOpenFts5(&aItem[i], pApi, &aBenchTok[aiTok[i]]);
  tpOpenIcu(&aItem[nTok], &corpus);
  tpOpenFriso(&aItem[nTok + 1], &corpus, zFrisoIni);
  for( i = 0; i < nItem; i++ ) {
    aItem[i].nToken = -1;
    aItem[i].aCpu = malloc(sizeof(double) * nRound);
    aItem[i].aWall = malloc(sizeof(double) * nRound);
    if( aItem[i].aCpu == 0 || aItem[i].aWall == 0 ) die("out of memory");
    /* Untimed: the first document, so that what a tokenizer loads on
    ** first use (simple's pinyin table) is not in its first round. */
    passItem(&aItem[i], &corpus, 2);
  }

  for( r = 0; r < nRound; r++ ) {
    for( k = 0; k < nItem; k++ ) {
      TpItem *p = &aItem[(r + k) % nItem];
      double t0 = cpuSeconds(), w0 = nowSeconds();
      int64_t n = passItem(p, &corpus, corpus.nDoc * 2);
      p->aCpu[r] = cpuSeconds() - t0;
      p->aWall[r] = nowSeconds() - w0;
      if( p->nToken >= 0 && n != p->nToken ) {
        die("%s: token count varies", p->zName);
      }
      p->nToken = n;
    }
    fprintf(stderr, "  throughput round %d/%d done\n", r + 1, nRound);
  }

  printf("{\"docs\": %d, \"bytes\": %lld, \"runs\": %d, "
         "\"clock\": \"CLOCK_PROCESS_CPUTIME_ID\", \"tokenizers\": [\n",
         corpus.nDoc, (long long)corpus.nByte, nRound);
  for( i = 0; i < nItem; i++ ) {
    TpItem *p = &aItem[i];
    printf("  {\"name\": \"%s\", \"tokens\": %lld, \"median_s\": %.6f, "
           "\"median_wall_s\": %.6f, \"runs_s\": ",
           p->zName, (long long)p->nToken, median(p->aCpu, nRound),
           median(p->aWall, nRound));
    jsonNumbers(p->aCpu, nRound);
    printf(", \"runs_wall_s\": ");
    jsonNumbers(p->aWall, nRound);
    printf("}%s\n", i < nItem - 1 ? "," : "");
    tpClose(p, corpus.nDoc * 2);
  }
  printf("]}\n");
  sqlite3_close(db);
  free(aItem);
  return 0;
}

/* ---- index build --------------------------------------------------- */

static int64_t queryInt(sqlite3 *db, const char *zSql) {
  sqlite3_stmt *pStmt = 0;
  int64_t v = -1;
  if( sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0) != SQLITE_OK ) {
    die("%s: %s", zSql, sqlite3_errmsg(db));
  }
  if( sqlite3_step(pStmt) == SQLITE_ROW ) v = sqlite3_column_int64(pStmt, 0);
  if( sqlite3_finalize(pStmt) != SQLITE_OK ) {
    die("%s: %s", zSql, sqlite3_errmsg(db));
  }
  return v;
}

/* Prints the size of each FTS5 shadow table of "t" as JSON members. */
static void printIndexSize(sqlite3 *db) {
  sqlite3_stmt *pStmt = 0;
  const char *zSql = "SELECT name, sum(pgsize) FROM dbstat"
                     " WHERE name GLOB 't_*' GROUP BY name ORDER BY name";
  if( sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0) == SQLITE_OK ) {
    int64_t nTotal = 0;
    printf("\"size_method\": \"dbstat\", \"tables\": {");
    while( sqlite3_step(pStmt) == SQLITE_ROW ) {
      int64_t n = sqlite3_column_int64(pStmt, 1);
      printf("%s\"%s\": %lld", nTotal ? ", " : "",
             (const char *)sqlite3_column_text(pStmt, 0), (long long)n);
      nTotal += n;
    }
    if( sqlite3_finalize(pStmt) != SQLITE_OK ) {
      die("dbstat: %s", sqlite3_errmsg(db));
    }
    printf("}, \"index_bytes\": %lld", (long long)nTotal);
  } else {
    /* No dbstat in this SQLite: the file holds nothing but the index (the
    ** table is contentless), so its size after VACUUM is the index plus
    ** the one page of sqlite_schema. */
    sqlite3_finalize(pStmt);
    exec(db, "VACUUM");
    printf("\"size_method\": \"page_count*page_size after VACUUM\", "
           "\"tables\": {}, \"index_bytes\": %lld",
           (long long)(queryInt(db, "PRAGMA page_count") *
                       queryInt(db, "PRAGMA page_size")));
  }
}

/* The database file of one tokenizer's index: DIR/LABEL.db, where a space
** in the label becomes an underscore ("zh words" -> zh_words.db). */
static char *buildDbPath(const char *zDir, const char *zLabel) {
  char *zPath = sqlite3_mprintf("%s/%s.db", zDir, zLabel);
  char *z;
  if( zPath == 0 ) die("out of memory");
  for( z = zPath + strlen(zDir); *z; z++ ) {
    if( *z == ' ' ) *z = '_';
  }
  return zPath;
}

/*
** FTS5's own check of an index, untimed.  The tables are contentless, so
** it checks the index's structure, not that it holds the text's tokens.
*/
static void integrityCheck(sqlite3 *db, const char *zLabel) {
  char *zErr = 0;
  if( sqlite3_exec(db, "INSERT INTO t(t) VALUES('integrity-check')", 0, 0,
                   &zErr) != SQLITE_OK ) {
    die("MISMATCH: %s: FTS5 integrity-check failed: %s", zLabel,
        zErr ? zErr : "?");
  }
}

/* The tokenize= string of a tokenizer: its name and options. */
static char *tokenizeArg(const BenchTok *pBench) {
  char *z = sqlite3_mprintf("%s", pBench->zTokenizer);
  int k;
  for( k = 0; k < pBench->nArg && z; k++ ) {
    z = sqlite3_mprintf("%z %s", z, pBench->azArg[k]);
  }
  if( z == 0 ) die("out of memory");
  return z;
}

/*
** Builds one index from scratch in zPath: a contentless FTS5 table of the
** tokenizer, every document inserted in one transaction.  Sets the CPU
** and wall seconds from BEGIN to the end of COMMIT.
*/
static void buildIndex(const char *zZhSo, const BenchCorpus *pCorpus,
                       const BenchTok *pBench, const char *zPath, double *pCpu,
                       double *pWall) {
  char *zJournal = sqlite3_mprintf("%s-journal", zPath);
  char *zTokenize = tokenizeArg(pBench);
  char *zCreate = sqlite3_mprintf(
      "CREATE VIRTUAL TABLE t USING fts5(title, body, content='', "
      "tokenize='%q')",
      zTokenize);
  sqlite3 *db;
  sqlite3_stmt *pIns = 0;
  double t0, w0;
  if( zJournal == 0 || zCreate == 0 ) die("out of memory");
  unlink(zPath);
  unlink(zJournal);
  db = openDb(zPath, zZhSo);
  exec(db, zCreate);
  gReplay.iNext = 0;
  if( sqlite3_prepare_v2(db, "INSERT INTO t(rowid, title, body) VALUES(?,?,?)",
                         -1, &pIns, 0) != SQLITE_OK ) {
    die("insert: %s", sqlite3_errmsg(db));
  }
  t0 = cpuSeconds();
  w0 = nowSeconds();
  insertAll(db, pIns, pCorpus, pBench->zLabel);
  *pCpu = cpuSeconds() - t0;
  *pWall = nowSeconds() - w0;
  for( int i = gReplay.iNext; pBench->bReplay && i < gReplay.nText; i++ ) {
    if( gReplay.aLen[i] ) die("replay: text %d was never handed to FTS5", i);
  }
  sqlite3_finalize(pIns);
  if( sqlite3_close(db) != SQLITE_OK ) die("close %s", zPath);
  sqlite3_free(zJournal);
  sqlite3_free(zTokenize);
  sqlite3_free(zCreate);
}

/*
** Every index built ROUNDS times, in rotated order; the last round's file
** stays in DBDIR for the query step.  Its size, its distinct tokens and
** FTS5's integrity-check are taken after the rounds, untimed.
*/
static int cmdBuild(const char *zZhSo, const char *zCorpus, const char *zDir,
                    int nRound) {
  BenchCorpus corpus;
  int aiTok[N_BENCH_TOK];
  int nTok = benchToks(aiTok, 1);
  double *aCpu = malloc(sizeof(double) * nTok * nRound);
  double *aWall = malloc(sizeof(double) * nTok * nRound);
  int i, k, r;
  if( aCpu == 0 || aWall == 0 ) die("out of memory");
  if( nRound < 1 ) die("bad round count");
  corpusLoad(&corpus, zCorpus);
  replayPrepare(&corpus, zZhSo, openDb);
  for( r = 0; r < nRound; r++ ) {
    for( k = 0; k < nTok; k++ ) {
      int j = (r + k) % nTok;
      const BenchTok *pBench = &aBenchTok[aiTok[j]];
      char *zPath = buildDbPath(zDir, pBench->zLabel);
      buildIndex(zZhSo, &corpus, pBench, zPath, &aCpu[j * nRound + r],
                 &aWall[j * nRound + r]);
      sqlite3_free(zPath);
    }
    fprintf(stderr, "  build round %d/%d done\n", r + 1, nRound);
  }

  printf("{\"docs\": %d, \"bytes\": %lld, \"runs\": %d, "
         "\"clock\": \"CLOCK_PROCESS_CPUTIME_ID\", \"tokenizers\": [\n",
         corpus.nDoc, (long long)corpus.nByte, nRound);
  for( i = 0; i < nTok; i++ ) {
    const BenchTok *pBench = &aBenchTok[aiTok[i]];
    char *zPath = buildDbPath(zDir, pBench->zLabel);
    char *zTokenize = tokenizeArg(pBench);
    sqlite3 *db = openDb(zPath, zZhSo);
    printf("  {\"name\": \"%s\", \"tokenize\": ", pBench->zLabel);
    jsonString(zTokenize);
    printf(", \"build_s\": %.6f, \"build_wall_s\": %.6f, \"runs_s\": ",
           median(&aCpu[i * nRound], nRound),
           median(&aWall[i * nRound], nRound));
    jsonNumbers(&aCpu[i * nRound], nRound);
    printf(", \"runs_wall_s\": ");
    jsonNumbers(&aWall[i * nRound], nRound);
    printf(", ");
    printIndexSize(db);
    exec(db, "CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, t, row)");
    printf(", \"distinct_tokens\": %lld}%s\n",
           (long long)queryInt(db, "SELECT count(*) FROM temp.v"),
           i < nTok - 1 ? "," : "");
    integrityCheck(db, pBench->zLabel);
    if( sqlite3_close(db) != SQLITE_OK ) die("close %s", zPath);
    sqlite3_free(zPath);
    sqlite3_free(zTokenize);
  }
  printf("]}\n");
  free(aCpu);
  free(aWall);
  return 0;
}

/* ---- query latency ------------------------------------------------- */

/*
** The query methods, in report order.  Each runs its SQL on one
** tokenizer's index (DBDIR/LABEL.db from the build step) or, for LIKE, on
** the plain table, with ?1 bound to the query the way its users pass it:
** the text itself (to a query helper), a raw phrase "q", or %q%.  Its rows
** are compared with those of a substring scan, of the text (trigram,
** LIKE) or of the zh_fold()ed text (zh; simple is held to zh's answer); a
** difference fails the run (CHECK_FAIL; CHECK_FAIL_3: from 3 characters
** on, trigram's shortest) or is reported only (CHECK_REPORT: the peer,
** whose phrase matches across spaces and whose simple_query() ANDs
** characters).
*/
enum { ARG_TEXT, ARG_PHRASE, ARG_LIKE };
enum { REF_TEXT, REF_FOLDED };
enum { CHECK_FAIL, CHECK_FAIL_3, CHECK_REPORT };
typedef struct BenchMethod BenchMethod;
struct BenchMethod {
  const char *zName;  /* the JSON name */
  const char *zTok;   /* the index it queries (a BenchTok label); 0: plain */
  const char *zQuery; /* how the query is written, for the report */
  const char *zSql;
  int eArg;
  int eRef;
  int eCheck;
};
#define MATCH_SQL "SELECT rowid FROM t WHERE t MATCH "
static const BenchMethod aBenchMethod[] = {
    {"zh phrase", "zh", "'\"q\"'", MATCH_SQL "?1", ARG_PHRASE, REF_FOLDED,
     CHECK_FAIL},
    {"zh zh_query", "zh", "zh_query(q)", MATCH_SQL "zh_query(?1)", ARG_TEXT,
     REF_FOLDED, CHECK_FAIL},
    {"simple 0 phrase", "simple 0", "'\"q\"'", MATCH_SQL "?1", ARG_PHRASE,
     REF_FOLDED, CHECK_REPORT},
    {"simple 0 simple_query", "simple 0", "simple_query(q)",
     MATCH_SQL "simple_query(?1)", ARG_TEXT, REF_FOLDED, CHECK_REPORT},
    /* The control: simple 0's raw phrase timed again, as a method of its
    ** own (its own connection, warm pass and place in the rotation).  Its
    ** ratio to "simple 0 phrase" is what the run's noise alone makes of
    ** two identical methods. */
    {"simple 0 phrase, again", "simple 0", "'\"q\"'", MATCH_SQL "?1",
     ARG_PHRASE, REF_FOLDED, CHECK_REPORT},
    {"simple phrase", "simple", "'\"q\"'", MATCH_SQL "?1", ARG_PHRASE,
     REF_FOLDED, CHECK_REPORT},
    {"simple simple_query", "simple", "simple_query(q)",
     MATCH_SQL "simple_query(?1)", ARG_TEXT, REF_FOLDED, CHECK_REPORT},
    {"trigram", "trigram", "'\"q\"'", MATCH_SQL "?1", ARG_PHRASE, REF_TEXT,
     CHECK_FAIL_3},
    {"like", 0, "'%q%'",
     "SELECT rowid FROM plain WHERE title LIKE ?1 OR body LIKE ?1", ARG_LIKE,
     REF_TEXT, CHECK_FAIL},
};
#define N_METHOD (int)(sizeof(aBenchMethod) / sizeof(aBenchMethod[0]))

/* The documents (rowids, ascending) that hold a query, by a scan. */
typedef struct BenchDocs BenchDocs;
struct BenchDocs {
  int *a;
  int n;
  int nAlloc;
};

/* One method's answer to one query, against each scan ([REF_TEXT],
** [REF_FOLDED]): the scan's rows it missed, the rows it found that the
** scan does not have. */
typedef struct BenchRows BenchRows;
struct BenchRows {
  int nRow;
  int aMiss[2];
  int aFalse[2];
};

typedef struct BenchQuery BenchQuery;
struct BenchQuery {
  int nChar;
  int bRare;
  char *z;           /* the Han substring */
  char *zQuoted;     /* "z": a raw phrase */
  char *zLike;       /* %z%: the LIKE pattern */
  int bLike;         /* in the sample that LIKE runs */
  BenchDocs aRef[2]; /* the scans' answers: [REF_TEXT], [REF_FOLDED] */
  BenchRows aRows[N_METHOD];
};
static BenchQuery *loadQueries(const char *zPath, int *pn) {
  long nByte;
  char *a = readFile(zPath, &nByte);
  char *zLine = a;
  BenchQuery *aQ = 0;
  int n = 0, nAlloc = 0;
  while( *zLine ) {
    char *zEnd = strchr(zLine, '\n');
    char *zGroup, *zText;
    BenchQuery *q;
    if( zEnd == 0 ) die("%s: last line unterminated", zPath);
    *zEnd = 0;
    zGroup = strchr(zLine, '\t');
    zText = zGroup ? strchr(zGroup + 1, '\t') : 0;
    if( zText == 0 ) die("%s: bad line: %s", zPath, zLine);
    *zGroup++ = 0;
    *zText++ = 0;
    if( n == nAlloc ) {
      nAlloc = nAlloc ? nAlloc * 2 : 256;
      aQ = realloc(aQ, nAlloc * sizeof(BenchQuery));
      if( aQ == 0 ) die("out of memory");
    }
    q = &aQ[n++];
    memset(q, 0, sizeof(*q));
    q->nChar = atoi(zLine);
    q->bRare = strcmp(zGroup, "rare") == 0;
    q->z = zText;
    q->zQuoted = sqlite3_mprintf("\"%s\"", zText);
    q->zLike = sqlite3_mprintf("%%%s%%", zText);
    if( strpbrk(zText, "%_") ) die("%s: a query holds %% or _", zPath);
    zLine = zEnd + 1;
  }
  *pn = n;
  return aQ;
}

/*
** The reference answer, by brute force: for every query, the documents
** whose title or body holds it.  One pass over the corpus looks up every
** window of every query length in a hash table of the queries, and adds
** the document to aQ[i].aRef[iRef] for each query it holds.
*/
static uint32_t hashBytes(const char *z, int n) {
  uint32_t h = 2166136261u;
  while( n-- > 0 ) h = (h ^ (unsigned char)*z++) * 16777619u;
  return h;
}

static void docsAdd(BenchDocs *p, int iDoc) {
  if( p->n && p->a[p->n - 1] == iDoc ) return;
  if( p->n == p->nAlloc ) {
    p->nAlloc = p->nAlloc ? p->nAlloc * 2 : 16;
    p->a = realloc(p->a, sizeof(int) * p->nAlloc);
    if( p->a == 0 ) die("out of memory");
  }
  p->a[p->n++] = iDoc;
}

static void scanDocs(const BenchCorpus *pCorpus, BenchQuery *aQ, int nQ,
                     const int *aLen, int nLen, int iRef) {
  int nSlot = 1, i, iCol, iLen;
  int *aSlot, *aNext, *aOff;
  while( nSlot < 2 * nQ ) nSlot *= 2;
  aSlot = calloc(nSlot, sizeof(int)); /* query index + 1, 0 for empty */
  aNext = calloc(nQ, sizeof(int));    /* next query with the same text + 1 */
  aOff = malloc(sizeof(int) * ((size_t)pCorpus->nMaxText + 2));
  if( !aSlot || !aNext || !aOff ) die("out of memory");
  for( i = 0; i < nQ; i++ ) {
    int n = (int)strlen(aQ[i].z);
    uint32_t h = hashBytes(aQ[i].z, n) & (nSlot - 1);
    for( ; aSlot[h]; h = (h + 1) & (nSlot - 1) ) {
      if( strcmp(aQ[aSlot[h] - 1].z, aQ[i].z) == 0 ) break;
    }
    if( aSlot[h] ) aNext[i] = aSlot[h];
    aSlot[h] = i + 1;
    memset(&aQ[i].aRef[iRef], 0, sizeof(BenchDocs));
  }
  for( iCol = 0; iCol < 2 * pCorpus->nDoc; iCol++ ) {
    const char *z = pCorpus->aCol[iCol].z;
    int n = pCorpus->aCol[iCol].n, nChar = 0, iDoc = iCol / 2 + 1;
    /* aOff[k]: byte offset of character k; aOff[nChar] == n */
    for( i = 0; i < n; i++ ) {
      if( ((unsigned char)z[i] & 0xC0) != 0x80 ) aOff[nChar++] = i;
    }
    aOff[nChar] = n;
    for( i = 0; i < nChar; i++ ) {
      for( iLen = 0; iLen < nLen; iLen++ ) {
        int a = aOff[i], b, k;
        uint32_t h;
        if( i + aLen[iLen] > nChar ) continue;
        b = aOff[i + aLen[iLen]];
        h = hashBytes(z + a, b - a) & (nSlot - 1);
        for( ; aSlot[h]; h = (h + 1) & (nSlot - 1) ) {
          const char *zQ = aQ[aSlot[h] - 1].z;
          if( strncmp(zQ, z + a, b - a) == 0 && zQ[b - a] == 0 ) break;
        }
        for( k = aSlot[h]; k; k = aNext[k - 1] ) {
          docsAdd(&aQ[k - 1].aRef[iRef], iDoc);
        }
      }
    }
  }
  free(aSlot);
  free(aNext);
  free(aOff);
}

/* A copy of the corpus with every text passed through zh_fold(). */
static void corpusFold(BenchCorpus *pOut, const BenchCorpus *pIn,
                       const char *zZhSo) {
  sqlite3 *db = openDb(":memory:", zZhSo);
  sqlite3_stmt *pStmt = 0;
  int i;
  memset(pOut, 0, sizeof(*pOut));
  pOut->nDoc = pIn->nDoc;
  pOut->aCol = malloc(sizeof(BenchText) * 2 * pIn->nDoc);
  if( pOut->aCol == 0 ) die("out of memory");
  if( sqlite3_prepare_v2(db, "SELECT zh_fold(?1)", -1, &pStmt, 0) ) {
    die("zh_fold: %s", sqlite3_errmsg(db));
  }
  for( i = 0; i < 2 * pIn->nDoc; i++ ) {
    char *z;
    int n;
    sqlite3_bind_text(pStmt, 1, pIn->aCol[i].z, pIn->aCol[i].n, SQLITE_STATIC);
    if( sqlite3_step(pStmt) != SQLITE_ROW ) {
      die("zh_fold: %s", sqlite3_errmsg(db));
    }
    n = sqlite3_column_bytes(pStmt, 0);
    z = malloc(n + 1);
    if( z == 0 ) die("out of memory");
    memcpy(z, sqlite3_column_text(pStmt, 0), n);
    z[n] = 0;
    pOut->aCol[i].z = z;
    pOut->aCol[i].n = n;
    pOut->nByte += n;
    if( n > pOut->nMaxText ) pOut->nMaxText = n;
    sqlite3_reset(pStmt);
  }
  sqlite3_finalize(pStmt);
  sqlite3_close(db);
}

/*
** Runs one query to its last row, reading each rowid into aRow (room for
** nMax); returns the number of rows.
*/
static int runQuery(sqlite3 *db, sqlite3_stmt *pStmt, const char *z,
                    int64_t *aRow, int nMax) {
  int nRow = 0, rc;
  sqlite3_bind_text(pStmt, 1, z, -1, SQLITE_STATIC);
  while( (rc = sqlite3_step(pStmt)) == SQLITE_ROW ) {
    if( nRow == nMax ) die("query %s: more rows than documents", z);
    aRow[nRow++] = sqlite3_column_int64(pStmt, 0);
  }
  if( rc != SQLITE_DONE || sqlite3_reset(pStmt) != SQLITE_OK ) {
    die("query %s: %s", z, sqlite3_errmsg(db));
  }
  return nRow;
}

static int cmpInt64(const void *a, const void *b) {
  int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
  return x < y ? -1 : x > y;
}

/* Compares rows found (sorted here if they are not) with a scan's. */
static void compareRows(int64_t *aRow, int nRow, const BenchDocs *pRef,
                        int *pnMiss, int *pnFalse) {
  int i = 0, j = 0, nMiss = 0, nFalse = 0, k;
  for( k = 1; k < nRow; k++ ) {
    if( aRow[k] <= aRow[k - 1] ) {
      qsort(aRow, nRow, sizeof(int64_t), cmpInt64);
      break;
    }
  }
  while( i < nRow || j < pRef->n ) {
    if( j == pRef->n || (i < nRow && aRow[i] < pRef->a[j]) ) {
      nFalse++;
      i++;
    } else if( i == nRow || pRef->a[j] < aRow[i] ) {
      nMiss++;
      j++;
    } else {
      i++;
      j++;
    }
  }
  *pnMiss = nMiss;
  *pnFalse = nFalse;
}

/*
** DIR/plain.db: a rowid table plain(title, body) with the same rows as the
** FTS5 tables and no index, for LIKE.  Returns the seconds it took.
*/
static double buildPlain(const char *zPath, const BenchCorpus *pCorpus,
                         const char *zZhSo) {
  char *zJournal = sqlite3_mprintf("%s-journal", zPath);
  sqlite3 *db;
  sqlite3_stmt *pIns = 0;
  double t0 = nowSeconds();
  if( zJournal == 0 ) die("out of memory");
  unlink(zPath);
  unlink(zJournal);
  db = openDb(zPath, zZhSo);
  exec(db, "CREATE TABLE plain(title, body)");
  if( sqlite3_prepare_v2(db,
                         "INSERT INTO plain(rowid, title, body) VALUES(?,?,?)",
                         -1, &pIns, 0) != SQLITE_OK ) {
    die("insert: %s", sqlite3_errmsg(db));
  }
  insertAll(db, pIns, pCorpus, "plain");
  sqlite3_finalize(pIns);
  if( sqlite3_close(db) != SQLITE_OK ) die("close %s", zPath);
  sqlite3_free(zJournal);
  return nowSeconds() - t0;
}

/*
** Marks the queries LIKE runs: nPer of each length and group, evenly spaced
** through the group (the file lists a group's queries in text order, so
** the first nPer would all start with the lowest code points).
*/
static void pickLikeSample(BenchQuery *aQ, int nQ, int nPer) {
  int i, j;
  for( i = 0; i < nQ; i++ ) {
    int n = 0, k = 0;
    for( j = 0; j < nQ; j++ ) {
      if( aQ[j].nChar == aQ[i].nChar && aQ[j].bRare == aQ[i].bRare ) {
        if( j < i ) k++;
        n++;
      }
    }
    /* the k-th of n is in if floor((k+1)*nPer/n) > floor(k*nPer/n) */
    aQ[i].bLike =
        (int)(((int64_t)(k + 1) * nPer) / n) > (int)(((int64_t)k * nPer) / n);
  }
}

/* What a method binds to ?1 for a query. */
static const char *queryArg(const BenchMethod *pM, const BenchQuery *q) {
  switch( pM->eArg ) {
  case ARG_TEXT: return q->z;
  case ARG_PHRASE: return q->zQuoted;
  default: return q->zLike;
  }
}

/* Whether a method runs a query: LIKE runs its sample only. */
static int methodRuns(const BenchMethod *pM, const BenchQuery *q) {
  return pM->eArg != ARG_LIKE || q->bLike;
}

/* Whether a query is in a row of the report: nChar characters, and of
** the group bRare (-1: either). */
static int querySelected(const BenchQuery *q, int nChar, int bRare) {
  return q->nChar == nChar && (bRare < 0 || q->bRare == bRare);
}

/* Whether a method's answer to a query differs from its scan's where it
** is checked (trigram's from 3 characters on). */
static int rowsDiffer(const BenchMethod *pM, const BenchQuery *q,
                      const BenchRows *p) {
  if( pM->eCheck == CHECK_FAIL_3 && q->nChar < 3 ) return 0;
  return p->aMiss[pM->eRef] + p->aFalse[pM->eRef] > 0;
}

/*
** The JSON members of one method over the queries of one length and
** group: latency (the median over the rounds of each round's percentile,
** and each round's p50 and p99), rows found, and the rows against the
** method's scan and against both.
*/
static void printMethodStats(const BenchQuery *aQ, int nQ, const double *aSec,
                             int nRound, int iM, int nChar, int bRare) {
  const BenchMethod *pM = &aBenchMethod[iM];
  double *a = malloc(sizeof(double) * (nQ + 1));
  double *aP50 = malloc(sizeof(double) * nRound);
  double *aP90 = malloc(sizeof(double) * nRound);
  double *aP99 = malloc(sizeof(double) * nRound);
  double *aMax = malloc(sizeof(double) * nRound);
  double *aMean = malloc(sizeof(double) * nRound);
  int64_t nRow = 0, aRef[2] = {0, 0}, aMiss[2] = {0, 0}, aFalse[2] = {0, 0};
  int n = 0, nZero = 0, nExact = 0, nWithFalse = 0, i, r, iRef;
  if( !a || !aP50 || !aP90 || !aP99 || !aMax || !aMean ) die("out of memory");
  for( r = 0; r < nRound; r++ ) {
    double sum = 0.0;
    n = 0;
    for( i = 0; i < nQ; i++ ) {
      if( !querySelected(&aQ[i], nChar, bRare) ) continue;
      if( !methodRuns(pM, &aQ[i]) ) continue;
      a[n] = aSec[((size_t)iM * nQ + i) * nRound + r] * 1e3;
      sum += a[n++];
    }
    aMean[r] = n ? sum / n : 0.0;
    aP50[r] = percentile(a, n, 50);
    aP90[r] = percentile(a, n, 90);
    aP99[r] = percentile(a, n, 99);
    aMax[r] = percentile(a, n, 100);
  }
  for( i = 0; i < nQ; i++ ) {
    const BenchRows *p = &aQ[i].aRows[iM];
    if( !querySelected(&aQ[i], nChar, bRare) ) continue;
    if( !methodRuns(pM, &aQ[i]) ) continue;
    nRow += p->nRow;
    if( p->nRow == 0 ) nZero++;
    for( iRef = 0; iRef < 2; iRef++ ) {
      aRef[iRef] += aQ[i].aRef[iRef].n;
      aMiss[iRef] += p->aMiss[iRef];
      aFalse[iRef] += p->aFalse[iRef];
    }
    if( p->aMiss[pM->eRef] + p->aFalse[pM->eRef] == 0 ) nExact++;
    if( p->aFalse[pM->eRef] ) nWithFalse++;
  }
  printf("\"n\": %d, \"p50_ms\": %.4f, \"p90_ms\": %.4f, "
         "\"p99_ms\": %.4f, \"max_ms\": %.4f, \"mean_ms\": %.4f, "
         "\"rounds_p50_ms\": ",
         n, median(aP50, nRound), median(aP90, nRound), median(aP99, nRound),
         median(aMax, nRound), median(aMean, nRound));
  jsonNumbers(aP50, nRound);
  printf(", \"rounds_p99_ms\": ");
  jsonNumbers(aP99, nRound);
  printf(", \"rows\": %lld, \"mean_rows\": %.2f, \"queries_without_rows\": %d, "
         "\"reference_rows\": %lld, \"missed_rows\": %lld, "
         "\"false_rows\": %lld, \"exact_queries\": %d, "
         "\"queries_with_false_rows\": %d",
         (long long)nRow, n ? (double)nRow / n : 0.0, nZero,
         (long long)aRef[pM->eRef], (long long)aMiss[pM->eRef],
         (long long)aFalse[pM->eRef], nExact, nWithFalse);
  for( iRef = 0; iRef < 2; iRef++ ) {
    printf(", \"vs_%s\": {\"reference_rows\": %lld, \"missed_rows\": %lld, "
           "\"false_rows\": %lld}",
           iRef == REF_TEXT ? "scan" : "folded_scan", (long long)aRef[iRef],
           (long long)aMiss[iRef], (long long)aFalse[iRef]);
  }
  free(a);
  free(aP50);
  free(aP90);
  free(aP99);
  free(aMax);
  free(aMean);
}

/* Records a method's rows for a query: the first round's are kept, a later
** round's must be the same. */
static void recordRows(BenchQuery *q, int iM, int iRound, int64_t *aRow,
                       int nRow) {
  BenchRows rows;
  int iRef;
  rows.nRow = nRow;
  for( iRef = 0; iRef < 2; iRef++ ) {
    compareRows(aRow, nRow, &q->aRef[iRef], &rows.aMiss[iRef],
                &rows.aFalse[iRef]);
  }
  if( iRound == 0 ) {
    q->aRows[iM] = rows;
  } else if( memcmp(&rows, &q->aRows[iM], sizeof(rows)) != 0 ) {
    die("%s: the rows for %s differ between rounds", aBenchMethod[iM].zName,
        q->z);
  }
}

/* Mismatched queries named on stderr, per method; the rest are counted. */
#define N_SHOWN 10

/* Untimed: every query of method pM once (LIKE, which reads the whole
** table for every query, its first query only), so that its timed pass
** finds its own pages and doclists in the OS's and SQLite's caches. */
static void warmMethod(sqlite3 *db, sqlite3_stmt *pStmt, const BenchMethod *pM,
                       const BenchQuery *aQ, int nQ, int64_t *aRow,
                       int nRowMax) {
  for( int i = 0; i < nQ; i++ ) {
    if( !methodRuns(pM, &aQ[i]) ) continue;
    runQuery(db, pStmt, queryArg(pM, &aQ[i]), aRow, nRowMax);
    if( pM->eArg == ARG_LIKE ) break;
  }
}

/*
** The query step: the scans, the plain table for LIKE, then every method
** in nRound rotated rounds, each running every query of the method once,
** timed in CPU time from binding it to stepping past its last row.  Each
** timed pass comes right after an untimed pass of the same method's
** queries: every method is timed with its own pages and doclists in the
** caches, whatever ran before it.  (Rotation alone keeps the order of the
** methods around the circle, so each would always follow the same one:
** the first zh method came after LIKE's scans of the whole table, the
** second after the first, on the same index, and the same MATCH strings
** were timed 0.119 and 0.070 ms at the median.)
*/
static int cmdQuery(const char *zZhSo, const char *zCorpus, const char *zDir,
                    const char *zQueries, int nLikePer, int nRound) {
  static const char *azGroup[] = {"all", "common", "rare"};
  char *zPlain = sqlite3_mprintf("%s/plain.db", zDir);
  double plainBuildSec;
  int nLike = 0;
  BenchCorpus corpus, folded;
  BenchQuery *aQ;
  int nQ, i, k, r, iM, iLen, iGroup, nLen = 0, nM = 0, nRowMax;
  int aLen[16], aiM[N_METHOD], anWrong[N_METHOD];
  sqlite3 *aDb[N_METHOD];
  sqlite3_stmt *aStmt[N_METHOD];
  int64_t *aRow;
  double *aSec;
  int nTriShort = 0, bFail = 0;
  double tStart = nowSeconds();

  if( zPlain == 0 ) die("out of memory");
  if( nLikePer < 1 ) die("bad LIKE sample size");
  if( nRound < 1 ) die("bad round count");
  corpusLoad(&corpus, zCorpus);
  corpusFold(&folded, &corpus, zZhSo);
  aQ = loadQueries(zQueries, &nQ);
  if( nQ == 0 ) die("no queries");
  pickLikeSample(aQ, nQ, nLikePer);
  for( i = 0; i < nQ; i++ ) nLike += aQ[i].bLike;
  for( i = 0; i < nQ; i++ ) {
    int j;
    for( j = 0; j < nLen && aLen[j] != aQ[i].nChar; j++ ) {}
    if( j == nLen ) {
      if( nLen == 16 ) die("too many query lengths");
      aLen[nLen++] = aQ[i].nChar;
    }
  }
  scanDocs(&corpus, aQ, nQ, aLen, nLen, REF_TEXT);
  scanDocs(&folded, aQ, nQ, aLen, nLen, REF_FOLDED);
  fprintf(stderr, "  queries   reference scans %.1f s\n",
          nowSeconds() - tStart);

  plainBuildSec = buildPlain(zPlain, &corpus, zZhSo);
  fprintf(stderr, "  queries   plain table built %.1f s\n", plainBuildSec);

  /* The methods of this run, each with its own connection and statement. */
  for( iM = 0; iM < N_METHOD; iM++ ) {
    const BenchMethod *pM = &aBenchMethod[iM];
    char *zPath;
    aDb[iM] = 0;
    aStmt[iM] = 0;
    anWrong[iM] = 0;
    if( pM->zTok && !benchTokMeasured(pM->zTok) ) continue;
    aiM[nM++] = iM;
    zPath =
        pM->zTok ? buildDbPath(zDir, pM->zTok) : sqlite3_mprintf("%s", zPlain);
    if( zPath == 0 ) die("out of memory");
    if( access(zPath, R_OK) )
      die("%s missing: run the build step first", zPath);
    aDb[iM] = openDb(zPath, zZhSo);
    if( sqlite3_prepare_v2(aDb[iM], pM->zSql, -1, &aStmt[iM], 0) !=
        SQLITE_OK ) {
      die("%s: %s", pM->zSql, sqlite3_errmsg(aDb[iM]));
    }
    sqlite3_free(zPath);
  }
  nRowMax = corpus.nDoc;
  aRow = malloc(sizeof(int64_t) * (nRowMax + 1));
  aSec = calloc((size_t)N_METHOD * nQ * nRound, sizeof(double));
  if( aRow == 0 || aSec == 0 ) die("out of memory");

  for( r = 0; r < nRound; r++ ) {
    for( k = 0; k < nM; k++ ) {
      int iMeth = aiM[(r + k) % nM];
      const BenchMethod *pM = &aBenchMethod[iMeth];
      warmMethod(aDb[iMeth], aStmt[iMeth], pM, aQ, nQ, aRow, nRowMax);
      for( i = 0; i < nQ; i++ ) {
        const char *z = queryArg(pM, &aQ[i]);
        double t0;
        int nRow;
        if( !methodRuns(pM, &aQ[i]) ) continue;
        t0 = cpuSeconds();
        nRow = runQuery(aDb[iMeth], aStmt[iMeth], z, aRow, nRowMax);
        aSec[((size_t)iMeth * nQ + i) * nRound + r] = cpuSeconds() - t0;
        recordRows(&aQ[i], iMeth, r, aRow, nRow);
      }
    }
    fprintf(stderr, "  queries   round %d/%d done %.1f s\n", r + 1, nRound,
            nowSeconds() - tStart);
  }
  for( k = 0; k < nM; k++ ) {
    sqlite3_finalize(aStmt[aiM[k]]);
    sqlite3_close(aDb[aiM[k]]);
  }

  /* zh (both ways) should find what a substring scan of the folded text
  ** finds; trigram (from 3 characters on) and LIKE what a scan of the
  ** text finds.  Any difference is a wrong answer: each is named (the
  ** first few of each method), and the command fails after its JSON.  The
  ** peer's differences are counted and reported, not failed. */
  for( k = 0; k < nM; k++ ) {
    const BenchMethod *pM = &aBenchMethod[aiM[k]];
    int64_t nFalse = 0, nMiss = 0;
    for( i = 0; i < nQ; i++ ) {
      const BenchRows *p = &aQ[i].aRows[aiM[k]];
      if( !methodRuns(pM, &aQ[i]) ) continue;
      if( pM->eCheck == CHECK_FAIL_3 && aQ[i].nChar < 3 && p->nRow > 0 ) {
        nTriShort++;
      }
      if( !rowsDiffer(pM, &aQ[i], p) ) continue;
      nFalse += p->aFalse[pM->eRef];
      nMiss += p->aMiss[pM->eRef];
      if( anWrong[aiM[k]]++ < N_SHOWN && pM->eCheck != CHECK_REPORT ) {
        fprintf(stderr,
                "  MISMATCH: %s finds %d rows for %s, a scan of the %s %d "
                "(%d missed, %d not in it)\n",
                pM->zName, p->nRow, aQ[i].z,
                pM->eRef == REF_FOLDED ? "folded text" : "text",
                aQ[i].aRef[pM->eRef].n, p->aMiss[pM->eRef],
                p->aFalse[pM->eRef]);
      }
    }
    if( pM->eCheck != CHECK_REPORT ) {
      if( anWrong[aiM[k]] ) bFail = 1;
    } else {
      fprintf(stderr,
              "  queries   %s: %lld false rows, %lld missed, in %d queries "
              "(reported, not a failure)\n",
              pM->zName, (long long)nFalse, (long long)nMiss, anWrong[aiM[k]]);
    }
  }

  printf("{\"queries\": %d, \"runs\": %d, "
         "\"clock\": \"CLOCK_PROCESS_CPUTIME_ID\", \"like_queries\": %d, "
         "\"like_per_group\": %d, \"plain_build_s\": %.6f, "
         "\"trigram_rows_below_3_chars\": %d, \"methods\": [\n",
         nQ, nRound, nLike, nLikePer, plainBuildSec, nTriShort);
  for( k = 0; k < nM; k++ ) {
    const BenchMethod *pM = &aBenchMethod[aiM[k]];
    printf("  {\"name\": ");
    jsonString(pM->zName);
    printf(", \"tokenizer\": ");
    jsonString(pM->zTok ? pM->zTok : "LIKE");
    printf(", \"query\": ");
    jsonString(pM->zQuery);
    printf(", \"sql\": ");
    jsonString(pM->zSql);
    printf(", \"reference\": \"%s\", \"check\": \"%s\", "
           "\"differs_from_reference\": %d}%s\n",
           pM->eRef == REF_FOLDED ? "folded_scan" : "scan",
           pM->eCheck == CHECK_REPORT   ? "reported"
           : pM->eCheck == CHECK_FAIL_3 ? "fails from 3 characters"
                                        : "fails",
           anWrong[aiM[k]], k < nM - 1 ? "," : "");
  }
  printf("], \"by_length\": [\n");
  for( iLen = 0; iLen < nLen; iLen++ ) {
    printf("  {\"chars\": %d, \"groups\": {\n", aLen[iLen]);
    for( iGroup = 0; iGroup < 3; iGroup++ ) {
      double sumExact = 0.0, sumFolded = 0.0;
      int n = 0;
      for( i = 0; i < nQ; i++ ) {
        if( querySelected(&aQ[i], aLen[iLen], iGroup - 1) ) {
          sumExact += aQ[i].aRef[REF_TEXT].n;
          sumFolded += aQ[i].aRef[REF_FOLDED].n;
          n++;
        }
      }
      printf("    \"%s\": {\"queries\": %d, \"scan_mean_rows\": %.2f, "
             "\"folded_scan_mean_rows\": %.2f, \"methods\": {\n",
             azGroup[iGroup], n, n ? sumExact / n : 0.0,
             n ? sumFolded / n : 0.0);
      for( k = 0; k < nM; k++ ) {
        printf("      ");
        jsonString(aBenchMethod[aiM[k]].zName);
        printf(": {");
        printMethodStats(aQ, nQ, aSec, nRound, aiM[k], aLen[iLen], iGroup - 1);
        printf("}%s\n", k < nM - 1 ? "," : "");
      }
      printf("    }}%s\n", iGroup < 2 ? "," : "");
    }
    printf("  }}%s\n", iLen < nLen - 1 ? "," : "");
  }
  printf("]}\n");
  free(aRow);
  free(aSec);
  sqlite3_free(zPlain);
  if( bFail ) {
    fprintf(stderr, "tokbench: MISMATCH: rows differ from the scan's for");
    for( k = 0; k < nM; k++ ) {
      if( anWrong[aiM[k]] && aBenchMethod[aiM[k]].eCheck != CHECK_REPORT ) {
        fprintf(stderr, " %d queries with %s;", anWrong[aiM[k]],
                aBenchMethod[aiM[k]].zName);
      }
    }
    fprintf(stderr, " %d queries in all\n", nQ);
    return 1;
  }
  return 0;
}

int main(int argc, char **argv) {
  int rc = 2;
  if( argc >= 3 && strcmp(argv[1], "--simple") == 0 ) {
    zSimpleSo = argv[2];
    argc -= 2;
    argv += 2;
  }
  if( argc == 3 && strcmp(argv[1], "versions") == 0 ) {
    rc = cmdVersions(argv[2]);
  } else if( argc == 6 && strcmp(argv[1], "throughput") == 0 ) {
    rc = cmdThroughput(argv[2], argv[3], atoi(argv[4]), argv[5]);
  } else if( argc == 6 && strcmp(argv[1], "build") == 0 ) {
    rc = cmdBuild(argv[2], argv[3], argv[4], atoi(argv[5]));
  } else if( argc == 8 && strcmp(argv[1], "query") == 0 ) {
    rc = cmdQuery(argv[2], argv[3], argv[4], argv[5], atoi(argv[6]),
                  atoi(argv[7]));
  } else {
    fprintf(stderr,
            "usage: tokbench [--simple SO] versions ZH_SO\n"
            "       tokbench [--simple SO] throughput ZH_SO CORPUS ROUNDS "
            "FRISO_INI\n"
            "       tokbench [--simple SO] build ZH_SO CORPUS DBDIR ROUNDS\n"
            "       tokbench [--simple SO] query ZH_SO CORPUS DBDIR QUERIES "
            "LIKE_PER_GROUP ROUNDS\n");
  }
  if( fflush(stdout) != 0 ) rc = 1;
  return rc;
}
