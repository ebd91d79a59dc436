/*
** libFuzzer target: the page layout functions, zh_paragraphs and
** zh_articles.  Paragraphs must have ordered offsets inside the text, in
** characters and bytes; articles ordered character offsets; the only error
** allowed is the functions' own report of invalid UTF-8, for such text.
*/
#include "fuzz_db.h"

static void checkError(sqlite3 *db, const char *zFunc, const char *z, int n) {
  char zPrefix[64];
  snprintf(zPrefix, sizeof(zPrefix), "%s: invalid UTF-8", zFunc);
  if( strncmp(sqlite3_errmsg(db), zPrefix, strlen(zPrefix)) != 0 ||
      fuzzIsUtf8(db, z, n) )
    fuzzFail(zFunc, sqlite3_errmsg(db));
}

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData) {
  sqlite3 *db;
  sqlite3_stmt *pStmt;
  const char *z = (const char *)aData;
  int n = (int)nData, rc;
  if( nData > FUZZ_MAX_INPUT ) return 0;
  db = fuzzDb(0);
  pStmt = fuzzPrepare(db,
                      "SELECT start, \"end\", byte_start, byte_end"
                      " FROM zh_paragraphs(?1)",
                      z, n);
  while( (rc = sqlite3_step(pStmt)) == SQLITE_ROW ) {
    fuzzCheckRange("paragraph characters", sqlite3_column_int64(pStmt, 0),
                   sqlite3_column_int64(pStmt, 1), n);
    fuzzCheckRange("paragraph bytes", sqlite3_column_int64(pStmt, 2),
                   sqlite3_column_int64(pStmt, 3), n);
  }
  if( rc != SQLITE_DONE ) checkError(db, "zh_paragraphs", z, n);
  sqlite3_finalize(pStmt);
  pStmt = fuzzPrepare(db,
                      "SELECT start, \"end\", length(body)"
                      " FROM zh_articles(?1)",
                      z, n);
  while( (rc = sqlite3_step(pStmt)) == SQLITE_ROW ) {
    fuzzCheckRange("article characters", sqlite3_column_int64(pStmt, 0),
                   sqlite3_column_int64(pStmt, 1), n);
  }
  if( rc != SQLITE_DONE ) checkError(db, "zh_articles", z, n);
  sqlite3_finalize(pStmt);
  return 0;
}
