/*
** speed: words mode's speed in CPU time, several builds in one run, their
** rounds rotated so that a busy machine slows each alike; prints the
** median of each.
**
**   speed CORPUS ROUNDS EXT...
**
** Per build and round: the tokenizer alone (FTS5's xTokenize over every
** line of CORPUS as a document, tokens counted and dropped), then an FTS5
** build (a contentless table, every line a row, one transaction, on a
** file under /tmp) with FTS5's default hashsize, and, if HASHSIZE is set,
** another with the hashsize set to it first (docs/performance.md, bulk
** loads).  MB/s are of CORPUS's bytes; index MB is the database file's.
*/
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static char *zBuf;
static long nBuf, nTok;

static double cpuNow(void) {
  struct timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

static int onToken(void *p, int f, const char *z, int n, int s, int e) {
  (void)p, (void)f, (void)z, (void)n, (void)s, (void)e;
  nTok++;
  return SQLITE_OK;
}

static sqlite3 *openWith(const char *zPath, const char *zExt) {
  sqlite3 *db;
  char *zErr = 0;
  sqlite3_open(zPath, &db);
  sqlite3_enable_load_extension(db, 1);
  if( sqlite3_load_extension(db, zExt, "sqlite3_zh_init", &zErr) ) {
    fprintf(stderr, "%s: %s\n", zExt, zErr);
    exit(1);
  }
  return db;
}

/* The tokenizer alone: MB/s. */
static double tokenizerAlone(const char *zExt) {
  sqlite3 *db = openWith(":memory:", zExt);
  fts5_api *pApi = 0;
  sqlite3_stmt *pStmt;
  fts5_tokenizer tok;
  Fts5Tokenizer *pTok;
  void *pUser;
  const char *azArg[] = {"mode", "words"};
  sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &pStmt, 0);
  sqlite3_bind_pointer(pStmt, 1, &pApi, "fts5_api_ptr", 0);
  sqlite3_step(pStmt);
  sqlite3_finalize(pStmt);
  pApi->xFindTokenizer(pApi, "zh", &pUser, &tok);
  tok.xCreate(pUser, azArg, 2, &pTok);
  double t0 = cpuNow();
  for( char *z = zBuf; z < zBuf + nBuf; ) {
    char *zEnd = memchr(z, '\n', zBuf + nBuf - z);
    if( zEnd == 0 ) zEnd = zBuf + nBuf;
    tok.xTokenize(pTok, 0, FTS5_TOKENIZE_DOCUMENT, z, (int)(zEnd - z), onToken);
    z = zEnd + 1;
  }
  double dt = cpuNow() - t0;
  tok.xDelete(pTok);
  sqlite3_close(db);
  return nBuf / 1e6 / dt;
}

