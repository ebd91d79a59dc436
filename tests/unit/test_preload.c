/*
** A program linked to SQLite alone, run under zh_preload.so
** (tests/preload.sh): SQLite must still be configurable before the first
** connection, as go-dqlite configures it, and every connection, whichever
** open function made it, must have zh.  Prints what fails; exit status 1.
*/
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

static int nFail = 0;

static void check(int bOk, const char *zWhat, sqlite3 *db) {
  if( !bOk ) {
    nFail++;
    fprintf(stderr, "FAIL %s%s%s\n", zWhat, db ? ": " : "",
            db ? sqlite3_errmsg(db) : "");
  }
}

/* The first column of the first row of zSql, into zOut (empty if none). */
static int query(sqlite3 *db, const char *zSql, char *zOut, int nOut) {
  sqlite3_stmt *pStmt = 0;
  int rc = sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0);
  zOut[0] = 0;
  if( rc == SQLITE_OK && (rc = sqlite3_step(pStmt)) == SQLITE_ROW ) {
    const unsigned char *z = sqlite3_column_text(pStmt, 0);
    snprintf(zOut, (size_t)nOut, "%s", z ? (const char *)z : "");
    rc = SQLITE_OK;
  } else if( rc == SQLITE_DONE ) {
    rc = SQLITE_OK;
  }
  sqlite3_finalize(pStmt);
  return rc;
}

/* The tokenizer and a function work on db, opened by zHow. */
static void checkZh(sqlite3 *db, const char *zHow) {
  char zOut[256], zWhat[128];
  int rc = query(db, "SELECT zh_version()", zOut, sizeof(zOut));
  snprintf(zWhat, sizeof(zWhat), "%s: zh_version()", zHow);
  check(rc == SQLITE_OK && strstr(zOut, "tokenizer") != 0, zWhat, db);
  rc = sqlite3_exec(db,
                    "CREATE VIRTUAL TABLE t USING fts5(b, tokenize='zh');"
                    "INSERT INTO t VALUES ('北京市总工会'), ('工人协会');",
                    0, 0, 0);
  snprintf(zWhat, sizeof(zWhat), "%s: a zh table", zHow);
  check(rc == SQLITE_OK, zWhat, db);
  rc = query(db, "SELECT group_concat(rowid) FROM t WHERE t MATCH '工会'", zOut,
             sizeof(zOut));
  snprintf(zWhat, sizeof(zWhat), "%s: 工会 finds row 1 alone", zHow);
  check(rc == SQLITE_OK && strcmp(zOut, "1") == 0, zWhat, db);
}

int main(void) {
  sqlite3 *db = 0;
  /* UTF-16 ":memory:" in the machine's byte order. */
  static const unsigned short azMem16[] = {':', 'm', 'e', 'm', 'o',
                                           'r', 'y', ':', 0};

  /* What go-dqlite does first (it panics when this fails): fails with
  ** SQLITE_MISUSE once anything has initialized SQLite. */
  check(sqlite3_config(SQLITE_CONFIG_SINGLETHREAD) == SQLITE_OK,
        "sqlite3_config() before the first connection", 0);

  check(sqlite3_open_v2(":memory:", &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        0) == SQLITE_OK,
        "sqlite3_open_v2", db);
  checkZh(db, "sqlite3_open_v2");
  sqlite3_close(db);

  check(sqlite3_open(":memory:", &db) == SQLITE_OK, "sqlite3_open", db);
  checkZh(db, "sqlite3_open");
  sqlite3_close(db);

  check(sqlite3_open16(azMem16, &db) == SQLITE_OK, "sqlite3_open16", db);
  checkZh(db, "sqlite3_open16");
  sqlite3_close(db);

  /* A failed open is returned as it was, its handle untouched by zh. */
  check(sqlite3_open_v2("/nonexistent/dir/x.db", &db, SQLITE_OPEN_READWRITE,
                        0) == SQLITE_CANTOPEN,
        "a failed open keeps its error", 0);
  sqlite3_close(db);

  if( nFail == 0 ) printf("preload: all checks passed\n");
  return nFail ? 1 : 0;
}
