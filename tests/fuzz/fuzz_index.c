/*
** libFuzzer target: no sequence of calls corrupts an index (issue 16).
**
** Each input is a program, one operation a line: its first byte says
** what, the rest of the line is its text.  Two connections share one
** in-memory database (a shared cache, so that neither sees the other's
** commits in PRAGMA data_version); the database has a substring table, a
** words-mode table and a words-mode table whose user words are the table
** `words`.  The operations:
**   a TEXT  zh_dict_add(TEXT)        r TEXT  zh_dict_remove(TEXT)
**   w TEXT  a row of words           x TEXT  the rows of words deleted
**   i TEXT  a row into each table    u TEXT  the first rows updated
**   d TEXT  the rows deleted whose rowid is TEXT's length, mod 4
**   b       zh_rebuild()             c       the other connection
**   n       the other connection closed and opened again (a new process
**           that reads the words anew)
** After each, FTS5's integrity-check of every table, from each connection,
** must pass or fail as a stale table does ("SQL logic error"); an
** operation may fail only with its own function's message or as a stale
** table does.  At the end, with the bad words gone, zh_rebuild() from a
** new connection must succeed and leave every table sound.
*/
#include "fuzz_db.h"

#define N_CONN 2
static const char *const azTable[] = {"t0", "t1", "t2"};

static const char *zSetup =
    "CREATE TABLE words(word);"
    "INSERT INTO words VALUES ('簋街餐饮');"
    "CREATE VIRTUAL TABLE t0 USING fts5(x, tokenize='zh');"
    "CREATE VIRTUAL TABLE t1 USING fts5(x, tokenize='zh mode words');"
    "CREATE VIRTUAL TABLE t2 USING fts5(x, tokenize='zh mode words dict "
    "words');";

/* Opens connection k of the database of this run. */
static sqlite3 *openConn(int iRun) {
  char zUri[64];
  char *zErr = 0;
  sqlite3 *db = 0;
  snprintf(zUri, sizeof(zUri), "file:fuzz_index_%d?mode=memory&cache=shared",
           iRun);
  if( sqlite3_open_v2(zUri, &db,
                      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE |
                          SQLITE_OPEN_URI,
                      0) != SQLITE_OK )
    fuzzFail("open", sqlite3_errmsg(db));
  if( sqlite3_zh_init(db, &zErr, 0) != SQLITE_OK ) fuzzFail("init", zErr);
  return db;
}

/* Runs zSql with ?1 bound to z[0..n) (if z); errors must start with one
** of the prefixes in azOk (0-ended). */
static void run(sqlite3 *db, const char *zSql, const char *z, int n,
                const char *const *azOk) {
  sqlite3_stmt *pStmt = 0;
  int rc;
  if( sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0) != SQLITE_OK )
    fuzzFail(zSql, sqlite3_errmsg(db));
  if( z ) sqlite3_bind_text(pStmt, 1, z, n, SQLITE_TRANSIENT);
  while( (rc = sqlite3_step(pStmt)) == SQLITE_ROW ) {}
  if( rc != SQLITE_DONE ) {
    const char *zMsg = sqlite3_errmsg(db);
    int bOk = 0;
    for( int i = 0; azOk && azOk[i] && !bOk; i++ )
      bOk = strncmp(zMsg, azOk[i], strlen(azOk[i])) == 0;
    if( !bOk ) fuzzFail(zSql, zMsg);
  }
  sqlite3_finalize(pStmt);
}

/* What a statement on a zh table may fail with: the table is stale, or
** its dict table holds a word it cannot read. */
static const char *const azStale[] = {"SQL logic error", 0};

/* Every table sound, or refused as stale, from each connection. */
static void checkAll(sqlite3 **aDb, const char *const *azOk) {
  for( int k = 0; k < N_CONN; k++ ) {
    for( int t = 0; t < 3; t++ ) {
      char zSql[100];
      snprintf(zSql, sizeof(zSql),
               "INSERT INTO %s(%s) VALUES('integrity-check')", azTable[t],
               azTable[t]);
      run(aDb[k], zSql, 0, 0, azOk);
    }
  }
}

/* One operation on db. */
static void operate(sqlite3 *db, char op, const char *z, int n) {
  static const char *const azAdd[] = {"zh_dict_add: ", 0};
  static const char *const azRemove[] = {"zh_dict_remove: ", 0};
  static const char *const azRebuild[] = {"zh_rebuild: ", "SQL logic error", 0};
  char zSql[200];
  switch( op ) {
  case 'a': run(db, "SELECT zh_dict_add(?1)", z, n, azAdd); break;
  case 'r': run(db, "SELECT zh_dict_remove(?1)", z, n, azRemove); break;
  case 'w': run(db, "INSERT INTO words VALUES (?1)", z, n, 0); break;
  case 'x': run(db, "DELETE FROM words WHERE word = ?1", z, n, 0); break;
  case 'b': run(db, "SELECT zh_rebuild()", 0, 0, azRebuild); break;
  default:
    for( int t = 0; t < 3; t++ ) {
      const char *zT = azTable[t];
      if( op == 'i' ) {
        snprintf(zSql, sizeof(zSql), "INSERT INTO %s VALUES (?1)", zT);
      } else if( op == 'u' ) {
        snprintf(zSql, sizeof(zSql),
                 "UPDATE %s SET x = ?1 WHERE rowid = (SELECT min(rowid) "
                 "FROM %s)",
                 zT, zT);
      } else if( op == 'd' ) {
        snprintf(zSql, sizeof(zSql), "DELETE FROM %s WHERE rowid = %d", zT,
                 n % 4);
      } else {
        return;
      }
      run(db, zSql, op == 'd' ? 0 : z, n, azStale);
    }
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData) {
  static int iRun = 0;
  sqlite3 *aDb[N_CONN];
  const char *z = (const char *)aData, *zEnd = z + nData;
  int k = 0;
  if( nData > 4096 ) return 0;
  iRun++;
  for( int i = 0; i < N_CONN; i++ ) aDb[i] = openConn(iRun);
  fuzzExec(aDb[0], zSetup);
  while( z < zEnd ) {
    const char *zNl = memchr(z, '\n', (size_t)(zEnd - z));
    const char *zLineEnd = zNl ? zNl : zEnd;
    char op = *z;
    if( op == 'c' ) {
      k = (k + 1) % N_CONN;
    } else if( op == 'n' ) {
      int j = (k + 1) % N_CONN;
      sqlite3_close(aDb[j]);
      aDb[j] = openConn(iRun);
    } else {
      operate(aDb[k], op, z + 1, (int)(zLineEnd - z - 1));
    }
    checkAll(aDb, azStale);
    z = zNl ? zNl + 1 : zEnd;
  }
  /* Rebuilt from a new connection once the words are good ones, every
  ** table must be sound from each. */
  sqlite3_close(aDb[1]);
  aDb[1] = openConn(iRun);
  fuzzExec(aDb[1], "DELETE FROM words WHERE word IS NULL OR word = '' "
                   "OR zh_utf8_error(word) IS NOT NULL OR instr(word, char(0)) "
                   "OR word GLOB '*[^一-鿿]*' OR length(word) > 64");
  run(aDb[1], "SELECT zh_rebuild()", 0, 0, 0);
  checkAll(aDb, 0);
  for( int i = 0; i < N_CONN; i++ ) sqlite3_close(aDb[i]);
  return 0;
}
