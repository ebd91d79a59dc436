/*
** Concurrency: four threads, each with its own connection to one WAL
** database, insert and query at the same time for a bounded number of
** rounds, in both tokenizer modes.  Afterwards every thread's query
** results must match those of a serial run over the same rows, FTS5's
** integrity-check must pass, and the tokens and the entities of a text
** must be the same in every thread (each thread's first call of
** zh_entities comes at once with the others').  Linked with the static
** (SQLITE_CORE) build.
*/
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../ext/sqlite_zh.h"

#define N_THREAD 4
#define N_ROUND  40

static const char *azText[] = {
    "本报讯(记者张晶)近日,北京市总工会职工大学举办2024年职工技师聘任仪式。",
    "东城区簋街餐饮业工会联合会签订工资专项协议,何艳静当选主席。",
    "臺灣工會與ＡＢＣ公司的職工代表進行集體協商,投入6700余万元。",
    "EAP计划惠及95%的职工,快递小哥也有了“娘家”。",
    "梁炳超说,新就业形态劳动者加入工会——工，会 两字分开。",
};
static const char *azQuery[] = {"工会", "职工",   "簋街", "工會",
                                "95",   "梁炳超", "豹黑"};

static char zDb[256];
static int nFail = 0;
static pthread_mutex_t mFail = PTHREAD_MUTEX_INITIALIZER;

static void fail(const char *zMsg, const char *zDetail) {
  pthread_mutex_lock(&mFail);
  nFail++;
  fprintf(stderr, "FAILED: %s %s\n", zMsg, zDetail ? zDetail : "");
  pthread_mutex_unlock(&mFail);
}

static sqlite3 *openDb(void) {
  sqlite3 *db = 0;
  if( sqlite3_open(zDb, &db) != SQLITE_OK ) fail("open", sqlite3_errmsg(db));
  sqlite3_busy_timeout(db, 10000);
  return db;
}

static int execOk(sqlite3 *db, const char *zSql) {
  char *zErr = 0;
  if( sqlite3_exec(db, zSql, 0, 0, &zErr) != SQLITE_OK ) {
    fail(zSql, zErr);
    sqlite3_free(zErr);
    return 0;
  }
  return 1;
}

/* The rowids a query finds in table zTab, as "1,4,7". */
static void findRows(sqlite3 *db, const char *zTab, const char *zQuery,
                     char *zOut, int nOut) {
  sqlite3_stmt *pStmt = 0;
  char zSql[200];
  int n = 0;
  snprintf(zSql, sizeof(zSql),
           "SELECT rowid FROM %s WHERE %s MATCH zh_query(?1) ORDER BY rowid",
           zTab, zTab);
  zOut[0] = 0;
  if( sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0) != SQLITE_OK ) {
    fail("prepare", sqlite3_errmsg(db));
    return;
  }
  sqlite3_bind_text(pStmt, 1, zQuery, -1, SQLITE_STATIC);
  while( sqlite3_step(pStmt) == SQLITE_ROW && n < nOut - 24 ) {
    n += snprintf(zOut + n, nOut - n, "%lld,", sqlite3_column_int64(pStmt, 0));
  }
  sqlite3_finalize(pStmt);
}

/* A digest of the tokens of a text in every mode: words, substring, and
** substring with pinyin. */
static unsigned tokenDigest(sqlite3 *db, const char *zText) {
  sqlite3_stmt *pStmt = 0;
  unsigned h = 2166136261u;
  sqlite3_prepare_v2(db,
                     "SELECT token, start, end, position FROM zh_tokenize(?1,"
                     " 'mode words') UNION ALL SELECT token, start, end,"
                     " position FROM zh_tokenize(?1) UNION ALL SELECT token,"
                     " start, end, position FROM zh_tokenize(?1, 'pinyin 1')",
                     -1, &pStmt, 0);
  sqlite3_bind_text(pStmt, 1, zText, -1, SQLITE_STATIC);
  while( sqlite3_step(pStmt) == SQLITE_ROW ) {
    const unsigned char *z = sqlite3_column_text(pStmt, 0);
    for( ; *z; z++ ) h = (h ^ *z) * 16777619u;
    h = (h ^ (unsigned)sqlite3_column_int(pStmt, 1)) * 16777619u;
    h = (h ^ (unsigned)sqlite3_column_int(pStmt, 3)) * 16777619u;
  }
  sqlite3_finalize(pStmt);
  return h;
}

/* A digest of every column of zh_entities(zText): the labeller reads
** weights that the first call of the process may copy (model_pages.c),
** which the threads make at once. */
static unsigned entityDigest(sqlite3 *db, const char *zText) {
  sqlite3_stmt *pStmt = 0;
  unsigned h = 2166136261u;
  if( sqlite3_prepare_v2(db, "SELECT * FROM zh_entities(?1)", -1, &pStmt, 0) ) {
    fail("prepare", sqlite3_errmsg(db));
    return 0;
  }
  sqlite3_bind_text(pStmt, 1, zText, -1, SQLITE_STATIC);
  while( sqlite3_step(pStmt) == SQLITE_ROW ) {
    for( int i = 0; i < sqlite3_column_count(pStmt); i++ ) {
      const unsigned char *z = sqlite3_column_text(pStmt, i);
      for( ; z && *z; z++ ) h = (h ^ *z) * 16777619u;
      h = (h ^ 0xFFu) * 16777619u;
    }
  }
  sqlite3_finalize(pStmt);
  return h;
}

