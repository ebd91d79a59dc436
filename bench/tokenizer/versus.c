/*
** versus: builds of tokenizers side by side in one run, for before/after
** tables (issue 19): each NAME=SO:TOKENIZE loads SO into a connection of
** its own and indexes the corpus into a contentless FTS5 table with
** tokenize=TOKENIZE, then asks the same phrase queries of 1, 2, 3, 4 and
** 8 Han characters.  CPU time, ROUNDS rounds, each starting with another
** build (rotated), medians printed.  Two builds of zh can run side by
** side: each connection loads only its own.
**
**   versus CORPUS ROUNDS NAME=SO:TOKENIZE[:HASHSIZE]...
**   e.g. versus corpus.txt 5 old=/tmp/old/zh.so:zh new=build/zh.so:zh
**
** HASHSIZE, if given, is set as the table's FTS5 hashsize before the
** build (a bulk load as docs/performance.md recommends it).
**
** CORPUS holds one document per line.  Rows found are printed so that a
** reader sees the builds agree (exactness is the tokenizer benchmark's
** job, tokbench, which checks every row against a scan).
*/
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define MAX_BUILDS 8
#define N_LENGTHS 5
#define N_QUERIES 200
static const int aLen[N_LENGTHS] = {1, 2, 3, 4, 8};

typedef struct Build Build;
struct Build {
  const char *zName, *zSo, *zTokenize;
  int nHash; /* FTS5 hashsize for the build, 0 for FTS5's default */
  sqlite3 *db;
  char zPath[256];
  double aBuild[16];                   /* CPU s per round */
  double aP50[N_LENGTHS][16], aP99[N_LENGTHS][16];
  long nRows[N_LENGTHS];
  double mb;
};

static double cpuNow(void) {
  struct timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec + t.tv_nsec / 1e9;
}

static void die(const char *zWhat, sqlite3 *db) {
  fprintf(stderr, "versus: %s%s%s\n", zWhat, db ? ": " : "",
          db ? sqlite3_errmsg(db) : "");
  exit(1);
}

