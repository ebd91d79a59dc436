/*
** An application with SQLite and sqlite-zh linked in: no loadable
** extension, no load_extension().  sqlite3_auto_extension() registers zh
** with every connection opened afterwards.
**
**   make examples        build/examples/static_app
**   static_app [QUERY]   searches a few headlines for QUERY (default 工会)
**
** Built from build/libsqlite_zh.a (compiled with -DSQLITE_CORE) and
** Debian's libsqlite3.a, so the binary needs neither libsqlite3.so nor zh.so.
*/
#include "sqlite_zh.h"
#include <stdio.h>

static const char *azHeadline[] = {
    "门头沟区政府与区总工会召开联席会议",
    "北京住总集团工会举办帮扶产品大集",
    "延庆区总工会吸纳快递小哥入会",
    "工人，会计和律师的新春座谈",
};

/* Prints an error for what failed and returns 1 (the exit status). */
static int fail(sqlite3 *db, const char *zWhat) {
  fprintf(stderr, "static_app: %s: %s\n", zWhat,
          db ? sqlite3_errmsg(db) : "out of memory");
  sqlite3_close(db);
  return 1;
}

int main(int argc, char **argv) {
  const char *zQuery = argc > 1 ? argv[1] : "工会";
  sqlite3 *db = 0;
  sqlite3_stmt *pStmt = 0;
  int rc;

  if( sqlite3_auto_extension((void (*)(void))sqlite3_zh_init) != SQLITE_OK ) {
    fprintf(stderr, "static_app: cannot register sqlite-zh\n");
    return 1;
  }
  if( sqlite3_open(":memory:", &db) != SQLITE_OK ) return fail(db, "open");
  if( sqlite3_exec(db,
                   "CREATE VIRTUAL TABLE news USING fts5(headline, "
                   "tokenize='zh')",
                   0, 0, 0) != SQLITE_OK ) {
    return fail(db, "create table");
  }
  if( sqlite3_prepare_v2(db, "INSERT INTO news(headline) VALUES (?1)", -1,
                         &pStmt, 0) != SQLITE_OK ) {
    return fail(db, "prepare insert");
  }
  for( size_t i = 0; i < sizeof(azHeadline) / sizeof(azHeadline[0]); i++ ) {
    sqlite3_bind_text(pStmt, 1, azHeadline[i], -1, SQLITE_STATIC);
    if( sqlite3_step(pStmt) != SQLITE_DONE ) return fail(db, "insert");
    sqlite3_reset(pStmt);
  }
  sqlite3_finalize(pStmt);

  if( sqlite3_prepare_v2(db,
                         "SELECT rowid, highlight(news, 0, '[', ']') FROM news "
                         "WHERE news MATCH zh_query(?1) ORDER BY rowid",
                         -1, &pStmt, 0) != SQLITE_OK ) {
    return fail(db, "prepare search");
  }
  sqlite3_bind_text(pStmt, 1, zQuery, -1, SQLITE_STATIC);
  printf("search %s:\n", zQuery);
  while( (rc = sqlite3_step(pStmt)) == SQLITE_ROW ) {
    printf("%d %s\n", sqlite3_column_int(pStmt, 0),
           (const char *)sqlite3_column_text(pStmt, 1));
  }
  sqlite3_finalize(pStmt);
  if( rc != SQLITE_DONE ) return fail(db, "search");
  sqlite3_close(db);
  return 0;
}
