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

/* Runs zFunc over z[0..n): each row's columns 0-1 (and 2-3 if bBytes)
** are ranges that must lie inside the text. */
static void checkRows(sqlite3 *db, const char *zFunc, int bBytes, const char *z,
                      int n) {
  char *zSql = sqlite3_mprintf("SELECT start, \"end\"%s FROM %s(?1)",
                               bBytes ? ", byte_start, byte_end" : "", zFunc);
  sqlite3_stmt *pStmt = fuzzPrepare(db, zSql, z, n);
  int rc;
  sqlite3_free(zSql);
  while( (rc = sqlite3_step(pStmt)) == SQLITE_ROW ) {
    for( int i = 0; i < (bBytes ? 4 : 2); i += 2 ) {
      fuzzCheckRange(zFunc, sqlite3_column_int64(pStmt, i),
                     sqlite3_column_int64(pStmt, i + 1), n);
    }
  }
  if( rc != SQLITE_DONE ) checkError(db, zFunc, z, n);
  sqlite3_finalize(pStmt);
}

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData) {
  if( nData > FUZZ_MAX_INPUT ) return 0;
  sqlite3 *db = fuzzDb(0);
  checkRows(db, "zh_paragraphs", 1, (const char *)aData, (int)nData);
  checkRows(db, "zh_articles", 0, (const char *)aData, (int)nData);
  return 0;
}