static int cmpDouble(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static double median(double *a, int n) {
  qsort(a, n, sizeof(double), cmpDouble);
  return n % 2 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2;
}

/* The corpus, read whole, cut into lines in place. */
static char *zCorpus;
static long nCorpus;
static char **azLine;
static int nLine;

static void readCorpus(const char *zPath) {
  FILE *f = fopen(zPath, "rb");
  if( f == 0 ) die("cannot open the corpus", 0);
  fseek(f, 0, SEEK_END);
  nCorpus = ftell(f);
  rewind(f);
  zCorpus = malloc(nCorpus + 1);
  azLine = malloc(sizeof(char *) * (nCorpus / 2 + 1));
  if( !zCorpus || !azLine || fread(zCorpus, 1, nCorpus, f) != (size_t)nCorpus )
    die("cannot read the corpus", 0);
  fclose(f);
  zCorpus[nCorpus] = 0;
  for( char *p = zCorpus; p < zCorpus + nCorpus; ) {
    char *q = memchr(p, '\n', zCorpus + nCorpus - p);
    if( q == 0 ) q = zCorpus + nCorpus;
    *q = 0;
    azLine[nLine++] = p;
    p = q + 1;
  }
}

/* Queries: N_QUERIES phrases per length, runs of core Han characters
** (3-byte UTF-8, U+4E00..U+9FFF) drawn from the corpus with a fixed seed. */
static char azQuery[N_LENGTHS][N_QUERIES][40];

static int isCoreHan(const unsigned char *u) {
  return (u[0] >= 0xE4 && u[0] <= 0xE9) && u[1] >= 0x80 && u[2] >= 0x80;
}

static void drawQueries(void) {
  srand(7);
  for( int l = 0; l < N_LENGTHS; l++ ) {
    for( int q = 0; q < N_QUERIES; ) {
      const char *s = azLine[rand() % nLine];
      int len = (int)strlen(s), k = 0;
      if( len < 3 * aLen[l] + 3 ) continue;
      const unsigned char *u = (const unsigned char *)s + rand() % (len - 3 * aLen[l]);
      while( *u && !isCoreHan(u) ) u++;
      const unsigned char *v = u;
      while( k < aLen[l] && *v && isCoreHan(v) ) { v += 3; k++; }
      if( k < aLen[l] ) continue;
      snprintf(azQuery[l][q++], 40, "\"%.*s\"", (int)(v - u), (const char *)u);
    }
  }
}

static void openBuild(Build *b, int i) {
  char *zErr = 0;
  snprintf(b->zPath, sizeof(b->zPath), "versus.%d.%s.db", (int)getpid(), b->zName);
  remove(b->zPath);
  if( sqlite3_open(b->zPath, &b->db) ) die("open", b->db);
  sqlite3_enable_load_extension(b->db, 1);
  if( sqlite3_load_extension(b->db, b->zSo, 0, &zErr) ) {
    fprintf(stderr, "versus: %s: %s\n", b->zSo, zErr);
    exit(1);
  }
  sqlite3_exec(b->db, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF", 0, 0, 0);
  (void)i;
}

/* One round's build: a new contentless table, every line inserted in one
** transaction. */
static double buildOnce(Build *b) {
  char zSql[512];
  sqlite3_stmt *pIns;
  sqlite3_exec(b->db, "DROP TABLE IF EXISTS t; VACUUM", 0, 0, 0);
  snprintf(zSql, sizeof(zSql),
           "CREATE VIRTUAL TABLE t USING fts5(x, content='', tokenize='%s')",
           b->zTokenize);
  if( sqlite3_exec(b->db, zSql, 0, 0, 0) ) die(b->zName, b->db);
  if( b->nHash ) {
    snprintf(zSql, sizeof(zSql),
             "INSERT INTO t(t, rank) VALUES('hashsize', %d)", b->nHash);
    if( sqlite3_exec(b->db, zSql, 0, 0, 0) ) die(b->zName, b->db);
  }
  if( sqlite3_prepare_v2(b->db, "INSERT INTO t(rowid, x) VALUES (?, ?)", -1,
                         &pIns, 0) )
    die(b->zName, b->db);
  double t0 = cpuNow();
  sqlite3_exec(b->db, "BEGIN", 0, 0, 0);
  for( int i = 0; i < nLine; i++ ) {
    sqlite3_bind_int(pIns, 1, i + 1);
    sqlite3_bind_text(pIns, 2, azLine[i], -1, SQLITE_STATIC);
    if( sqlite3_step(pIns) != SQLITE_DONE ) die(b->zName, b->db);
    sqlite3_reset(pIns);
  }
  if( sqlite3_exec(b->db, "COMMIT", 0, 0, 0) ) die(b->zName, b->db);
  double dt = cpuNow() - t0;
  sqlite3_finalize(pIns);
  return dt;
}

/* One round's queries of length index l: p50 and p99 in ms. */
static void queryOnce(Build *b, int l, int r) {
  double a[N_QUERIES];
  sqlite3_stmt *pQ;
  long nRows = 0;
  if( sqlite3_prepare_v2(b->db, "SELECT rowid FROM t WHERE t MATCH ?", -1, &pQ, 0) )
    die(b->zName, b->db);
  for( int q = 0; q < N_QUERIES; q++ ) {
    double t0 = cpuNow();
    sqlite3_bind_text(pQ, 1, azQuery[l][q], -1, SQLITE_STATIC);
    while( sqlite3_step(pQ) == SQLITE_ROW ) nRows++;
    sqlite3_reset(pQ);
    a[q] = (cpuNow() - t0) * 1e3;
  }
  sqlite3_finalize(pQ);
  qsort(a, N_QUERIES, sizeof(double), cmpDouble);
  b->aP50[l][r] = a[N_QUERIES / 2];
  b->aP99[l][r] = a[N_QUERIES * 99 / 100];
  b->nRows[l] = nRows;
}

static double dbMegabytes(Build *b) {
  sqlite3_stmt *p;
  double mb = 0;
  sqlite3_prepare_v2(b->db,
                     "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 't%'",
                     -1, &p, 0);
  if( p && sqlite3_step(p) == SQLITE_ROW ) mb = sqlite3_column_int64(p, 0) / 1e6;
  sqlite3_finalize(p);
  return mb;
}

static void report(Build *aB, int nB, int nRound) {
  printf("| build | build MB/s | index MB |");
  for( int l = 0; l < N_LENGTHS; l++ ) printf(" %d char p50 / p99 ms |", aLen[l]);
  printf(" rows found (1, 2, 3, 4, 8) |\n|---|---:|---:|");
  for( int l = 0; l < N_LENGTHS; l++ ) printf("---:|");
  printf("---|\n");
  for( int i = 0; i < nB; i++ ) {
    Build *b = &aB[i];
    printf("| %s | %.1f | %.1f |", b->zName, nCorpus / 1e6 / median(b->aBuild, nRound), b->mb);
    for( int l = 0; l < N_LENGTHS; l++ ) {
      printf(" %.3f / %.3f |", median(b->aP50[l], nRound), median(b->aP99[l], nRound));
    }
    printf(" %ld, %ld, %ld, %ld, %ld |\n", b->nRows[0], b->nRows[1], b->nRows[2],
           b->nRows[3], b->nRows[4]);
  }
}

int main(int argc, char **argv) {
  Build aB[MAX_BUILDS];
  int nB = 0, nRound;
  if( argc < 4 ) {
    fprintf(stderr, "usage: versus CORPUS ROUNDS NAME=SO:TOKENIZE[:HASHSIZE]...\n");
    return 2;
  }
  nRound = atoi(argv[2]);
  if( nRound < 1 || nRound > 16 ) die("ROUNDS: 1 to 16", 0);
  for( int i = 3; i < argc && nB < MAX_BUILDS; i++, nB++ ) {
    char *zEq = strchr(argv[i], '='), *zColon = zEq ? strchr(zEq, ':') : 0;
    if( !zEq || !zColon ) die("each build is NAME=SO:TOKENIZE", 0);
    *zEq = *zColon = 0;
    aB[nB].zName = argv[i];
    aB[nB].zSo = zEq + 1;
    aB[nB].zTokenize = zColon + 1;
    char *zHash = strchr(zColon + 1, ':');
    aB[nB].nHash = zHash ? atoi(zHash + 1) : 0;
    if( zHash ) *zHash = 0;
  }
  readCorpus(argv[1]);
  drawQueries();
  for( int i = 0; i < nB; i++ ) openBuild(&aB[i], i);
  for( int r = 0; r < nRound; r++ ) {
    for( int k = 0; k < nB; k++ ) {
      Build *b = &aB[(k + r) % nB];
      b->aBuild[r] = buildOnce(b);
      for( int l = 0; l < N_LENGTHS; l++ ) queryOnce(b, l, r);
    }
  }
  for( int i = 0; i < nB; i++ ) {
    aB[i].mb = dbMegabytes(&aB[i]);
    sqlite3_close(aB[i].db);
    remove(aB[i].zPath);
  }
  printf("%.1f MB, %d documents, %d rounds (CPU time, medians), %d queries per length\n\n",
         nCorpus / 1e6, nLine, nRound, N_QUERIES);
  report(aB, nB, nRound);
  return 0;
}