/* An FTS5 build: MB/s; *pMb, the index's MB.  nHash: the hashsize (0:
** FTS5's default). */
static double fts5Build(const char *zExt, int nHash, double *pMb) {
  char zPath[64];
  snprintf(zPath, sizeof(zPath), "/tmp/zh-speed-%d.db", (int)getpid());
  remove(zPath);
  sqlite3 *db = openWith(zPath, zExt);
  sqlite3_stmt *pIns;
  sqlite3_exec(db,
               "PRAGMA synchronous=OFF; PRAGMA journal_mode=OFF;"
               "CREATE VIRTUAL TABLE t USING fts5(x, content='', "
               "tokenize='zh mode words')",
               0, 0, 0);
  if( nHash ) {
    char *zSql = sqlite3_mprintf(
        "INSERT INTO t(t, rank) VALUES('hashsize', %d)", nHash);
    sqlite3_exec(db, zSql, 0, 0, 0);
    sqlite3_free(zSql);
  }
  sqlite3_prepare_v2(db, "INSERT INTO t(rowid, x) VALUES(?, ?)", -1, &pIns, 0);
  double t0 = cpuNow();
  sqlite3_exec(db, "BEGIN", 0, 0, 0);
  long iRow = 0;
  for( char *z = zBuf; z < zBuf + nBuf; ) {
    char *zEnd = memchr(z, '\n', zBuf + nBuf - z);
    if( zEnd == 0 ) zEnd = zBuf + nBuf;
    sqlite3_bind_int64(pIns, 1, ++iRow);
    sqlite3_bind_text(pIns, 2, z, (int)(zEnd - z), SQLITE_STATIC);
    sqlite3_step(pIns);
    sqlite3_reset(pIns);
    z = zEnd + 1;
  }
  sqlite3_exec(db, "COMMIT", 0, 0, 0);
  double dt = cpuNow() - t0;
  sqlite3_finalize(pIns);
  sqlite3_stmt *pSize;
  sqlite3_prepare_v2(db,
                     "SELECT page_count * page_size FROM pragma_page_count, "
                     "pragma_page_size",
                     -1, &pSize, 0);
  *pMb = sqlite3_step(pSize) == SQLITE_ROW ? sqlite3_column_int64(pSize, 0) / 1e6
                                           : 0;
  sqlite3_finalize(pSize);
  sqlite3_close(db);
  remove(zPath);
  return nBuf / 1e6 / dt;
}

static int cmpDouble(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
  if( argc < 4 ) {
    fprintf(stderr, "usage: speed CORPUS ROUNDS EXT...\n");
    return 1;
  }
  FILE *f = fopen(argv[1], "rb");
  if( f == 0 ) {
    perror(argv[1]);
    return 1;
  }
  fseek(f, 0, SEEK_END);
  nBuf = ftell(f);
  rewind(f);
  zBuf = malloc(nBuf);
  if( fread(zBuf, 1, nBuf, f) != (size_t)nBuf ) return 1;
  fclose(f);
  int nRound = atoi(argv[2]), nExt = argc - 3;
  int nHash = getenv("HASHSIZE") ? atoi(getenv("HASHSIZE")) : 0;
  double *aTok = calloc((size_t)nRound * nExt, sizeof(double));
  double *aBuild = calloc((size_t)nRound * nExt, sizeof(double));
  double *aHash = calloc((size_t)nRound * nExt, sizeof(double));
  double *aMb = calloc((size_t)nExt * 2, sizeof(double));
  for( int r = 0; r < nRound; r++ ) {
    for( int k = 0; k < nExt; k++ ) {
      int e = (k + r) % nExt; /* rotated */
      aTok[e * nRound + r] = tokenizerAlone(argv[3 + e]);
      aBuild[e * nRound + r] = fts5Build(argv[3 + e], 0, &aMb[2 * e]);
      if( nHash ) {
        aHash[e * nRound + r] = fts5Build(argv[3 + e], nHash, &aMb[2 * e + 1]);
      }
    }
  }
  printf("medians of %d rounds, CPU time, MB/s of %.1f MB\n", nRound, nBuf / 1e6);
  printf("%-40s %10s %10s %9s", "build", "tokenizer", "FTS5 build", "index MB");
  if( nHash ) printf(" %12s %9s", "hashsize", "index MB");
  printf("\n");
  for( int e = 0; e < nExt; e++ ) {
    qsort(aTok + e * nRound, nRound, sizeof(double), cmpDouble);
    qsort(aBuild + e * nRound, nRound, sizeof(double), cmpDouble);
    qsort(aHash + e * nRound, nRound, sizeof(double), cmpDouble);
    printf("%-40s %10.1f %10.1f %9.1f", argv[3 + e], aTok[e * nRound + nRound / 2],
           aBuild[e * nRound + nRound / 2], aMb[2 * e]);
    if( nHash ) {
      printf(" %12.1f %9.1f", aHash[e * nRound + nRound / 2], aMb[2 * e + 1]);
    }
    printf("\n");
  }
  return 0;
}
