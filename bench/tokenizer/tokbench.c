/*
** tokbench: the timing half of bench/tokenizer (run.sh drives it; the
** corpus and the queries come from prepare.py, the report from report.py).
** Throughput and index build cover every tokenizer in aBenchTok (zh in
** both modes, unicode61, trigram; throughput adds ICU and friso); query
** latency covers zh (substring mode), trigram and LIKE '%q%' over a plain
** table.
**
**   tokbench versions   ZH_SO
**   tokbench throughput ZH_SO CORPUS RUNS FRISO_INI
**   tokbench build      ZH_SO CORPUS DBDIR
**   tokbench query      ZH_SO CORPUS DBDIR QUERIES LIKE_PER_GROUP
**
** Each command prints one JSON object on stdout and exits non-zero on any
** failure.  CORPUS is prepare.py's binary file: per document a little
** endian u32 length and the UTF-8 title, then the same for the body.
** QUERIES has one "chars<TAB>group<TAB>text" line per query; LIKE runs
** the first LIKE_PER_GROUP queries of each length and group (it scans the
** whole table, so it gets a sample).
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
** name), the registered tokenizer, and the options for xCreate, which are
** also the rest of the tokenize= string of the index build.
*/
typedef struct BenchTok BenchTok;
struct BenchTok {
  const char *zLabel;
  const char *zTokenizer;
  int nArg;
  const char *azArg[2];
};
static const BenchTok aBenchTok[] = {
    {"zh", "zh", 0, {0, 0}},
    {"zh words", "zh", 2, {"mode", "words"}},
    {"unicode61", "unicode61", 0, {0, 0}},
    {"trigram", "trigram", 0, {0, 0}},
};
#define N_BENCH_TOK (int)(sizeof(aBenchTok) / sizeof(aBenchTok[0]))

/* One column value of one document, pointing into the corpus buffer. */
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

static double nowSeconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
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

/* A fresh connection with the zh extension loaded; zPath may be ":memory:". */
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
  sqlite3_enable_load_extension(db, 0);
  return db;
}

