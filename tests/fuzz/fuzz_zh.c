/*
** libFuzzer target for sqlite-zh: one input drives every entry point a
** user's text reaches.  The first byte picks the target and the options;
** the rest is the text.  Built with clang -fsanitize=fuzzer,address,undefined
** against the static (SQLITE_CORE) objects and the system libsqlite3.
*/
#include <sqlite3.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../ext/sqlite_zh.h"

static sqlite3 *db;

static int countToken(void *pCtx, int tflags, const char *z, int n, int s, int e) {
  (void)tflags;
  (void)z;
  /* Offsets must lie inside the text and tokens be non-empty. */
  if( n <= 0 || s < 0 || e < s || e > *(int *)pCtx ) abort();
  return SQLITE_OK;
}

static void openDb(void) {
  char *zErr = 0;
  if( db ) return;
  if( sqlite3_open(":memory:", &db) != SQLITE_OK ) abort();
  if( sqlite3_zh_init(db, &zErr, 0) != SQLITE_OK ) abort();
  sqlite3_exec(db, "CREATE VIRTUAL TABLE s USING fts5(x, tokenize='zh');"
                   "CREATE VIRTUAL TABLE w USING fts5(x, tokenize='zh mode words');", 0, 0, 0);
}

static const char *azSql[] = {
    "SELECT count(*) FROM zh_tokenize(?1)",
    "SELECT count(*) FROM zh_tokenize(?1, 'mode words')",
    "SELECT count(*) FROM zh_tokenize(?1, 'nfkc 0 casefold 0 t2s 0')",
    "SELECT count(*) FROM s WHERE s MATCH zh_query(?1)",
    "SELECT count(*) FROM w WHERE w MATCH zh_query(?1)",
    "SELECT zh_segment(?1)",
    "SELECT count(*) FROM zh_entities(?1)",
    "SELECT count(*) FROM zh_articles(?1)",
    "SELECT count(*) FROM zh_paragraphs(?1)",
    "SELECT zh_fold(?1), zh_utf8_error(?1)",
    "SELECT count(*) FROM zh_tokenize('x', ?1)",
    "SELECT zh_dict_add(?1), zh_segment(?1), zh_dict_remove(?1)",
};

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData) {
  sqlite3_stmt *pStmt = 0;
  if( nData < 1 || nData > 1 << 16 ) return 0;
  openDb();
  unsigned sel = aData[0] % (sizeof(azSql) / sizeof(azSql[0]) + 2);
  const char *z = (const char *)aData + 1;
  int n = (int)nData - 1;
  if( sel < sizeof(azSql) / sizeof(azSql[0]) ) {
    if( sqlite3_prepare_v2(db, azSql[sel], -1, &pStmt, 0) != SQLITE_OK ) abort();
    sqlite3_bind_text(pStmt, 1, z, n, SQLITE_STATIC);
    while( sqlite3_step(pStmt) == SQLITE_ROW ) {}
    sqlite3_finalize(pStmt);
  } else {
    /* Index, query and check the index: integrity-check must pass. */
    const char *zTab = sel % 2 ? "s" : "w";
    char zSql[128];
    snprintf(zSql, sizeof(zSql), "INSERT INTO %s(x) VALUES (?1)", zTab);
    if( sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0) != SQLITE_OK ) abort();
    sqlite3_bind_text(pStmt, 1, z, n, SQLITE_STATIC);
    sqlite3_step(pStmt);
    sqlite3_finalize(pStmt);
    snprintf(zSql, sizeof(zSql), "INSERT INTO %s(%s) VALUES ('integrity-check')", zTab, zTab);
    if( sqlite3_exec(db, zSql, 0, 0, 0) != SQLITE_OK ) abort();
    snprintf(zSql, sizeof(zSql), "DELETE FROM %s", zTab);
    sqlite3_exec(db, zSql, 0, 0, 0);
  }
  (void)countToken;
  return 0;
}