static unsigned aDigest[N_THREAD];
static unsigned aEntities[N_THREAD][5];

static void *worker(void *pArg) {
  int iThread = (int)(size_t)pArg;
  sqlite3 *db = openDb();
  for( int t = 0; t < 5; t++ )
    aEntities[iThread][t] = entityDigest(db, azText[t]);
  for( int r = 0; r < N_ROUND; r++ ) {
    sqlite3_stmt *pStmt = 0;
    const char *zText = azText[(iThread + r) % 5];
    /* Rowids tell threads apart, so a serial run can rebuild the table. */
    sqlite3_int64 iRow = (sqlite3_int64)iThread * 1000 + r + 1;
    if( sqlite3_prepare_v2(db, "INSERT INTO src(id, body) VALUES (?1, ?2)", -1,
                           &pStmt, 0) == SQLITE_OK ) {
      sqlite3_bind_int64(pStmt, 1, iRow);
      sqlite3_bind_text(pStmt, 2, zText, -1, SQLITE_STATIC);
      if( sqlite3_step(pStmt) != SQLITE_DONE )
        fail("insert", sqlite3_errmsg(db));
    }
    sqlite3_finalize(pStmt);
    char zRows[4096];
    findRows(db, "docs", azQuery[r % 7], zRows, sizeof(zRows));
    findRows(db, "words", azQuery[r % 7], zRows, sizeof(zRows));
  }
  aDigest[iThread] = tokenDigest(db, azText[0]);
  sqlite3_close(db);
  return 0;
}

int main(void) {
  pthread_t aThread[N_THREAD];
  sqlite3 *db;
  char *zErr = 0;

  if( sqlite3_auto_extension((void (*)(void))sqlite3_zh_init) != SQLITE_OK )
    return 1;
  snprintf(zDb, sizeof(zDb), "/tmp/zh_threads_%d.db", (int)getpid());
  unlink(zDb);
  db = openDb();
  execOk(
      db,
      "PRAGMA journal_mode=WAL;"
      "CREATE VIRTUAL TABLE docs USING fts5(body, tokenize='zh');"
      "CREATE VIRTUAL TABLE words USING fts5(body, tokenize='zh mode words');"
      "CREATE TABLE src(id INTEGER PRIMARY KEY, body TEXT);"
      "CREATE TRIGGER src_ai AFTER INSERT ON src BEGIN"
      "  INSERT INTO docs(rowid, body) VALUES (new.id, new.body);"
      "  INSERT INTO words(rowid, body) VALUES (new.id, new.body); END;");
  for( int i = 0; i < N_THREAD; i++ ) {
    pthread_create(&aThread[i], 0, worker, (void *)(size_t)i);
  }
  for( int i = 0; i < N_THREAD; i++ ) pthread_join(aThread[i], 0);

  /* Every row arrived, the indexes are sound, and each query finds the
  ** rows a serial rebuild of the same rows finds. */
  execOk(
      db,
      "INSERT INTO docs(docs) VALUES ('integrity-check');"
      "INSERT INTO words(words) VALUES ('integrity-check');"
      "CREATE VIRTUAL TABLE serial USING fts5(body, tokenize='zh');"
      "INSERT INTO serial(rowid, body) SELECT id, body FROM src ORDER BY id;");
  sqlite3_stmt *pStmt = 0;
  sqlite3_prepare_v2(db, "SELECT count(*) FROM src", -1, &pStmt, 0);
  if( sqlite3_step(pStmt) != SQLITE_ROW ||
      sqlite3_column_int(pStmt, 0) != N_THREAD * N_ROUND ) {
    fail("row count", 0);
  }
  sqlite3_finalize(pStmt);
  for( int q = 0; q < 7; q++ ) {
    char zA[4096], zB[4096];
    findRows(db, "docs", azQuery[q], zA, sizeof(zA));
    findRows(db, "serial", azQuery[q], zB, sizeof(zB));
    if( strcmp(zA, zB) != 0 )
      fail("concurrent index differs from serial for", azQuery[q]);
  }
  for( int t = 0; t < 5; t++ ) {
    unsigned e = entityDigest(db, azText[t]);
    for( int i = 0; i < N_THREAD; i++ ) {
      if( aEntities[i][t] != e )
        fail("entities differ in a thread for", azText[t]);
    }
  }
  unsigned h = tokenDigest(db, azText[0]);
  for( int i = 0; i < N_THREAD; i++ ) {
    if( aDigest[i] != h ) fail("tokens differ between threads", 0);
  }
  sqlite3_close(db);
  (void)zErr;
  unlink(zDb);
  char zWal[300];
  snprintf(zWal, sizeof(zWal), "%s-wal", zDb);
  unlink(zWal);
  snprintf(zWal, sizeof(zWal), "%s-shm", zDb);
  unlink(zWal);
  printf("threads: %d threads x %d rounds, %d failed\n", N_THREAD, N_ROUND,
         nFail);
  return nFail ? 1 : 0;
}