static void exec(sqlite3 *db, const char *zSql) {
  char *zErr = 0;
  if( sqlite3_exec(db, zSql, 0, 0, &zErr) != SQLITE_OK ) {
    die("%s: %s", zSql, zErr ? zErr : "?");
  }
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
  printf(", \"dbstat\": %s}\n", bDbstat ? "true" : "false");
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

/* One pass of an FTS5 tokenizer over every text; returns the token count. */
static int64_t passFts5(fts5_tokenizer *pMod, Fts5Tokenizer *pTok,
                        const BenchCorpus *pCorpus) {
  int64_t nToken = 0;
  int i;
  for( i = 0; i < pCorpus->nDoc * 2; i++ ) {
    const BenchText *t = &pCorpus->aCol[i];
    int rc = pMod->xTokenize(pTok, &nToken, FTS5_TOKENIZE_DOCUMENT, t->z, t->n,
                             countToken);
    if( rc != SQLITE_OK ) die("xTokenize failed: %d", rc);
  }
  return nToken;
}

/*
** One pass of ICU's word break iterator (locale zh: dictionary-based for
** Han) over every text.  The UTF-8 -> UTF-16 conversion is part of the
** pass.  A token is a segment whose rule status is not UBRK_WORD_NONE,
** i.e. spaces and punctuation are not counted.
*/
static int64_t passIcu(UBreakIterator *pBrk, UChar *aBuf, int nBuf,
                       const BenchCorpus *pCorpus) {
  int64_t nToken = 0;
  int i;
  for( i = 0; i < pCorpus->nDoc * 2; i++ ) {
    const BenchText *t = &pCorpus->aCol[i];
    UErrorCode st = U_ZERO_ERROR;
    int32_t nU16 = 0;
    u_strFromUTF8(aBuf, nBuf, &nU16, t->z, t->n, &st);
    if( U_FAILURE(st) ) die("u_strFromUTF8: %s", u_errorName(st));
    ubrk_setText(pBrk, aBuf, nU16, &st);
    if( U_FAILURE(st) ) die("ubrk_setText: %s", u_errorName(st));
    while( ubrk_next(pBrk) != UBRK_DONE ) {
      if( ubrk_getRuleStatus(pBrk) >= UBRK_WORD_NONE_LIMIT ) nToken++;
    }
  }
  return nToken;
}

/*
** One pass of friso (mmseg, complex mode, settings from FRISO_INI) over
** every text.  friso takes NUL-terminated text: aZ holds a NUL-terminated
** copy of each text, made once before the timed passes.  A token is a word
** friso hands back (it drops white space and most punctuation).
*/
static int64_t passFriso(friso_t pFriso, friso_config_t pConfig,
                         friso_task_t pTask, char **aZ, int nText) {
  int64_t nToken = 0;
  int i;
  for( i = 0; i < nText; i++ ) {
    friso_set_text(pTask, aZ[i]);
    while( pConfig->next_token(pFriso, pConfig, pTask) != 0 ) nToken++;
  }
  return nToken;
}

static int cmdThroughput(const char *zZhSo, const char *zCorpus, int nRun,
                         const char *zFrisoIni) {
  BenchCorpus corpus;
  sqlite3 *db;
  fts5_api *pApi;
  double *aSec = malloc(sizeof(double) * nRun);
  double *aSorted = malloc(sizeof(double) * nRun);
  int iTok, iRun;

  if( aSec == 0 || aSorted == 0 || nRun < 1 ) die("bad run count");
  corpusLoad(&corpus, zCorpus);
  db = openDb(":memory:", zZhSo);
  pApi = fts5Api(db);
  printf("{\"docs\": %d, \"bytes\": %lld, \"runs\": %d, \"tokenizers\": [\n",
         corpus.nDoc, (long long)corpus.nByte, nRun);

  /* The FTS5 tokenizers, then ICU, then friso. */
  for( iTok = 0; iTok <= N_BENCH_TOK + 1; iTok++ ) {
    const BenchTok *pBench = iTok < N_BENCH_TOK ? &aBenchTok[iTok] : 0;
    const char *zName = pBench                ? pBench->zLabel
                        : iTok == N_BENCH_TOK ? "icu"
                                              : "friso";
    int64_t nToken = -1;
    if( pBench ) {
      void *pUserData = 0;
      fts5_tokenizer mod;
      Fts5Tokenizer *pTok = 0;
      /* xCreate takes a non-const array of arguments. */
      const char *azArg[2] = {pBench->azArg[0], pBench->azArg[1]};
      if( pApi->xFindTokenizer(pApi, pBench->zTokenizer, &pUserData, &mod) !=
          SQLITE_OK ) {
        die("no tokenizer %s", pBench->zTokenizer);
      }
      if( mod.xCreate(pUserData, azArg, pBench->nArg, &pTok) != SQLITE_OK ||
          pTok == 0 ) {
        die("cannot create tokenizer %s", zName);
      }
      for( iRun = 0; iRun < nRun; iRun++ ) {
        double t0 = nowSeconds();
        int64_t n = passFts5(&mod, pTok, &corpus);
        aSec[iRun] = nowSeconds() - t0;
        if( nToken >= 0 && n != nToken ) die("%s: token count varies", zName);
        nToken = n;
      }
      mod.xDelete(pTok);
    } else if( iTok == N_BENCH_TOK + 1 ) {
      friso_t pFriso = friso_new();
      friso_config_t pConfig = friso_new_config();
      friso_task_t pTask;
      int nText = corpus.nDoc * 2, i;
      char **aZ = malloc(sizeof(char *) * nText);
      if( aZ == 0 ) die("out of memory");
      /* friso_init_from_ifile() reports success without a lexicon
      ** directory and only warns about lexicons it cannot open. */
      if( friso_init_from_ifile(pFriso, pConfig, (char *)zFrisoIni) != 1 ) {
        die("friso: cannot read %s", zFrisoIni);
      }
      if( pFriso->dic == 0 ||
          friso_spec_dic_size(pFriso->dic, __LEX_CJK_WORDS__) == 0 ) {
        die("friso: no lexicon loaded (friso.lex_dir?) from %s", zFrisoIni);
      }
      pTask = friso_new_task();
      for( i = 0; i < nText; i++ ) {
        aZ[i] = malloc(corpus.aCol[i].n + 1);
        if( aZ[i] == 0 ) die("out of memory");
        memcpy(aZ[i], corpus.aCol[i].z, corpus.aCol[i].n);
        aZ[i][corpus.aCol[i].n] = 0;
      }
      for( iRun = 0; iRun < nRun; iRun++ ) {
        double t0 = nowSeconds();
        int64_t n = passFriso(pFriso, pConfig, pTask, aZ, nText);
        aSec[iRun] = nowSeconds() - t0;
        if( nToken >= 0 && n != nToken ) die("friso: token count varies");
        nToken = n;
      }
      for( i = 0; i < nText; i++ ) free(aZ[i]);
      free(aZ);
      friso_free_task(pTask);
      friso_free_config(pConfig);
      friso_free(pFriso);
    } else {
      UErrorCode st = U_ZERO_ERROR;
      UBreakIterator *pBrk = ubrk_open(UBRK_WORD, "zh", 0, 0, &st);
      int nBuf = corpus.nMaxText + 1; /* UTF-16 units <= UTF-8 bytes */
      UChar *aBuf = malloc(sizeof(UChar) * nBuf);
      if( U_FAILURE(st) || aBuf == 0 ) die("ubrk_open: %s", u_errorName(st));
      for( iRun = 0; iRun < nRun; iRun++ ) {
        double t0 = nowSeconds();
        int64_t n = passIcu(pBrk, aBuf, nBuf, &corpus);
        aSec[iRun] = nowSeconds() - t0;
        if( nToken >= 0 && n != nToken ) die("icu: token count varies");
        nToken = n;
      }
      ubrk_close(pBrk);
      free(aBuf);
    }
    memcpy(aSorted, aSec, sizeof(double) * nRun);
    printf("  {\"name\": \"%s\", \"tokens\": %lld, \"median_s\": %.6f, "
           "\"runs_s\": [",
           zName, (long long)nToken, percentile(aSorted, nRun, 50.0));
    for( iRun = 0; iRun < nRun; iRun++ ) {
      printf("%s%.6f", iRun ? ", " : "", aSec[iRun]);
    }
    printf("]}%s\n", iTok < N_BENCH_TOK + 1 ? "," : "");
    fprintf(stderr, "  throughput %-9s done\n", zName);
  }
  printf("]}\n");
  sqlite3_close(db);
  free(aSec);
  free(aSorted);
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

static int cmdBuild(const char *zZhSo, const char *zCorpus, const char *zDir) {
  BenchCorpus corpus;
  int iTok;
  corpusLoad(&corpus, zCorpus);
  printf("{\"docs\": %d, \"bytes\": %lld, \"tokenizers\": [\n", corpus.nDoc,
         (long long)corpus.nByte);
  for( iTok = 0; iTok < N_BENCH_TOK; iTok++ ) {
    const BenchTok *pBench = &aBenchTok[iTok];
    const char *zLabel = pBench->zLabel;
    char *zPath = buildDbPath(zDir, zLabel);
    char *zJournal = sqlite3_mprintf("%s-journal", zPath);
    char *zTokenize = sqlite3_mprintf("%s", pBench->zTokenizer);
    char *zCreate;
    sqlite3 *db;
    sqlite3_stmt *pIns = 0;
    double t0, sec;
    int i, k;
    for( k = 0; k < pBench->nArg; k++ ) {
      zTokenize = sqlite3_mprintf("%z %s", zTokenize, pBench->azArg[k]);
    }
    zCreate = sqlite3_mprintf(
        "CREATE VIRTUAL TABLE t USING fts5(title, body, content='', "
        "tokenize='%q')",
        zTokenize);
    if( zJournal == 0 || zTokenize == 0 || zCreate == 0 ) die("out of memory");
    unlink(zPath);
    unlink(zJournal);
    db = openDb(zPath, zZhSo);
    exec(db, zCreate);
    if( sqlite3_prepare_v2(db,
                           "INSERT INTO t(rowid, title, body) VALUES(?,?,?)",
                           -1, &pIns, 0) != SQLITE_OK ) {
      die("insert: %s", sqlite3_errmsg(db));
    }
    t0 = nowSeconds();
    exec(db, "BEGIN");
    for( i = 0; i < corpus.nDoc; i++ ) {
      sqlite3_bind_int(pIns, 1, i + 1);
      sqlite3_bind_text(pIns, 2, corpus.aCol[2 * i].z, corpus.aCol[2 * i].n,
                        SQLITE_STATIC);
      sqlite3_bind_text(pIns, 3, corpus.aCol[2 * i + 1].z,
                        corpus.aCol[2 * i + 1].n, SQLITE_STATIC);
      if( sqlite3_step(pIns) != SQLITE_DONE ) {
        die("%s: insert of document %d: %s", zLabel, i + 1, sqlite3_errmsg(db));
      }
      sqlite3_reset(pIns);
    }
    exec(db, "COMMIT");
    sec = nowSeconds() - t0;
    sqlite3_finalize(pIns);
    printf("  {\"name\": \"%s\", \"tokenize\": ", zLabel);
    jsonString(zTokenize);
    printf(", \"build_s\": %.6f, ", sec);
    printIndexSize(db);
    exec(db, "CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, t, row)");
    printf(", \"distinct_tokens\": %lld}%s\n",
           (long long)queryInt(db, "SELECT count(*) FROM temp.v"),
           iTok < N_BENCH_TOK - 1 ? "," : "");
    integrityCheck(db, zLabel);
    if( sqlite3_close(db) != SQLITE_OK ) die("close %s", zPath);
    fprintf(stderr, "  build %-9s %.1f s\n", zLabel, sec);
    sqlite3_free(zPath);
    sqlite3_free(zJournal);
    sqlite3_free(zTokenize);
    sqlite3_free(zCreate);
  }
  printf("]}\n");
  return 0;
}

/* ---- query latency ------------------------------------------------- */

typedef struct BenchQuery BenchQuery;
struct BenchQuery {
  int nChar;
  int bRare;
  char *z;       /* the Han substring */
  char *zQuoted; /* "z": the trigram MATCH expression */
  int nExact;    /* documents whose title or body holds z (scanCounts) */
  int nFolded;   /* the same over zh_fold() of each text: what zh finds */
  int bLike;     /* in the sample that LIKE runs */
  char *zLike;   /* %z%: the LIKE pattern */
  int nRow[3];   /* rows found: zh, trigram, LIKE */
  double sec[3];
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
** The reference answer, by brute force: for every query, the number of
** documents whose title or body holds it.  One pass over the corpus looks
** up every window of every query length in a hash table of the queries;
** aCount[i] receives the count for aQ[i].
*/
static uint32_t hashBytes(const char *z, int n) {
  uint32_t h = 2166136261u;
  while( n-- > 0 ) h = (h ^ (unsigned char)*z++) * 16777619u;
  return h;
}

static void scanCounts(const BenchCorpus *pCorpus, const BenchQuery *aQ, int nQ,
                       const int *aLen, int nLen, int *aCount) {
  int nSlot = 1, i, iCol, iLen;
  int *aSlot, *aNext, *aLast, *aOff;
  while( nSlot < 2 * nQ ) nSlot *= 2;
  aSlot = calloc(nSlot, sizeof(int)); /* query index + 1, 0 for empty */
  aNext = calloc(nQ, sizeof(int));    /* next query with the same text + 1 */
  aLast = calloc(nQ, sizeof(int));    /* last document counted + 1 */
  aOff = malloc(sizeof(int) * ((size_t)pCorpus->nMaxText + 2));
  if( !aSlot || !aNext || !aLast || !aOff ) die("out of memory");
  for( i = 0; i < nQ; i++ ) {
    int n = (int)strlen(aQ[i].z);
    uint32_t h = hashBytes(aQ[i].z, n) & (nSlot - 1);
    for( ; aSlot[h]; h = (h + 1) & (nSlot - 1) ) {
      if( strcmp(aQ[aSlot[h] - 1].z, aQ[i].z) == 0 ) break;
    }
    if( aSlot[h] ) aNext[i] = aSlot[h];
    aSlot[h] = i + 1;
    aCount[i] = 0;
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
          if( aLast[k - 1] != iDoc ) {
            aLast[k - 1] = iDoc;
            aCount[k - 1]++;
          }
        }
      }
    }
  }
  free(aSlot);
  free(aNext);
  free(aLast);
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

/* Runs one query to its last row; returns the number of rows. */
static int runQuery(sqlite3 *db, sqlite3_stmt *pStmt, const char *z) {
  int nRow = 0, rc;
  sqlite3_bind_text(pStmt, 1, z, -1, SQLITE_STATIC);
  while( (rc = sqlite3_step(pStmt)) == SQLITE_ROW ) {
    (void)sqlite3_column_int64(pStmt, 0);
    nRow++;
  }
  if( rc != SQLITE_DONE || sqlite3_reset(pStmt) != SQLITE_OK ) {
    die("query %s: %s", z, sqlite3_errmsg(db));
  }
  return nRow;
}

static void printLatency(BenchQuery *aQ, int nQ, int iTok, int nChar,
                         int bRare) {
  double *a = malloc(sizeof(double) * (nQ + 1));
  double sumRow = 0.0, sumSec = 0.0;
  int i, n = 0, nZero = 0;
  if( a == 0 ) die("out of memory");
  for( i = 0; i < nQ; i++ ) {
    if( aQ[i].nChar != nChar || (bRare >= 0 && aQ[i].bRare != bRare) ) {
      continue;
    }
    if( iTok == 2 && !aQ[i].bLike ) continue;
    a[n++] = aQ[i].sec[iTok] * 1e3;
    sumSec += aQ[i].sec[iTok] * 1e3;
    sumRow += aQ[i].nRow[iTok];
    if( aQ[i].nRow[iTok] == 0 ) nZero++;
  }
  printf("\"n\": %d, \"p50_ms\": %.4f, \"p90_ms\": %.4f, "
         "\"p99_ms\": %.4f, \"max_ms\": %.4f, \"mean_ms\": %.4f, "
         "\"mean_rows\": %.2f, \"queries_without_rows\": %d",
         n, percentile(a, n, 50), percentile(a, n, 90), percentile(a, n, 99),
         percentile(a, n, 100), n ? sumSec / n : 0.0, n ? sumRow / n : 0.0,
         nZero);
  free(a);
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
  int i;
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
  exec(db, "BEGIN");
  for( i = 0; i < pCorpus->nDoc; i++ ) {
    sqlite3_bind_int(pIns, 1, i + 1);
    sqlite3_bind_text(pIns, 2, pCorpus->aCol[2 * i].z, pCorpus->aCol[2 * i].n,
                      SQLITE_STATIC);
    sqlite3_bind_text(pIns, 3, pCorpus->aCol[2 * i + 1].z,
                      pCorpus->aCol[2 * i + 1].n, SQLITE_STATIC);
    if( sqlite3_step(pIns) != SQLITE_DONE ) {
      die("plain: insert of document %d: %s", i + 1, sqlite3_errmsg(db));
    }
    sqlite3_reset(pIns);
  }
  exec(db, "COMMIT");
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

/* Mismatched queries named on stderr, per tokenizer; the rest are counted. */
#define N_SHOWN 10

static int cmdQuery(const char *zZhSo, const char *zCorpus, const char *zDir,
                    const char *zQueries, int nLikePer) {
  static const char *azTok[] = {"zh", "trigram", "like"};
  static const char *azSql[] = {
      "SELECT rowid FROM t WHERE t MATCH zh_query(?1)",
      "SELECT rowid FROM t WHERE t MATCH ?1",
      "SELECT rowid FROM plain WHERE title LIKE ?1 OR body LIKE ?1"};
  char *zPlain = sqlite3_mprintf("%s/plain.db", zDir);
  double plainBuildSec;
  int nLike = 0, nLikeWrong = 0;
  static const char *azGroup[] = {"all", "common", "rare"};
  BenchCorpus corpus, folded;
  BenchQuery *aQ;
  int nQ, i, iTok, iLen, iGroup, nLen = 0;
  int aLen[16];
  int nZhWrong = 0, nTriWrong = 0, nTriShort = 0;
  int *aCount;
  double tStart = nowSeconds();

  if( zPlain == 0 ) die("out of memory");
  if( nLikePer < 1 ) die("bad LIKE sample size");
  corpusLoad(&corpus, zCorpus);
  corpusFold(&folded, &corpus, zZhSo);
  aQ = loadQueries(zQueries, &nQ);
  if( nQ == 0 ) die("no queries");
  pickLikeSample(aQ, nQ, nLikePer);
  for( i = 0; i < nQ; i++ ) nLike += aQ[i].bLike;
  aCount = malloc(sizeof(int) * nQ);
  if( aCount == 0 ) die("out of memory");
  for( i = 0; i < nQ; i++ ) {
    int j;
    for( j = 0; j < nLen && aLen[j] != aQ[i].nChar; j++ ) {}
    if( j == nLen ) {
      if( nLen == 16 ) die("too many query lengths");
      aLen[nLen++] = aQ[i].nChar;
    }
  }
  scanCounts(&corpus, aQ, nQ, aLen, nLen, aCount);
  for( i = 0; i < nQ; i++ ) aQ[i].nExact = aCount[i];
  scanCounts(&folded, aQ, nQ, aLen, nLen, aCount);
  for( i = 0; i < nQ; i++ ) aQ[i].nFolded = aCount[i];
  free(aCount);
  fprintf(stderr, "  queries   reference scans %.1f s\n",
          nowSeconds() - tStart);

  plainBuildSec = buildPlain(zPlain, &corpus, zZhSo);
  fprintf(stderr, "  queries   plain table built %.1f s\n", plainBuildSec);

  for( iTok = 0; iTok < 3; iTok++ ) {
    char *zPath = iTok < 2 ? buildDbPath(zDir, azTok[iTok])
                           : sqlite3_mprintf("%s", zPlain);
    sqlite3 *db;
    sqlite3_stmt *pStmt = 0;
    int iPass;
    double t1 = nowSeconds();
    if( zPath == 0 ) die("out of memory");
    if( access(zPath, R_OK) )
      die("%s missing: run the build step first", zPath);
    db = openDb(zPath, zZhSo);
    if( sqlite3_prepare_v2(db, azSql[iTok], -1, &pStmt, 0) != SQLITE_OK ) {
      die("%s: %s", azSql[iTok], sqlite3_errmsg(db));
    }
    /* Pass 0 warms the OS and SQLite caches and is not timed.  LIKE reads
    ** the whole table for every query, so its pass 0 is one query. */
    for( iPass = 0; iPass < 2; iPass++ ) {
      int bWarm = 0;
      for( i = 0; i < nQ; i++ ) {
        const char *z = iTok == 0   ? aQ[i].z
                        : iTok == 1 ? aQ[i].zQuoted
                                    : aQ[i].zLike;
        double t0;
        if( iTok == 2 && (!aQ[i].bLike || (iPass == 0 && bWarm)) ) continue;
        bWarm = 1;
        t0 = nowSeconds();
        int nRow = runQuery(db, pStmt, z);
        double sec = nowSeconds() - t0;
        if( iPass == 1 ) {
          aQ[i].sec[iTok] = sec;
          aQ[i].nRow[iTok] = nRow;
        }
      }
    }
    sqlite3_finalize(pStmt);
    sqlite3_close(db);
    sqlite3_free(zPath);
    fprintf(stderr, "  queries   %-9s done %.1f s\n", azTok[iTok],
            nowSeconds() - t1);
  }

  /* zh should find what a substring scan of the folded text finds;
  ** trigram and LIKE what a scan of the raw text finds (trigram from 3
  ** characters on).  Any difference is a wrong answer: each is named (the
  ** first few of each kind), and the command fails after its JSON. */
  for( i = 0; i < nQ; i++ ) {
    if( aQ[i].nRow[0] != aQ[i].nFolded && nZhWrong++ < N_SHOWN ) {
      fprintf(stderr,
              "  MISMATCH: zh finds %d rows for %s, a scan of the "
              "folded text %d\n",
              aQ[i].nRow[0], aQ[i].z, aQ[i].nFolded);
    }
    if( aQ[i].nChar >= 3 && aQ[i].nRow[1] != aQ[i].nExact &&
        nTriWrong++ < N_SHOWN ) {
      fprintf(stderr, "  MISMATCH: trigram finds %d rows for %s, a scan %d\n",
              aQ[i].nRow[1], aQ[i].z, aQ[i].nExact);
    }
    if( aQ[i].nChar < 3 && aQ[i].nRow[1] > 0 ) nTriShort++;
    if( aQ[i].bLike && aQ[i].nRow[2] != aQ[i].nExact &&
        nLikeWrong++ < N_SHOWN ) {
      fprintf(stderr, "  MISMATCH: LIKE finds %d rows for %s, a scan %d\n",
              aQ[i].nRow[2], aQ[i].z, aQ[i].nExact);
    }
  }
  printf("{\"queries\": %d, \"zh_differs_from_folded_scan\": %d, "
         "\"trigram_differs_from_scan\": %d, "
         "\"trigram_rows_below_3_chars\": %d, \"like_queries\": %d, "
         "\"like_per_group\": %d, \"like_differs_from_scan\": %d, "
         "\"like_sql\": ",
         nQ, nZhWrong, nTriWrong, nTriShort, nLike, nLikePer, nLikeWrong);
  jsonString(azSql[2]);
  printf(", \"plain_build_s\": %.6f, \"by_length\": [\n", plainBuildSec);
  for( iLen = 0; iLen < nLen; iLen++ ) {
    printf("  {\"chars\": %d, \"groups\": {\n", aLen[iLen]);
    for( iGroup = 0; iGroup < 3; iGroup++ ) {
      double sumExact = 0.0, sumFolded = 0.0;
      int n = 0;
      for( i = 0; i < nQ; i++ ) {
        if( aQ[i].nChar == aLen[iLen] &&
            (iGroup == 0 || aQ[i].bRare == (iGroup == 2)) ) {
          sumExact += aQ[i].nExact;
          sumFolded += aQ[i].nFolded;
          n++;
        }
      }
      printf("    \"%s\": {\"scan_mean_rows\": %.2f, "
             "\"folded_scan_mean_rows\": %.2f",
             azGroup[iGroup], n ? sumExact / n : 0.0, n ? sumFolded / n : 0.0);
      for( iTok = 0; iTok < 3; iTok++ ) {
        printf(", \"%s\": {", azTok[iTok]);
        printLatency(aQ, nQ, iTok, aLen[iLen], iGroup - 1);
        printf("}");
      }
      printf("}%s\n", iGroup < 2 ? "," : "");
    }
    printf("  }}%s\n", iLen < nLen - 1 ? "," : "");
  }
  printf("]}\n");
  if( nZhWrong + nTriWrong + nLikeWrong > 0 ) {
    fprintf(stderr,
            "tokbench: MISMATCH: rows differ from the scan's for %d of %d "
            "queries with zh, %d with trigram, %d of %d with LIKE\n",
            nZhWrong, nQ, nTriWrong, nLikeWrong, nLike);
    return 1;
  }
  return 0;
}

int main(int argc, char **argv) {
  int rc = 2;
  if( argc == 3 && strcmp(argv[1], "versions") == 0 ) {
    rc = cmdVersions(argv[2]);
  } else if( argc == 6 && strcmp(argv[1], "throughput") == 0 ) {
    rc = cmdThroughput(argv[2], argv[3], atoi(argv[4]), argv[5]);
  } else if( argc == 5 && strcmp(argv[1], "build") == 0 ) {
    rc = cmdBuild(argv[2], argv[3], argv[4]);
  } else if( argc == 7 && strcmp(argv[1], "query") == 0 ) {
    rc = cmdQuery(argv[2], argv[3], argv[4], argv[5], atoi(argv[6]));
  } else {
    fprintf(stderr, "usage: tokbench versions ZH_SO\n"
                    "       tokbench throughput ZH_SO CORPUS RUNS FRISO_INI\n"
                    "       tokbench build ZH_SO CORPUS DBDIR\n"
                    "       tokbench query ZH_SO CORPUS DBDIR QUERIES "
                    "LIKE_PER_GROUP\n");
  }
  if( fflush(stdout) != 0 ) rc = 1;
  return rc;
}
